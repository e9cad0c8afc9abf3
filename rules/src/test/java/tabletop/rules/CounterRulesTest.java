package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Answer;
import tabletop.engine.model.Appraisal;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Direction;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Move;
import tabletop.engine.model.Signal;

/** One test per rule of counter.drl: the counter-moves the rules hold ready, and what they do. */
class CounterRulesTest {
  static final Move COE = move("coe", "nato", "centre-of-excellence");

  /** A move that is not NATO's: a pattern that lost its constraints would answer it too. */
  static final Move CHINAS = move("forum", "china", "forum");

  @Test
  @DisplayName(
      "Counter - denounces - a NATO move in Asia an actor contesting NATO's legitimacy opposes")
  void denounces(TestInfo t) {
    String rule = t.getDisplayName();
    fire(
            rule,
            COE,
            CHINAS,
            feature("coe", "region", "southeast-asia"),
            feature("coe", "host", "southeast-asian-host"),
            feature("forum", "region", "southeast-asia"),
            new Concern("china", "nato-legitimacy", 0.8),
            new Concern("china", "nato-legitimacy", 0.2),
            new Concern("nato", "nato-legitimacy", 0.8),
            new Concern("japan", "military-expansion", 0.6),
            actor("china", "China"),
            actor("japan", "Japan"),
            actor("nato", "NATO"))
        .expect(
            rule,
            1,
            Answer.to("coe", "china", "denounces")
                .kind("statement")
                .title("China denounces: coe")
                .role("against", "nato")
                .role("region", "southeast-asia")
                .when(Direction.OPPOSE)
                .priority(3));
    // a move in Europe, and an answer itself, are not denounced
    fire(
            rule,
            COE,
            feature("coe", "region", "euro-atlantic"),
            new Concern("china", "nato-legitimacy", 0.8),
            actor("china", "China"))
        .expect(rule, 0);
    fire(
            rule,
            COE,
            feature("coe", "region", "southeast-asia"),
            feature("coe", "answers", "other"),
            new Concern("china", "nato-legitimacy", 0.8),
            actor("china", "China"))
        .expect(rule, 0);
  }

  @Test
  @DisplayName("Counter - restates the assurance - a host wavers over a NATO move")
  void reassures(TestInfo t) {
    String rule = t.getDisplayName();
    Answer expected =
        Answer.to("coe", "nato", "reassures")
            .kind("statement")
            .title("NATO restates it has no plans for military expansion in the region")
            .role("assures", "coe")
            .watching("southeast-asian-host")
            .when(Direction.NEUTRAL, Direction.LEAN_OPPOSE)
            .priority(1);
    fire(
            rule,
            COE,
            CHINAS,
            feature("coe", "host", "southeast-asian-host"),
            feature("coe", "joins", "australia"),
            feature("forum", "host", "southeast-asian-host"),
            new Interest("southeast-asian-host", "no-military-expansion-assurance", 0.3),
            new Interest("southeast-asian-host", "cyber", 0.3),
            UNRELATED)
        .expect(rule, 1, expected);
    // a host that does not value the assurance, a training mission, an answer, a standing
    // restatement: no answer
    fire(
            rule,
            COE,
            feature("coe", "host", "southeast-asian-host"),
            new Interest("southeast-asian-host", "cyber", 0.3))
        .expect(rule, 0);
    fire(
            rule,
            COE,
            feature("coe", "host", "southeast-asian-host"),
            feature("coe", "military-component", "training"),
            new Interest("southeast-asian-host", "no-military-expansion-assurance", 0.3))
        .expect(rule, 0);
    fire(
            rule,
            COE,
            feature("coe", "host", "southeast-asian-host"),
            feature("coe", "answers", "other"),
            new Interest("southeast-asian-host", "no-military-expansion-assurance", 0.3))
        .expect(rule, 0);
    fire(
            rule,
            COE,
            feature("coe", "host", "southeast-asian-host"),
            world("nato-restates-no-military-expansion"),
            new Interest("southeast-asian-host", "no-military-expansion-assurance", 0.3))
        .expect(rule, 0);
  }

  @Test
  @DisplayName("Counter - presses the host - a host leans towards a NATO move China contests")
  void presses(TestInfo t) {
    String rule = t.getDisplayName();
    fire(
            rule,
            COE,
            CHINAS,
            feature("coe", "host", "thailand"),
            feature("coe", "joins", "japan"),
            feature("coe", "region", "southeast-asia"),
            feature("forum", "host", "thailand"),
            feature("forum", "region", "southeast-asia"),
            actor("thailand", "Thailand"),
            actor("japan", "Japan"),
            new Concern("china", "nato-legitimacy", 0.8),
            new Concern("china", "nato-legitimacy", 0.2),
            new Concern("russia", "nato-legitimacy", 0.8))
        .expect(
            rule,
            1,
            Answer.to("coe", "china", "presses")
                .kind("sanction")
                .title("China announces trade measures against Thailand")
                .role("against", "thailand")
                .role("region", "southeast-asia")
                .watching("thailand")
                .when(Direction.SUPPORT, Direction.LEAN_SUPPORT)
                .priority(4));
    fire(
            rule,
            COE,
            feature("coe", "host", "china"),
            feature("coe", "region", "southeast-asia"),
            actor("china", "China"),
            new Concern("china", "nato-legitimacy", 0.8))
        .expect(rule, 0);
    fire(
            rule,
            COE,
            feature("coe", "host", "thailand"),
            feature("coe", "region", "euro-atlantic"),
            actor("thailand", "Thailand"),
            new Concern("china", "nato-legitimacy", 0.8))
        .expect(rule, 0);
    fire(
            rule,
            COE,
            feature("coe", "host", "thailand"),
            feature("coe", "region", "southeast-asia"),
            feature("coe", "answers", "other"),
            actor("thailand", "Thailand"),
            new Concern("china", "nato-legitimacy", 0.8))
        .expect(rule, 0);
  }

  @Test
  @DisplayName("Counter - rallies the partners - a partner is coerced")
  void rallies(TestInfo t) {
    String rule = t.getDisplayName();
    Move measures = move("measures", "china", "sanction");
    fire(
            rule,
            measures,
            CHINAS,
            feature("measures", "against", "australia"),
            feature("measures", "favours", "japan"),
            feature("forum", "against", "new-zealand"),
            actor("australia", "Australia", "indo-pacific-partner"),
            actor("japan", "Japan", "indo-pacific-partner"),
            actor("new-zealand", "New Zealand", "indo-pacific-partner"),
            actor("china", "China", "indo-pacific"))
        .expect(
            rule,
            1,
            Answer.to("measures", "australia", "rallies")
                .kind("statement")
                .title("Australia and its fellow partners answer China in a joint statement")
                .role("against", "china")
                .roles("joins", List.of("japan", "new-zealand"))
                .role("region", "indo-pacific")
                .when(Direction.OPPOSE, Direction.LEAN_OPPOSE)
                .priority(2));
    fire(
            rule,
            measures,
            feature("measures", "against", "china"),
            actor("australia", "Australia", "indo-pacific-partner"),
            actor("china", "China", "indo-pacific"))
        .expect(rule, 0);
    fire(
            rule,
            measures,
            feature("measures", "against", "australia"),
            feature("measures", "answers", "other"),
            actor("australia", "Australia", "indo-pacific-partner"),
            actor("china", "China", "indo-pacific"))
        .expect(rule, 0);
  }

  @Test
  @DisplayName("Counter - reassured - NATO restated its assurance last turn")
  void reassured(TestInfo t) {
    String rule = t.getDisplayName();
    fire(
            rule,
            COE,
            move("coe2", "nato", "centre-of-excellence"),
            move("coe3", "nato", "centre-of-excellence"),
            new Signal("nato", "restated", 1, Direction.SUPPORT, "APPROVE", false),
            new Signal("nato", "denied", 1, Direction.OPPOSE, "REJECT", false),
            new Signal("china", "echo", 1, Direction.SUPPORT, "APPROVE", false),
            feature("restated", "assures", "coe"),
            feature("restated", "assures", "missing"),
            feature("restated", "answers", "coe3"),
            feature("denied", "assures", "coe2"),
            feature("echo", "assures", "coe2"),
            new Interest("southeast-asian-host", "no-military-expansion-assurance", 0.3),
            new Interest("japan", "cyber", 0.2))
        .expect(
            rule,
            1,
            new Appraisal("southeast-asian-host", "coe", "no-military-expansion-assurance", 0.3));
    fire(
            rule,
            COE,
            new Signal("nato", "restated", 1, Direction.SUPPORT, "APPROVE", false),
            feature("restated", "assures", "coe"),
            feature("coe", "military-component", "training"),
            new Interest("southeast-asian-host", "no-military-expansion-assurance", 0.3))
        .expect(rule, 0);
  }
}
