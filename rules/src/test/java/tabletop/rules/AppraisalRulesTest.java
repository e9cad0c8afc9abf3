package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Actor;
import tabletop.engine.model.Adjustment;
import tabletop.engine.model.Appraisal;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Move;
import tabletop.engine.model.Touch;

/**
 * One test per rule of appraisal.drl: what a move's kind, features and roles touch, for whom, and
 * how actors read it. Every fixture holds, for each condition of its rule, a fact that condition
 * rejects (the harness checks it by weakening each condition in turn).
 */
class AppraisalRulesTest {
  static final Move COE = move("coe", "nato", "centre-of-excellence");
  static final Move EURO = move("euro", "nato", "centre-of-excellence");
  static final Move FORUM = move("forum", "china", "forum");
  static final Actor NATO = actor("nato", "NATO", "nato");
  static final Actor US = actor("united-states", "United States", "nato");
  static final Actor JAPAN = actor("japan", "Japan", "indo-pacific-partner", "indo-pacific");
  static final Actor AUSTRALIA =
      actor("australia", "Australia", "indo-pacific-partner", "indo-pacific");
  static final Actor CHINA = actor("china", "China", "indo-pacific");
  static final Actor HOST = actor("host", "Host", "southeast-asia", "indo-pacific");
  static final Actor NEIGHBOUR = actor("neighbour", "Neighbour", "southeast-asia");

  @Test
  @DisplayName("Any actor - wary - the move touches a concern")
  void wary(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            new Concern("china", "nato-legitimacy", 0.8),
            new Touch("coe", "nato-legitimacy", 1.0),
            new Touch("coe", "nato-legitimacy", 0.4),
            new Touch("coe", "nato-legitimacy", 1.0, "russia"),
            // a built-in concern the scenario replaced, and the scenario's own weight
            new Concern("japan", "nato-legitimacy", 0.5),
            new Adjustment("japan", "concern", "nato-legitimacy"),
            new Concern("japan", "nato-legitimacy", 0.2, true),
            // a concern the move does not touch: no appraisal
            new Concern("host", "sovereignty", 0.6))
        .expect(
            t.getDisplayName(),
            2,
            new Appraisal("china", "coe", "nato-legitimacy", -0.8),
            new Appraisal("japan", "coe", "nato-legitimacy", -0.2));
  }

  @Test
  @DisplayName("Any actor - values - the move serves an interest")
  void values(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            new Interest("japan", "cyber", 0.5),
            new Touch("coe", "cyber", 0.5),
            new Touch("coe", "cyber", 1.0, "australia"),
            new Touch("coe", "maritime-security", 1.0),
            new Interest("australia", "shared-values", 0.4),
            new Adjustment("australia", "interest", "shared-values"),
            new Touch("coe", "shared-values", 1.0),
            new Interest("nato", "vilnius-asks-met", 0.5),
            new Touch("coe", "vilnius-asks-met", 0.5),
            new Touch("coe", "vilnius-asks-met", -0.25),
            new Interest("nato", "territorial-disputes", 0.5))
        .expect(
            t.getDisplayName(),
            2,
            new Appraisal("japan", "coe", "cyber", 0.25),
            // an advance and a counter of one type: the strongest of each, summed
            new Appraisal("nato", "coe", "vilnius-asks-met", 0.125));
  }

  @Test
  @DisplayName("Any move - military expansion - a standing military presence")
  void standingPresence(TestInfo t) {
    fire(
            t.getDisplayName(),
            NATO,
            CHINA,
            JAPAN,
            COE,
            feature("coe", "military-component", "standing-presence"),
            feature("coe", "region", "southeast-asia"),
            feature("euro", "military-component", "none"),
            // a partner's presence that NATO joins is NATO's too
            move("joint", "japan", "military-deployment"),
            feature("joint", "military-component", "standing-presence"),
            feature("joint", "region", "indo-pacific"),
            feature("joint", "joins", "nato"),
            // another power's presence is not NATO's expansion; nor is NATO's outside the region
            move("drills", "china", "exercise"),
            feature("drills", "military-component", "standing-presence"),
            feature("drills", "region", "indo-pacific"),
            move("flank", "nato", "military-deployment"),
            feature("flank", "military-component", "standing-presence"),
            feature("flank", "region", "euro-atlantic"))
        .expect(
            t.getDisplayName(),
            2,
            new Touch("coe", "military-expansion", 1.0),
            new Touch("joint", "military-expansion", 1.0));
  }

  @Test
  @DisplayName("Any move - military expansion - a military training component")
  void training(TestInfo t) {
    fire(
            t.getDisplayName(),
            NATO,
            CHINA,
            JAPAN,
            COE,
            feature("coe", "military-component", "training"),
            feature("coe", "region", "southeast-asia"),
            feature("euro", "military-component", "none"),
            move("joint", "japan", "cooperation-programme"),
            feature("joint", "military-component", "training"),
            feature("joint", "region", "indo-pacific"),
            feature("joint", "joins", "nato"),
            move("drills", "china", "exercise"),
            feature("drills", "military-component", "training"),
            feature("drills", "region", "indo-pacific"),
            move("flank", "nato", "cooperation-programme"),
            feature("flank", "military-component", "training"),
            feature("flank", "region", "euro-atlantic"))
        .expect(
            t.getDisplayName(),
            2,
            new Touch("coe", "military-expansion", 0.5),
            new Touch("joint", "military-expansion", 0.5));
  }

  @Test
  @DisplayName("Any move - military expansion - seen in any NATO move in the region")
  void anyNatoMove(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "region", "southeast-asia"),
            EURO,
            feature("euro", "region", "euro-atlantic"),
            FORUM,
            feature("forum", "region", "southeast-asia"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "military-expansion", 0.15));
  }

  @Test
  @DisplayName("Any move - military expansion - a military deployment")
  void deployment(TestInfo t) {
    fire(
            t.getDisplayName(),
            NATO,
            CHINA,
            JAPAN,
            move("deploy", "nato", "military-deployment"),
            feature("deploy", "region", "indo-pacific"),
            move("train", "nato", "military-deployment"),
            feature("train", "military-component", "training"),
            feature("train", "region", "indo-pacific"),
            move("joint", "japan", "military-deployment"),
            feature("joint", "region", "indo-pacific"),
            feature("joint", "joins", "nato"),
            move("garrison", "china", "military-deployment"),
            feature("garrison", "region", "southeast-asia"),
            move("flank", "nato", "military-deployment"),
            feature("flank", "region", "euro-atlantic"),
            // talks are no deployment
            move("talks", "nato", "consultation"),
            feature("talks", "region", "indo-pacific"),
            COE)
        .expect(
            t.getDisplayName(),
            2,
            new Touch("deploy", "military-expansion", 1.0),
            new Touch("joint", "military-expansion", 1.0));
  }

  @Test
  @DisplayName("Any move - military expansion - eased by NATO's restated assurance")
  void assurance(TestInfo t) {
    fire(
            t.getDisplayName(),
            world("nato-restates-no-military-expansion"),
            UNRELATED,
            COE,
            feature("coe", "military-component", "none"),
            EURO,
            feature("euro", "military-component", "training"),
            FORUM,
            feature("forum", "military-component", "none"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "no-military-expansion-assurance", 1.0));
  }

  @Test
  @DisplayName("Any move - geostrategic complication - NATO presence in the Indo-Pacific")
  void complication(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "region", "indo-pacific"),
            EURO,
            feature("euro", "region", "euro-atlantic"),
            FORUM,
            feature("forum", "region", "indo-pacific"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "geostrategic-complication", 0.5));
  }

  @Test
  @DisplayName("Any move - geostrategic complication - heightened by a military component")
  void heightened(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "region", "southeast-asia"),
            feature("coe", "military-component", "training"),
            EURO,
            feature("euro", "region", "southeast-asia"),
            feature("euro", "military-component", "none"),
            FORUM,
            feature("forum", "region", "southeast-asia"),
            feature("forum", "military-component", "training"),
            move("far", "nato", "exercise"),
            feature("far", "region", "euro-atlantic"),
            feature("far", "military-component", "training"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "geostrategic-complication", 0.9));
  }

  @Test
  @DisplayName("Any move - NATO's legitimacy - NATO acts beyond the Euro-Atlantic")
  void legitimacy(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "region", "korean-peninsula"),
            EURO,
            feature("euro", "region", "euro-atlantic"),
            FORUM,
            feature("forum", "region", "korean-peninsula"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "nato-legitimacy", 1.0));
  }

  @Test
  @DisplayName("Any move - out-of-area focus - NATO acts beyond the Euro-Atlantic")
  void outOfArea(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "region", "southeast-asia"),
            EURO,
            feature("euro", "region", "euro-atlantic"),
            FORUM,
            feature("forum", "region", "southeast-asia"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "out-of-area-focus", 1.0));
  }

  @Test
  @DisplayName(
      "Any move - Euro-Atlantic security link - the Indo-Pacific bears on Euro-Atlantic security")
  void euroAtlanticLink(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "region", "southeast-asia"),
            EURO,
            feature("euro", "region", "euro-atlantic"),
            FORUM,
            feature("forum", "region", "southeast-asia"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "euro-atlantic-security-link", 0.8));
  }

  @Test
  @DisplayName("Any move - shared values - cooperation with like-minded partners")
  void sharedValues(TestInfo t) {
    fire(
            t.getDisplayName(),
            NATO,
            CHINA,
            COE,
            move("aid", "nato", "lethal-aid"),
            move("china-forum", "china", "cooperation-programme"))
        .expect(
            t.getDisplayName(),
            1,
            new Touch("coe", "shared-values", 0.6),
            new Touch("coe", "rules-based-order", 0.5));
  }

  @Test
  @DisplayName("Any move - cross-cutting threats - the scope names one")
  void scope(TestInfo t) {
    fire(
            t.getDisplayName(),
            feature("coe", "scope", "cyber"),
            feature("coe", "scope", "maritime-security"),
            feature("coe", "region", "southeast-asia"),
            // a coercive move presses in its scope: outsiders gain nothing from it
            move("drills", "china", "exercise"),
            feature("drills", "against", "taiwan"),
            feature("drills", "scope", "maritime-security"),
            // so does a pact aimed against someone: it serves its own side, not outsiders
            move("pact", "russia", "forum"),
            feature("pact", "against", "republic-of-korea"),
            feature("pact", "scope", "regional-conflict"),
            // words work on nothing: a statement's scope serves no outsider
            move("paper", "china", "statement"),
            feature("paper", "scope", "regional-conflict"),
            // an exercise against no one still serves its scope
            move("search-and-rescue", "japan", "exercise"),
            feature("search-and-rescue", "scope", "maritime-security"))
        .expect(
            t.getDisplayName(),
            3,
            new Touch("coe", "cyber", 0.3),
            new Touch("coe", "maritime-security", 0.3),
            new Touch("search-and-rescue", "maritime-security", 0.3));
  }

  @Test
  @DisplayName("Any move - rules-based order - armed action against a state on its own soil")
  void armedActionOnItsSoil(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("invasion", "russia", "military-deployment"),
            feature("invasion", "host", "ukraine"),
            feature("invasion", "against", "ukraine"),
            // hosted by one state, against another: not armed action on the target's soil
            move("typhon", "united-states", "military-deployment"),
            feature("typhon", "host", "philippines"),
            feature("typhon", "against", "china"),
            // a statement against its host is words, not armed action
            move("speech", "nato", "statement"),
            feature("speech", "host", "ukraine"),
            feature("speech", "against", "ukraine"))
        .expect(
            t.getDisplayName(),
            1,
            new Touch("invasion", "rules-based-order", -0.8),
            new Touch("invasion", "un-charter-breach", 0.8));
  }

  @Test
  @DisplayName("Any move - cross-cutting threats - its participants work on the scope")
  void scopeParticipants(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "scope", "cyber"),
            feature("coe", "joins", "japan"),
            feature("coe", "host", "host"),
            feature("coe", "against", "china"),
            feature("coe", "region", "southeast-asia"))
        .expect(
            t.getDisplayName(),
            3,
            new Touch("coe", "cyber", 1.0, "nato"),
            new Touch("coe", "cyber", 1.0, "japan"),
            new Touch("coe", "cyber", 1.0, "host"));
  }

  @Test
  @DisplayName("Any move - global security - the scope names a regional danger")
  void regionalDanger(TestInfo t) {
    fire(
            t.getDisplayName(),
            NATO,
            CHINA,
            COE,
            feature("coe", "scope", "nuclear-proliferation"),
            feature("coe", "scope", "cyber"),
            FORUM,
            feature("forum", "scope", "territorial-disputes"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "euro-atlantic-security-link", 0.6));
  }

  @Test
  @DisplayName("Any move - NATO partnership - a partner joins a NATO move")
  void joins(TestInfo t) {
    fire(
            t.getDisplayName(),
            NATO,
            CHINA,
            COE,
            feature("coe", "joins", "japan"),
            feature("coe", "host", "host"),
            FORUM,
            feature("forum", "joins", "australia"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "nato-partnership", 1.0, "japan"));
  }

  @Test
  @DisplayName("Any move - NATO partnership - allies gain from partners joining")
  void alliesGain(TestInfo t) {
    fire(
            t.getDisplayName(),
            NATO,
            US,
            CHINA,
            COE,
            feature("coe", "joins", "japan"),
            EURO,
            feature("euro", "host", "host"),
            FORUM,
            feature("forum", "joins", "australia"))
        .expect(
            t.getDisplayName(),
            2,
            new Touch("coe", "nato-partnership", 1.0, "nato"),
            new Touch("coe", "nato-partnership", 1.0, "united-states"));
  }

  @Test
  @DisplayName("Any move - NATO partnership - a partner watches others join")
  void watches(TestInfo t) {
    fire(
            t.getDisplayName(),
            NATO,
            CHINA,
            JAPAN,
            AUSTRALIA,
            COE,
            feature("coe", "joins", "australia"),
            EURO,
            feature("euro", "host", "host"),
            FORUM,
            feature("forum", "joins", "host"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "nato-partnership", 0.3, "japan"));
  }

  @Test
  @DisplayName("Any move - NATO partnership - a NATO Centre of Excellence in the partners' region")
  void coeInRegion(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "region", "southeast-asia"),
            EURO,
            feature("euro", "region", "euro-atlantic"),
            move("rival-coe", "china", "centre-of-excellence"),
            feature("rival-coe", "region", "southeast-asia"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "nato-partnership", 0.5));
  }

  @Test
  @DisplayName("Any move - crisis awareness - exchange across regions")
  void exchange(TestInfo t) {
    fire(t.getDisplayName(), COE, move("deploy", "nato", "military-deployment"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "crisis-awareness", 1.0));
  }

  @Test
  @DisplayName("Any move - sovereignty - a foreign-led body on a host's territory")
  void sovereignty(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "host", "host"),
            feature("coe", "funding", "joint"),
            EURO,
            feature("euro", "funding", "nato-led"),
            move("own", "host", "centre-of-excellence"),
            feature("own", "host", "host"),
            feature("own", "funding", "host-led"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "sovereignty", 0.3, "host"));
  }

  @Test
  @DisplayName("Any move - sovereignty - a foreign body with no terms of support")
  void sovereigntyNoTerms(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("office", "nato", "liaison-office"),
            feature("office", "host", "japan"),
            feature("office", "region", "indo-pacific"),
            COE,
            feature("coe", "host", "host"),
            feature("coe", "funding", "joint"),
            move("own", "japan", "liaison-office"),
            feature("own", "host", "japan"))
        .expect(t.getDisplayName(), 1, new Touch("office", "sovereignty", 0.4, "japan"));
  }

  @Test
  @DisplayName("Any move - sovereignty - a neighbour of the host")
  void neighbour(TestInfo t) {
    fire(
            t.getDisplayName(),
            HOST,
            NEIGHBOUR,
            JAPAN,
            COE,
            feature("coe", "host", "host"),
            feature("coe", "joins", "neighbour"),
            move("office", "nato", "liaison-office"),
            feature("office", "host", "japan"),
            move("own", "host", "forum"),
            feature("own", "host", "host"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "sovereignty", 0.1, "neighbour"));
  }

  @Test
  @DisplayName("Any move - NATO's legitimacy - partners drawn into NATO's Centres of Excellence")
  void partnersDrawnIn(TestInfo t) {
    fire(t.getDisplayName(), move("coes", "nato", "coe-participation"), COE)
        .expect(t.getDisplayName(), 1, new Touch("coes", "nato-legitimacy", 0.4));
  }

  @Test
  @DisplayName("Any move - NATO partnership - a programme under the 2022 Agenda")
  void agendaProgramme(TestInfo t) {
    fire(
            t.getDisplayName(),
            world("agenda-for-shared-security-challenges"),
            UNRELATED,
            NATO,
            CHINA,
            move("cyber", "nato", "cooperation-programme"),
            move("rival", "china", "cooperation-programme"),
            COE)
        .expect(t.getDisplayName(), 1, new Touch("cyber", "nato-partnership", 0.4));
  }

  @Test
  @DisplayName("Any move - crisis awareness - consultation on critical events")
  void consultation(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("talks", "nato", "consultation"),
            // a partner's consultation that NATO joins is NATO-partner discussion too
            move("tokyo", "japan", "consultation"),
            feature("tokyo", "joins", "nato"),
            // consultations NATO has no part in keep no one informed of NATO's critical events
            move("axis", "china", "consultation"),
            feature("axis", "joins", "russia"),
            COE)
        .expect(
            t.getDisplayName(),
            2,
            new Touch("talks", "crisis-awareness", 1.0),
            new Touch("tokyo", "crisis-awareness", 1.0));
  }

  @Test
  @DisplayName("Any move - Korean Peninsula - the move bears on the peninsula")
  void peninsula(TestInfo t) {
    fire(
            t.getDisplayName(),
            feature("talks", "region", "korean-peninsula"),
            feature("coe", "region", "southeast-asia"),
            // a pact aimed against a state does not serve the peninsula's security in general
            feature("pact", "region", "korean-peninsula"),
            feature("pact", "against", "republic-of-korea"))
        .expect(t.getDisplayName(), 1, new Touch("talks", "korean-peninsula", 1.0));
  }

  @Test
  @DisplayName("Any move - Korean Peninsula - a move aimed against a state")
  void peninsulaAgainst(TestInfo t) {
    fire(
            t.getDisplayName(),
            feature("pact", "region", "korean-peninsula"),
            feature("pact", "against", "republic-of-korea"),
            feature("pact", "against", "united-states"),
            // against someone, but not on the peninsula
            feature("drills", "region", "indo-pacific"),
            feature("drills", "against", "taiwan"),
            // on the peninsula, against no one
            feature("talks", "region", "korean-peninsula"))
        .expect(
            t.getDisplayName(),
            2,
            new Touch("pact", "korean-peninsula", -1.0, "republic-of-korea"),
            new Touch("pact", "korean-peninsula", -1.0, "united-states"));
  }

  @Test
  @DisplayName("Any move - geostrategic complication - a military deployment")
  void deploymentComplication(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("deploy", "nato", "military-deployment"),
            feature("deploy", "region", "indo-pacific"),
            move("train", "nato", "military-deployment"),
            feature("train", "region", "indo-pacific"),
            feature("train", "military-component", "training"),
            // a deployment in another region leaves this one's landscape as it was
            move("invade", "russia", "military-deployment"),
            feature("invade", "region", "euro-atlantic"),
            // an exercise in the region is not forces deployed to stay
            move("drill", "china", "exercise"),
            feature("drill", "region", "indo-pacific"),
            COE)
        .expect(t.getDisplayName(), 1, new Touch("deploy", "geostrategic-complication", 1.0));
  }

  @Test
  @DisplayName("Any move - NATO commitment - forces deployed alongside partners")
  void commitment(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("deploy", "nato", "military-deployment"),
            feature("deploy", "region", "southeast-asia"),
            move("drill", "china", "military-deployment"),
            feature("drill", "region", "southeast-asia"),
            // forces sent to the Euro-Atlantic say nothing of commitment to the partners' region
            move("east", "nato", "military-deployment"),
            feature("east", "region", "euro-atlantic"))
        .expect(t.getDisplayName(), 1, new Touch("deploy", "nato-commitment", 0.8));
  }

  @Test
  @DisplayName("Any move - support for Russia's war - lethal aid to Russia")
  void lethalAid(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("aid", "china", "lethal-aid"),
            feature("aid", "favours", "russia"),
            move("arms", "nato", "lethal-aid"),
            feature("arms", "favours", "ukraine"),
            move("words", "china", "statement"),
            feature("words", "favours", "russia"))
        .expect(t.getDisplayName(), 1, new Touch("aid", "support-for-russia-war", 1.0));
  }

  @Test
  @DisplayName("Any move - support for Russia's war - forces sent to fight for Russia")
  void forcesForRussia(TestInfo t) {
    fire(
            t.getDisplayName(),
            world("russia-war-on-ukraine"),
            UNRELATED,
            move("troops", "north-korea", "military-deployment"),
            feature("troops", "favours", "russia"),
            // forces for another party, and aid that is not a deployment
            move("brigade", "nato", "military-deployment"),
            feature("brigade", "favours", "ukraine"),
            move("aid", "china", "lethal-aid"),
            feature("aid", "favours", "russia"))
        .expect(t.getDisplayName(), 1, new Touch("troops", "support-for-russia-war", 1.0));
  }

  @Test
  @DisplayName("Any move - UN Charter - arming a war of aggression")
  void unCharter(TestInfo t) {
    fire(
            t.getDisplayName(),
            world("russia-war-on-ukraine"),
            UNRELATED,
            move("aid", "china", "lethal-aid"),
            feature("aid", "favours", "russia"),
            move("arms", "nato", "lethal-aid"),
            feature("arms", "favours", "ukraine"),
            move("words", "china", "statement"),
            feature("words", "favours", "russia"))
        .expect(t.getDisplayName(), 1, new Touch("aid", "un-charter-breach", 0.8));
  }

  @Test
  @DisplayName("Any move - China-Russia partnership - China backs Russia")
  void chinaBacksRussia(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("aid", "china", "lethal-aid"),
            feature("aid", "favours", "russia"),
            move("arms", "nato", "lethal-aid"),
            feature("arms", "favours", "russia"),
            move("drill", "china", "exercise"),
            feature("drill", "against", "russia"))
        .expect(t.getDisplayName(), 1, new Touch("aid", "china-russia-partnership", 0.8));
  }

  @Test
  @DisplayName("Any move - support for Russia's war - amplifying Russia's narrative")
  void narrative(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("speech", "china", "statement"),
            feature("speech", "echoes", "russia-narrative"),
            move("note", "china", "statement"),
            move("drill", "china", "exercise"),
            feature("drill", "echoes", "russia-narrative"),
            feature("note", "region", "global"))
        .expect(t.getDisplayName(), 1, new Touch("speech", "support-for-russia-war", 0.5));
  }

  @Test
  @DisplayName("Any move - China's rise - China extends its reach")
  void chinaRise(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("aid", "china", "lethal-aid"),
            move("words", "china", "statement"),
            COE)
        .expect(t.getDisplayName(), 1, new Touch("aid", "china-rise", 0.5));
  }

  @Test
  @DisplayName("Any move - condemns - a statement or vote condemns something")
  void condemns(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("words", "china", "statement"),
            feature("words", "condemns", "russia-war"),
            feature("words", "against", "russia"),
            // a summit's declaration condemns as a statement does
            move("summit", "ukraine", "forum"),
            feature("summit", "condemns", "un-charter-breach"),
            // an exercise is an act, not a condemnation
            move("drill", "nato", "exercise"),
            feature("drill", "condemns", "russia-war"))
        .expect(
            t.getDisplayName(),
            2,
            new Touch("words", "russia-war", -0.5),
            new Touch("summit", "un-charter-breach", -0.5));
  }

  @Test
  @DisplayName("Any move - collective security - China's attack on NATO erodes partners' trust")
  void collectiveSecurity(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("attack", "china", "statement"),
            feature("attack", "against", "nato"),
            move("rebuke", "russia", "statement"),
            feature("rebuke", "against", "nato"),
            move("drill", "china", "exercise"),
            feature("drill", "against", "nato"),
            move("other", "china", "statement"),
            feature("other", "against", "australia"))
        .expect(t.getDisplayName(), 1, new Touch("attack", "collective-security-confidence", -0.6));
  }

  @Test
  @DisplayName("Any move - constructive UN role - the Security Council condemns a breach")
  void constructiveRole(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("vote", "china", "un-security-council"),
            feature("vote", "condemns", "russia-war"),
            move("words", "china", "statement"),
            feature("words", "condemns", "russia-war"),
            move("other", "china", "un-security-council"),
            feature("other", "condemns", "military-expansion"))
        .expect(t.getDisplayName(), 1, new Touch("vote", "constructive-unsc-role", 1.0));
  }

  @Test
  @DisplayName(
      "Any move - constructive UN role - a Security Council position shields the aggressor")
  void shieldsAggressor(TestInfo t) {
    fire(
            t.getDisplayName(),
            world("russia-war-on-ukraine"),
            UNRELATED,
            move("veto", "china", "un-security-council"),
            feature("veto", "favours", "russia"),
            move("aid", "china", "lethal-aid"),
            feature("aid", "favours", "russia"),
            move("other", "china", "un-security-council"),
            feature("other", "favours", "ukraine"))
        .expect(t.getDisplayName(), 1, new Touch("veto", "constructive-unsc-role", -1.0));
  }

  @Test
  @DisplayName("Any move - China meets an ask - it condemns the war or support for it")
  void meetsAnAsk(TestInfo t) {
    fire(
            t.getDisplayName(),
            world("vilnius-communique-asks-of-china"),
            UNRELATED,
            move("words", "china", "statement"),
            feature("words", "condemns", "russia-war"),
            move("nato-words", "nato", "statement"),
            feature("nato-words", "condemns", "russia-war"),
            move("other", "china", "statement"),
            feature("other", "condemns", "military-expansion"))
        .expect(t.getDisplayName(), 1, new Touch("words", "vilnius-asks-met", 1.0));
  }

  @Test
  @DisplayName("Any move - military expansion - NATO exercises in the region")
  void natoExercise(TestInfo t) {
    fire(
            t.getDisplayName(),
            NATO,
            CHINA,
            JAPAN,
            move("drill", "nato", "exercise"),
            feature("drill", "region", "indo-pacific"),
            move("joint", "japan", "exercise"),
            feature("joint", "region", "indo-pacific"),
            feature("joint", "joins", "nato"),
            move("far", "nato", "exercise"),
            feature("far", "region", "euro-atlantic"),
            move("rival", "china", "exercise"),
            feature("rival", "region", "indo-pacific"),
            feature("rival", "joins", "russia"),
            move("deploy", "nato", "military-deployment"),
            feature("deploy", "region", "indo-pacific"))
        .expect(
            t.getDisplayName(),
            2,
            new Touch("drill", "military-expansion", 0.4),
            new Touch("joint", "military-expansion", 0.4));
  }

  @Test
  @DisplayName("Any move - geostrategic complication - a military exercise in the region")
  void exerciseComplication(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("rival", "china", "exercise"),
            feature("rival", "region", "indo-pacific"),
            move("far", "nato", "exercise"),
            feature("far", "region", "euro-atlantic"),
            move("talks", "nato", "consultation"),
            feature("talks", "region", "indo-pacific"))
        .expect(t.getDisplayName(), 1, new Touch("rival", "geostrategic-complication", 0.5));
  }

  @Test
  @DisplayName("Any move - military expansion - a civilian NATO body shows NATO's political side")
  void politicalSide(TestInfo t) {
    fire(
            t.getDisplayName(),
            world("nato-no-military-expansion-statement"),
            UNRELATED,
            COE,
            feature("coe", "military-component", "none"),
            EURO,
            feature("euro", "military-component", "training"),
            move("rival", "china", "centre-of-excellence"),
            move("deploy", "nato", "military-deployment"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "military-expansion", -0.05));
  }
}
