package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Position;

/** One test per rule of nato.drl and united-states.drl. */
class NatoRulesTest {

  @Test
  @DisplayName("NATO - takes part - the Alliance")
  void takesPart(TestInfo t) {
    fire(t.getDisplayName(), UNRELATED)
        .expect(t.getDisplayName(), 1, actor("nato", "NATO", "nato"));
  }

  @Test
  @DisplayName("NATO - Euro-Atlantic security link - 2022 Strategic Concept")
  void strategicConcept(TestInfo t) {
    fire(t.getDisplayName(), world("strategic-concept-2022"), UNRELATED)
        .expect(t.getDisplayName(), 1, new Interest("nato", "euro-atlantic-security-link", 0.4));
  }

  @Test
  @DisplayName("NATO - cross-cutting threats - Agenda for Tackling Shared Security Challenges")
  void agenda(TestInfo t) {
    fire(t.getDisplayName(), world("agenda-for-shared-security-challenges"), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            new Interest("nato", "cyber", 0.2),
            new Interest("nato", "hybrid-threats", 0.2),
            new Interest("nato", "new-technology", 0.1),
            new Interest("nato", "maritime-security", 0.1),
            new Interest("nato", "terrorism", 0.1));
  }

  @Test
  @DisplayName("NATO - shared values - promoting them with like-minded partners")
  void sharedValues(TestInfo t) {
    fire(t.getDisplayName(), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            new Interest("nato", "shared-values", 0.2),
            new Interest("nato", "rules-based-order", 0.2));
  }

  @Test
  @DisplayName("NATO - partnership - partners at its summits")
  void summits(TestInfo t) {
    fire(t.getDisplayName(), world("partners-at-nato-summits"), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            new Interest("nato", "nato-partnership", 0.2),
            new Interest("nato", "crisis-awareness", 0.15));
  }

  @Test
  @DisplayName("NATO - no military expansion - members' stated policy")
  void noExpansion(TestInfo t) {
    fire(t.getDisplayName(), world("nato-no-military-expansion-statement"), UNRELATED)
        .expect(t.getDisplayName(), 1, new Concern("nato", "military-expansion", 0.3));
  }

  @Test
  @DisplayName("NATO - out-of-area focus - some allies guard the Euro-Atlantic core")
  void outOfArea(TestInfo t) {
    fire(t.getDisplayName(), UNRELATED)
        .expect(t.getDisplayName(), 1, new Concern("nato", "out-of-area-focus", 0.2));
  }

  @Test
  @DisplayName("NATO - stays informed - a crisis on the Korean Peninsula")
  void koreanCrisis(TestInfo t) {
    fire(t.getDisplayName(), world("korean-peninsula-crisis"), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            new Interest("nato", "crisis-awareness", 0.3),
            new Interest("nato", "korean-peninsula", 0.2));
  }

  @Test
  @DisplayName("NATO - asks China not to support Russia's war - Vilnius communiqué")
  void asksNoSupport(TestInfo t) {
    fire(t.getDisplayName(), world("vilnius-communique-asks-of-china"), UNRELATED)
        .expect(t.getDisplayName(), 1, new Concern("nato", "support-for-russia-war", 0.8));
  }

  @Test
  @DisplayName("NATO - wary of support for the war - before the Vilnius communiqué")
  void waryOfSupportBeforeVilnius(TestInfo t) {
    fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
        .expect(t.getDisplayName(), 1, new Concern("nato", "support-for-russia-war", 0.5));
    fire(t.getDisplayName(), UNRELATED).expect(t.getDisplayName(), 0);
    fire(
            t.getDisplayName(),
            world("russia-war-on-ukraine"),
            world("vilnius-communique-asks-of-china"))
        .expect(t.getDisplayName(), 0);
  }

  @Test
  @DisplayName("NATO - asks China to uphold the UN Charter - Vilnius communiqué")
  void asksCharter(TestInfo t) {
    fire(t.getDisplayName(), world("vilnius-communique-asks-of-china"), UNRELATED)
        .expect(t.getDisplayName(), 1, new Concern("nato", "un-charter-breach", 0.4));
  }

  @Test
  @DisplayName("NATO - wary of China's backing of Russia - China defies the communiqué")
  void defies(TestInfo t) {
    fire(
            t.getDisplayName(),
            world("china-defies-vilnius-asks"),
            world("china-lethal-aid-to-russia"))
        .expect(
            t.getDisplayName(),
            1,
            new Position("nato", "china", -0.8),
            new Concern("nato", "china-russia-partnership", 0.5));
  }

  @Test
  @DisplayName("NATO - global security - disputes, proliferation and conflicts in the Indo-Pacific")
  void globalSecurity(TestInfo t) {
    fire(t.getDisplayName(), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            new Interest("nato", "territorial-disputes", 0.15),
            new Interest("nato", "nuclear-proliferation", 0.15),
            new Interest("nato", "regional-conflict", 0.15));
  }

  @Test
  @DisplayName("NATO - collective security - China's attack aims at partners' trust")
  void collectiveSecurity(TestInfo t) {
    fire(t.getDisplayName(), UNRELATED)
        .expect(t.getDisplayName(), 1, new Interest("nato", "collective-security-confidence", 0.4));
  }

  @Test
  @DisplayName("NATO - wants China to meet its asks - the communiqué's wish list")
  void wantsAsksMet(TestInfo t) {
    fire(t.getDisplayName(), world("vilnius-communique-asks-of-china"), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            new Interest("nato", "vilnius-asks-met", 0.5),
            new Interest("nato", "constructive-unsc-role", 0.3));
  }

  @Test
  @DisplayName("NATO - condemns the war - Russia's war of aggression")
  void condemnsTheWar(TestInfo t) {
    fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
        .expect(t.getDisplayName(), 1, new Concern("nato", "russia-war", 0.5));
  }

  @Nested
  class UnitedStatesRulesTest {
    @Test
    @DisplayName("United States - takes part - a NATO member some see as leading it")
    void takesPart(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, actor("united-states", "United States", "nato"));
    }

    @Test
    @DisplayName("United States - values NATO's reach - a key focus of the partner dialogue")
    void reach(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("united-states", "nato-legitimacy", 0.3),
              new Interest("united-states", "nato-partnership", 0.3));
    }

    @Test
    @DisplayName("United States - shared interests - maritime security and the rules-based order")
    void sharedInterests(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("united-states", "maritime-security", 0.2),
              new Interest("united-states", "rules-based-order", 0.2),
              new Interest("united-states", "cyber", 0.1));
    }

    @Test
    @DisplayName("United States - wary of China's rise - shifts in global power")
    void chinaRise(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern("united-states", "china-rise", 0.4));
    }
  }
}
