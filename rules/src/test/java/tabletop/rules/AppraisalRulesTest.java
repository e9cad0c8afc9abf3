package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Appraisal;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Move;
import tabletop.engine.model.Touch;

/** One test per rule of appraisal.drl: what a move's features touch, and how actors read it. */
class AppraisalRulesTest {
  static final Move COE = move("coe", "nato", "centre-of-excellence");
  static final Move EURO = move("euro", "nato", "centre-of-excellence");

  @Test
  @DisplayName("Any actor - wary - the move touches a concern")
  void wary(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            new Concern("china", "nato-legitimacy", 0.8),
            new Touch("coe", "nato-legitimacy", 1.0),
            new Touch("coe", "nato-legitimacy", 0.4),
            new Touch("coe", "cyber", 1.0))
        .expect(t.getDisplayName(), 1, new Appraisal("china", "coe", "nato-legitimacy", -0.8));
  }

  @Test
  @DisplayName("Any actor - values - the move serves an interest")
  void values(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            new Interest("japan", "cyber", 0.5),
            new Touch("coe", "cyber", 0.5),
            new Touch("coe", "maritime-security", 1.0))
        .expect(t.getDisplayName(), 1, new Appraisal("japan", "coe", "cyber", 0.25));
  }

  @Test
  @DisplayName("Any move - military expansion - a standing military presence")
  void standingPresence(TestInfo t) {
    fire(
            t.getDisplayName(),
            feature("coe", "military-component", "standing-presence"),
            feature("euro", "military-component", "none"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "military-expansion", 1.0));
  }

  @Test
  @DisplayName("Any move - military expansion - a military training component")
  void training(TestInfo t) {
    fire(
            t.getDisplayName(),
            feature("coe", "military-component", "training"),
            feature("euro", "military-component", "none"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "military-expansion", 0.5));
  }

  @Test
  @DisplayName("Any move - military expansion - seen in any NATO move in the region")
  void anyNatoMove(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "region", "southeast-asia"),
            EURO,
            feature("euro", "region", "euro-atlantic"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "military-expansion", 0.15));
  }

  @Test
  @DisplayName("Any move - military expansion - a military deployment")
  void deployment(TestInfo t) {
    fire(t.getDisplayName(), move("deploy", "nato", "military-deployment"), COE)
        .expect(t.getDisplayName(), 1, new Touch("deploy", "military-expansion", 1.0));
  }

  @Test
  @DisplayName("Any move - military expansion - eased by NATO's restated assurance")
  void assurance(TestInfo t) {
    fire(
            t.getDisplayName(),
            world("nato-restates-no-military-expansion"),
            COE,
            feature("coe", "military-component", "none"),
            EURO,
            feature("euro", "military-component", "training"))
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
            feature("euro", "region", "euro-atlantic"))
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
            feature("euro", "military-component", "none"))
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
            feature("euro", "region", "euro-atlantic"))
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
            feature("euro", "region", "euro-atlantic"))
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
            feature("euro", "region", "euro-atlantic"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "euro-atlantic-security-link", 0.8));
  }

  @Test
  @DisplayName("Any move - shared values - cooperation with like-minded partners")
  void sharedValues(TestInfo t) {
    fire(t.getDisplayName(), COE, move("aid", "china", "lethal-aid"))
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
            feature("coe", "region", "southeast-asia"))
        .expect(
            t.getDisplayName(),
            2,
            new Touch("coe", "cyber", 1.0),
            new Touch("coe", "maritime-security", 1.0));
  }

  @Test
  @DisplayName("Any move - NATO partnership - an Indo-Pacific partner joins")
  void joins(TestInfo t) {
    fire(t.getDisplayName(), feature("coes", "joins", "japan"), feature("coes", "scope", "cyber"))
        .expect(t.getDisplayName(), 1, new Touch("coes", "nato-partnership", 1.0));
  }

  @Test
  @DisplayName("Any move - NATO partnership - a NATO Centre of Excellence in the partners' region")
  void coeInRegion(TestInfo t) {
    fire(
            t.getDisplayName(),
            COE,
            feature("coe", "region", "southeast-asia"),
            EURO,
            feature("euro", "region", "euro-atlantic"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "nato-partnership", 0.5));
  }

  @Test
  @DisplayName("Any move - crisis awareness - exchange across regions")
  void exchange(TestInfo t) {
    fire(t.getDisplayName(), COE, move("deploy", "nato", "military-deployment"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "crisis-awareness", 1.0));
  }

  @Test
  @DisplayName("Any move - sovereignty - NATO-led on a host's territory")
  void sovereignty(TestInfo t) {
    fire(
            t.getDisplayName(),
            feature("coe", "host", "southeast-asian-host"),
            feature("coe", "funding", "joint"),
            feature("euro", "funding", "nato-led"))
        .expect(t.getDisplayName(), 1, new Touch("coe", "sovereignty", 0.3));
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
            move("cyber", "nato", "cooperation-programme"),
            COE)
        .expect(t.getDisplayName(), 1, new Touch("cyber", "nato-partnership", 0.6));
  }

  @Test
  @DisplayName("Any move - crisis awareness - consultation on critical events")
  void consultation(TestInfo t) {
    fire(t.getDisplayName(), move("talks", "nato", "consultation"), COE)
        .expect(t.getDisplayName(), 1, new Touch("talks", "crisis-awareness", 1.0));
  }

  @Test
  @DisplayName("Any move - Korean Peninsula - the move bears on the peninsula")
  void peninsula(TestInfo t) {
    fire(
            t.getDisplayName(),
            feature("talks", "region", "korean-peninsula"),
            feature("coe", "region", "southeast-asia"))
        .expect(t.getDisplayName(), 1, new Touch("talks", "korean-peninsula", 1.0));
  }

  @Test
  @DisplayName("Any move - geostrategic complication - a military deployment")
  void deploymentComplication(TestInfo t) {
    fire(t.getDisplayName(), move("deploy", "nato", "military-deployment"), COE)
        .expect(t.getDisplayName(), 1, new Touch("deploy", "geostrategic-complication", 1.0));
  }

  @Test
  @DisplayName("Any move - NATO commitment - forces deployed alongside partners")
  void commitment(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("deploy", "nato", "military-deployment"),
            move("drill", "china", "military-deployment"))
        .expect(t.getDisplayName(), 1, new Touch("deploy", "nato-commitment", 0.8));
  }

  @Test
  @DisplayName("Any move - support for Russia's war - lethal aid to Russia")
  void lethalAid(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("aid", "china", "lethal-aid"),
            feature("aid", "target", "russia"),
            move("arms", "nato", "lethal-aid"),
            feature("arms", "target", "ukraine"))
        .expect(t.getDisplayName(), 1, new Touch("aid", "support-for-russia-war", 1.0));
  }

  @Test
  @DisplayName("Any move - UN Charter - arming a war of aggression")
  void unCharter(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("aid", "china", "lethal-aid"),
            feature("aid", "target", "russia"),
            move("arms", "nato", "lethal-aid"),
            feature("arms", "target", "ukraine"))
        .expect(t.getDisplayName(), 1, new Touch("aid", "un-charter-breach", 0.8));
  }

  @Test
  @DisplayName("Any move - China-Russia partnership - China backs Russia")
  void chinaBacksRussia(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("aid", "china", "lethal-aid"),
            feature("aid", "target", "russia"),
            move("arms", "nato", "lethal-aid"),
            feature("arms", "target", "russia"))
        .expect(t.getDisplayName(), 1, new Touch("aid", "china-russia-partnership", 0.8));
  }

  @Test
  @DisplayName("Any move - support for Russia's war - amplifying Russia's narrative")
  void narrative(TestInfo t) {
    fire(
            t.getDisplayName(),
            move("speech", "china", "statement"),
            feature("speech", "echoes", "russia-narrative"),
            move("note", "china", "statement"))
        .expect(t.getDisplayName(), 1, new Touch("speech", "support-for-russia-war", 0.5));
  }

  @Test
  @DisplayName("Any move - China's rise - China extends its reach")
  void chinaRise(TestInfo t) {
    fire(t.getDisplayName(), move("aid", "china", "lethal-aid"), COE)
        .expect(t.getDisplayName(), 1, new Touch("aid", "china-rise", 0.5));
  }
}
