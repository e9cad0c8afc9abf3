package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Position;

/** One test per rule of china.drl, russia.drl and ukraine.drl. */
class ChinaRussiaRulesTest {

  @Nested
  class ChinaRulesTest {
    @Test
    @DisplayName("China - takes part - a permanent member of the UN Security Council")
    void takesPart(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, actor("china", "China", "indo-pacific"));
    }

    @Test
    @DisplayName("China - contests NATO's legitimacy - rhetorical attack on the Alliance")
    void legitimacy(TestInfo t) {
      fire(t.getDisplayName(), world("china-rhetorical-attack-on-nato"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern("china", "nato-legitimacy", 0.8));
    }

    @Test
    @DisplayName("China - voices the military-expansion claim - NATO as a military bloc")
    void militaryClaim(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern("china", "military-expansion", 0.6));
    }

    @Test
    @DisplayName("China - partnership with Russia - deepening strategic partnership")
    void partnership(TestInfo t) {
      fire(t.getDisplayName(), world("china-russia-partnership"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Interest("china", "china-russia-partnership", 0.5));
    }

    @Test
    @DisplayName(
        "China - rejects the communiqué's asks - NATO lecturing a UN Security Council member")
    void rejectsAsks(TestInfo t) {
      fire(
              t.getDisplayName(),
              world("vilnius-communique-asks-of-china"),
              world("china-rhetorical-attack-on-nato"))
          .expect(t.getDisplayName(), 1, new Concern("china", "nato-legitimacy", 0.2));
      fire(t.getDisplayName(), world("vilnius-communique-asks-of-china"), UNRELATED)
          .expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName("China - backs its partner - lethal aid to Russia")
    void backsPartner(TestInfo t) {
      fire(t.getDisplayName(), world("china-lethal-aid-to-russia"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Interest("china", "support-for-russia-war", 0.3));
    }
  }

  @Nested
  class RussiaRulesTest {
    @Test
    @DisplayName("Russia - takes part - at war with Ukraine")
    void takesPart(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED).expect(t.getDisplayName(), 1, actor("russia", "Russia"));
    }

    @Test
    @DisplayName("Russia - blames NATO - its false narrative of the war")
    void blamesNato(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Concern("russia", "nato-legitimacy", 0.5),
              new Concern("russia", "military-expansion", 0.4));
    }

    @Test
    @DisplayName("Russia - values support for its war - lethal aid and logistics")
    void valuesSupport(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Interest("russia", "support-for-russia-war", 0.8));
    }

    @Test
    @DisplayName("Russia - partnership with China - deepening strategic partnership")
    void partnership(TestInfo t) {
      fire(t.getDisplayName(), world("china-russia-partnership"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Interest("russia", "china-russia-partnership", 0.5));
    }

    @Test
    @DisplayName("Russia - welcomes China's backing - lethal aid from its partner")
    void welcomesAid(TestInfo t) {
      fire(t.getDisplayName(), world("china-lethal-aid-to-russia"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Position("russia", "china", 0.8));
    }
  }

  @Nested
  class RussiaWarRulesTest {
    @Test
    @DisplayName("Russia - presses its war - a war of aggression it wages")
    void pressesItsWar(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Interest("russia", "russia-war", 0.6));
    }
  }

  @Nested
  class UkraineRulesTest {
    @Test
    @DisplayName("Ukraine - takes part - defending against Russia's aggression")
    void takesPart(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(t.getDisplayName(), 1, actor("ukraine", "Ukraine"));
    }

    @Test
    @DisplayName("Ukraine - opposes support for Russia's war - lethal aid prolongs it")
    void opposesSupport(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern("ukraine", "support-for-russia-war", 1.0));
    }

    @Test
    @DisplayName("Ukraine - values the rules-based order - a coalition against aggression")
    void rulesBasedOrder(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("ukraine", "rules-based-order", 0.3),
              new Interest("ukraine", "shared-values", 0.2));
    }

    @Test
    @DisplayName("Ukraine - wary of diverted attention - NATO's focus beyond Europe")
    void divertedAttention(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern("ukraine", "out-of-area-focus", 0.3));
    }

    @Test
    @DisplayName("Ukraine - wary of China's partnership with Russia - escalation risk")
    void escalation(TestInfo t) {
      fire(t.getDisplayName(), world("war-escalation-risk"), world("china-lethal-aid-to-russia"))
          .expect(t.getDisplayName(), 1, new Concern("ukraine", "china-russia-partnership", 0.5));
    }

    @Test
    @DisplayName("Ukraine - condemns the war - the victim of aggression")
    void condemnsTheWar(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern("ukraine", "russia-war", 1.0));
    }
  }
}
