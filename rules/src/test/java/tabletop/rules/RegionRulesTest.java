package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Interest;

/** One test per rule of southeast-asian-host.drl and wary-indo-pacific-states.drl. */
class RegionRulesTest {

  @Nested
  class SoutheastAsianHostRulesTest {
    static final String HOST = "southeast-asian-host";

    @Test
    @DisplayName("Southeast Asian host - takes part - a prospective host state")
    void takesPart(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              actor(HOST, "Southeast Asian host", "southeast-asia", "indo-pacific"));
    }

    @Test
    @DisplayName("Southeast Asian host - wary of complication - an already complex region")
    void complication(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern(HOST, "geostrategic-complication", 0.6));
    }

    @Test
    @DisplayName(
        "Southeast Asian host - wary of military expansion - the picture of troops and equipment")
    void militaryExpansion(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern(HOST, "military-expansion", 0.5));
    }

    @Test
    @DisplayName("Southeast Asian host - guards its sovereignty - a foreign body on its soil")
    void sovereignty(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern(HOST, "sovereignty", 0.5));
    }

    @Test
    @DisplayName(
        "Southeast Asian host - values cross-cutting cooperation - cyber, maritime, terrorism")
    void crossCutting(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest(HOST, "maritime-security", 0.2),
              new Interest(HOST, "cyber", 0.15),
              new Interest(HOST, "terrorism", 0.15),
              new Interest(HOST, "hybrid-threats", 0.1),
              new Interest(HOST, "crisis-awareness", 0.1));
    }

    @Test
    @DisplayName("Southeast Asian host - values the assurance - no plans for military expansion")
    void assurance(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(), 1, new Interest(HOST, "no-military-expansion-assurance", 0.3));
    }
  }

  @Nested
  class WaryIndoPacificStatesRulesTest {
    static final String WARY = "wary-indo-pacific-states";

    @Test
    @DisplayName("Wary Indo-Pacific states - take part - condemn the invasion yet doubt NATO")
    void takesPart(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, actor(WARY, "Wary Indo-Pacific states", "indo-pacific"));
    }

    @Test
    @DisplayName("Wary Indo-Pacific states - wary of complication - an already complex region")
    void complication(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern(WARY, "geostrategic-complication", 0.7));
    }

    @Test
    @DisplayName(
        "Wary Indo-Pacific states - wary of military expansion - NATO seen as a military alliance")
    void militaryExpansion(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern(WARY, "military-expansion", 0.6));
    }

    @Test
    @DisplayName("Wary Indo-Pacific states - doubt NATO - partly responsible for the conflict")
    void doubtNato(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern(WARY, "nato-legitimacy", 0.1));
    }

    @Test
    @DisplayName(
        "Wary Indo-Pacific states - uphold the rules-based order - condemn Russia's invasion")
    void rulesBasedOrder(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, new Interest(WARY, "rules-based-order", 0.3));
    }

    @Test
    @DisplayName("Wary Indo-Pacific states - condemn the invasion - even those wary of NATO")
    void condemnTheInvasion(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern(WARY, "russia-war", 0.2));
      fire(t.getDisplayName(), UNRELATED).expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName(
        "Wary Indo-Pacific states - value cross-cutting cooperation - maritime and cyber security")
    void crossCutting(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest(WARY, "maritime-security", 0.15),
              new Interest(WARY, "cyber", 0.1),
              new Interest(WARY, "terrorism", 0.1));
    }

    @Test
    @DisplayName("Wary Indo-Pacific states - value the assurance - no plans for military expansion")
    void assurance(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(), 1, new Interest(WARY, "no-military-expansion-assurance", 0.2));
    }

    @Test
    @DisplayName("Wary Indo-Pacific states - condemn the invasion - support for Russia's war")
    void condemn(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern(WARY, "support-for-russia-war", 0.3));
    }
  }
}
