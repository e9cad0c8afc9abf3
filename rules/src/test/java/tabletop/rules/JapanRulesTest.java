package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Position;

/** One test per rule of japan.drl (P4, P7-P12, P17, P19-P21). */
class JapanRulesTest {

  @Test
  @DisplayName("Japan - takes part - an Indo-Pacific partner of NATO")
  void takesPart(TestInfo t) {
    fire(t.getDisplayName(), UNRELATED)
        .expect(
            t.getDisplayName(), 1, actor("japan", "Japan", "indo-pacific-partner", "indo-pacific"));
  }

  @Test
  @DisplayName("Japan - partnership with NATO - summit participation")
  void summitParticipation(TestInfo t) {
    fire(t.getDisplayName(), world("partners-at-nato-summits"), UNRELATED)
        .expect(t.getDisplayName(), 1, new Interest("japan", "nato-partnership", 0.3));
  }

  @Test
  @DisplayName("Japan - wary of Russia - Russia's war on Ukraine")
  void waryOfRussia(TestInfo t) {
    fire(t.getDisplayName(), world("russia-war-on-ukraine"), world("china-russia-partnership"))
        .expect(t.getDisplayName(), 1, new Position("japan", "russia", -0.8));
  }

  @Test
  @DisplayName("Japan - closer ties with NATO - Russia's war on Ukraine")
  void closerTies(TestInfo t) {
    fire(
            t.getDisplayName(),
            new Position("japan", "russia", -0.8),
            new Position("japan", "china", -0.5),
            new Position("korea", "russia", -0.8))
        .expect(t.getDisplayName(), 1, new Interest("japan", "nato-partnership", 0.4));
  }

  @Test
  @DisplayName("Japan - wary of Russia - the shift outlasts Russia's war")
  void shiftOutlastsTheWar(TestInfo t) {
    fire(
            t.getDisplayName(),
            new tabletop.engine.model.Aftermath("russia-war-on-ukraine", 2),
            new tabletop.engine.model.Aftermath("china-lethal-aid-to-russia", 1),
            UNRELATED)
        .expect(t.getDisplayName(), 1, new Position("japan", "russia", -0.8 * 2 / 4.0));
    // faded by the fourth turn, and never while the war goes on
    fire(t.getDisplayName(), new tabletop.engine.model.Aftermath("russia-war-on-ukraine", 4))
        .expect(t.getDisplayName(), 0);
    fire(
            t.getDisplayName(),
            new tabletop.engine.model.Aftermath("russia-war-on-ukraine", 1),
            world("russia-war-on-ukraine"))
        .expect(t.getDisplayName(), 0);
  }

  @Test
  @DisplayName("Japan - shared interests - cyber, hybrid and maritime security")
  void sharedInterests(TestInfo t) {
    fire(t.getDisplayName(), world("agenda-for-shared-security-challenges"), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            new Interest("japan", "cyber", 0.15),
            new Interest("japan", "hybrid-threats", 0.15),
            new Interest("japan", "maritime-security", 0.15),
            new Interest("japan", "new-technology", 0.1));
  }

  @Test
  @DisplayName("Japan - shared values - like-minded partner")
  void sharedValues(TestInfo t) {
    fire(t.getDisplayName(), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            new Interest("japan", "shared-values", 0.2),
            new Interest("japan", "rules-based-order", 0.2));
  }

  @Test
  @DisplayName("Japan - wary of support for Russia's war - its changed view of Russia")
  void waryOfSupport(TestInfo t) {
    fire(
            t.getDisplayName(),
            new Position("japan", "russia", -0.8),
            new Position("japan", "russia-trade", 0.5))
        .expect(t.getDisplayName(), 1, new Concern("japan", "support-for-russia-war", 0.6));
  }

  @Test
  @DisplayName("Japan - crisis awareness - a crisis on the Korean Peninsula")
  void koreanCrisis(TestInfo t) {
    fire(t.getDisplayName(), world("korean-peninsula-crisis"), UNRELATED)
        .expect(t.getDisplayName(), 1, new Interest("japan", "korean-peninsula", 0.3));
  }

  @Test
  @DisplayName("Japan - Russia a complicating factor - before the war")
  void beforeTheWar(TestInfo t) {
    fire(t.getDisplayName(), world("russia-war-on-ukraine")).expect(t.getDisplayName(), 0);
    fire(t.getDisplayName(), UNRELATED)
        .expect(t.getDisplayName(), 1, new Concern("japan", "geostrategic-complication", 0.2));
  }

  @Test
  @DisplayName("Japan - condemns the war - its changed view of Russia")
  void condemnsTheWar(TestInfo t) {
    fire(
            t.getDisplayName(),
            new Position("japan", "russia", -0.8),
            new Position("japan", "china", -0.3),
            new Position("korea", "russia", -0.5),
            new Position("japan", "russia-trade", 0.2))
        .expect(t.getDisplayName(), 1, new Concern("japan", "russia-war", 0.4));
  }
}
