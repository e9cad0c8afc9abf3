package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Adjustment;
import tabletop.engine.model.Appraisal;

/**
 * One test per rule of roles.drl: how a move's roles weigh on the actors in them and, through the
 * relations, on their partners and rivals. Each fixture also holds the actors a condition must
 * leave out: a rival where a partner is meant, a relation the scenario replaced, an actor that is
 * not in the game, an actor the move itself targets or includes.
 */
class RolesRulesTest {
  @Test
  @DisplayName("Any actor - acted against - the move targets it")
  void targeted(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("words", "nato", "statement"),
            feature("words", "against", "china"),
            feature("words", "against", "somewhere"),
            feature("words", "joins", "japan"),
            move("tariffs", "china", "sanction"),
            feature("tariffs", "against", "australia"),
            actor("china", "China"),
            actor("japan", "Japan"),
            actor("australia", "Australia"))
        .expect(
            t.getDisplayName(),
            2,
            new Appraisal("china", "words", "targeted", -0.5),
            new Appraisal("australia", "tariffs", "targeted", -0.8));
  }

  @Test
  @DisplayName("Any actor - a partner acted against - an aligned actor is targeted")
  void partnerTargeted(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("words", "nato", "statement"),
            feature("words", "against", "china"),
            feature("words", "against", "australia"),
            feature("words", "joins", "japan"),
            actor("russia", "Russia"),
            aligned("russia", "china", 0.7),
            // a rival, not a partner
            actor("united-states", "United States"),
            rival("united-states", "china", 0.6),
            // the leader itself
            actor("nato", "NATO"),
            aligned("nato", "china", 0.1),
            // a relation the scenario replaced
            actor("iran", "Iran"),
            aligned("iran", "china", 0.5),
            new Adjustment("iran", "relation", "china"),
            // not in the game
            aligned("ghost", "china", 0.5),
            // targeted itself
            actor("australia", "Australia"),
            aligned("australia", "china", 0.3),
            // a partner of a participant, not of a target
            actor("korea", "Korea"),
            aligned("korea", "japan", 0.4))
        .expect(
            t.getDisplayName(),
            1,
            new Appraisal("russia", "words", "partner-targeted", -0.5 * 0.7));
  }

  @Test
  @DisplayName("Any actor - a rival acted against - welcomes the move")
  void rivalTargeted(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("words", "china", "statement"),
            feature("words", "against", "russia"),
            feature("words", "against", "japan"),
            feature("words", "favours", "ukraine"),
            actor("ukraine", "Ukraine"),
            rival("ukraine", "russia", 0.9),
            actor("china", "China"),
            aligned("china", "russia", 0.7),
            actor("nato", "NATO"),
            rival("nato", "russia", 0.7),
            new Adjustment("nato", "relation", "russia"),
            rival("ghost", "russia", 0.5),
            actor("japan", "Japan"),
            rival("japan", "russia", 0.6),
            actor("poland", "Poland"),
            rival("poland", "ukraine", 0.2))
        .expect(
            t.getDisplayName(),
            1,
            new Appraisal("ukraine", "words", "adversary-targeted", 0.5 * 0.9));
  }

  @Test
  @DisplayName("Any actor - favoured - the move benefits it")
  void favoured(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("aid", "china", "lethal-aid"),
            feature("aid", "favours", "russia"),
            feature("aid", "favours", "ghost"),
            feature("aid", "against", "ukraine"),
            actor("russia", "Russia"),
            actor("ukraine", "Ukraine"))
        .expect(t.getDisplayName(), 1, new Appraisal("russia", "aid", "favoured", 0.8));
  }

  @Test
  @DisplayName("Any actor - a partner favoured - an aligned actor benefits")
  void partnerFavoured(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("aid", "china", "lethal-aid"),
            feature("aid", "favours", "russia"),
            feature("aid", "favours", "serbia"),
            feature("aid", "against", "ukraine"),
            actor("belarus", "Belarus"),
            aligned("belarus", "russia", 0.5),
            actor("china", "China"),
            aligned("china", "russia", 0.7),
            actor("ukraine", "Ukraine"),
            rival("ukraine", "russia", 0.9),
            actor("iran", "Iran"),
            aligned("iran", "russia", 0.5),
            new Adjustment("iran", "relation", "russia"),
            aligned("ghost", "russia", 0.5),
            actor("serbia", "Serbia"),
            aligned("serbia", "russia", 0.3),
            actor("poland", "Poland"),
            aligned("poland", "ukraine", 0.5))
        .expect(
            t.getDisplayName(), 1, new Appraisal("belarus", "aid", "partner-favoured", 0.8 * 0.5));
  }

  @Test
  @DisplayName("Any actor - a rival favoured - the move strengthens its rival")
  void rivalFavoured(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("aid", "china", "lethal-aid"),
            feature("aid", "favours", "russia"),
            feature("aid", "against", "ukraine"),
            actor("ukraine", "Ukraine"),
            rival("ukraine", "russia", 0.9),
            actor("china", "China"),
            aligned("china", "russia", 0.7),
            actor("nato", "NATO"),
            rival("nato", "russia", 0.7),
            new Adjustment("nato", "relation", "russia"),
            rival("ghost", "russia", 0.5),
            actor("russia", "Russia"),
            rival("russia", "ukraine", 0.9))
        .expect(
            t.getDisplayName(),
            1,
            new Appraisal("ukraine", "aid", "adversary-favoured", -0.8 * 0.9));
  }

  @Test
  @DisplayName("Any actor - an ally's initiative - an aligned actor leads the move")
  void allyInitiative(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("coe", "nato", "centre-of-excellence"),
            feature("coe", "against", "korea"),
            actor("japan", "Japan"),
            aligned("japan", "nato", 0.6),
            actor("china", "China"),
            rival("china", "nato", 0.6),
            actor("korea", "Korea"),
            aligned("korea", "nato", 0.6),
            actor("australia", "Australia"),
            aligned("australia", "nato", 0.6),
            new Adjustment("australia", "relation", "nato"),
            aligned("ghost", "nato", 0.5))
        .expect(t.getDisplayName(), 1, new Appraisal("japan", "coe", "ally-initiative", 0.3 * 0.6));
  }

  @Test
  @DisplayName("Any actor - a rival's initiative - others join a rival's move")
  void rivalInitiative(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("forum", "china", "forum"),
            feature("forum", "joins", "host"),
            move("words", "china", "statement"),
            actor("nato", "NATO"),
            rival("nato", "china", 0.6),
            actor("russia", "Russia"),
            aligned("russia", "china", 0.7),
            actor("united-states", "United States"),
            rival("united-states", "china", 0.6),
            new Adjustment("united-states", "relation", "china"),
            rival("ghost", "china", 0.5),
            actor("host", "Host"),
            rival("host", "china", 0.2))
        .expect(
            t.getDisplayName(), 1, new Appraisal("nato", "forum", "rival-initiative", -0.4 * 0.6));
  }

  @Test
  @DisplayName("Any actor - red line crossed - a move touches what it said it would not accept")
  void redLineCrossed(TestInfo t) {
    fire(
            t.getDisplayName(),
            new tabletop.engine.model.RedLine("china", "military-expansion"),
            new tabletop.engine.model.RedLine("japan", "sovereignty"),
            move("coe", "nato", "centre-of-excellence"),
            move("drill", "china", "exercise"),
            move("office", "nato", "liaison-office"),
            new tabletop.engine.model.Touch("coe", "military-expansion", 1.0),
            new tabletop.engine.model.Touch("drill", "military-expansion", 1.0),
            new tabletop.engine.model.Touch("office", "military-expansion", 0.15),
            new tabletop.engine.model.Touch("office", "sovereignty", 1.0, "host"))
        .expect(
            t.getDisplayName(),
            1,
            new tabletop.engine.model.Appraisal("china", "coe", "red-line", -0.5));
  }
}
