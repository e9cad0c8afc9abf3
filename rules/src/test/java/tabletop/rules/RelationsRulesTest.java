package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Actor;

/** One test per rule of relations.drl: who is aligned with whom, and who are rivals. */
class RelationsRulesTest {
  static final Actor NATO = actor("nato", "NATO", "nato");
  static final Actor US = actor("united-states", "United States", "nato");
  static final Actor JAPAN = actor("japan", "Japan", "indo-pacific-partner");
  static final Actor AUSTRALIA = actor("australia", "Australia", "indo-pacific-partner");
  static final Actor CHINA = actor("china", "China", "indo-pacific");

  @Test
  @DisplayName("Relations - aligned - China and Russia's deepening strategic partnership")
  void chinaRussia(TestInfo t) {
    fire(t.getDisplayName(), world("china-russia-partnership"), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            aligned("china", "russia", 0.7),
            aligned("russia", "china", 0.7));
  }

  @Test
  @DisplayName("Relations - aligned - NATO and its Indo-Pacific partners")
  void partners(TestInfo t) {
    fire(t.getDisplayName(), JAPAN, CHINA)
        .expect(
            t.getDisplayName(), 1, aligned("nato", "japan", 0.6), aligned("japan", "nato", 0.6));
  }

  @Test
  @DisplayName("Relations - aligned - Japan and NATO drawn closer by Russia's war")
  void japanCloser(TestInfo t) {
    fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
        .expect(
            t.getDisplayName(), 1, aligned("japan", "nato", 0.2), aligned("nato", "japan", 0.2));
  }

  @Test
  @DisplayName("Relations - aligned - NATO and its member states")
  void members(TestInfo t) {
    fire(t.getDisplayName(), NATO, US, JAPAN)
        .expect(
            t.getDisplayName(),
            1,
            aligned("nato", "united-states", 0.9),
            aligned("united-states", "nato", 0.9));
  }

  @Test
  @DisplayName("Relations - aligned - the United States and its treaty allies in the Indo-Pacific")
  void usTreatyAllies(TestInfo t) {
    // New Zealand's ANZUS tie is suspended; NATO is no treaty ally in the Indo-Pacific
    fire(
            t.getDisplayName(),
            US,
            JAPAN,
            actor("new-zealand", "New Zealand", "indo-pacific-partner"),
            NATO)
        .expect(
            t.getDisplayName(),
            1,
            aligned("united-states", "japan", 0.8),
            aligned("japan", "united-states", 0.8));
  }

  @Test
  @DisplayName("Relations - aligned - Indo-Pacific partners with each other")
  void partnersTogether(TestInfo t) {
    fire(t.getDisplayName(), JAPAN, AUSTRALIA, CHINA)
        .expect(
            t.getDisplayName(),
            2,
            aligned("japan", "australia", 0.4),
            aligned("australia", "japan", 0.4));
  }

  @Test
  @DisplayName("Relations - aligned - NATO and Ukraine against the aggression")
  void natoUkraine(TestInfo t) {
    fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            aligned("nato", "ukraine", 0.6),
            aligned("ukraine", "nato", 0.6));
  }

  @Test
  @DisplayName("Relations - rivals - Russia's war of aggression on Ukraine")
  void war(TestInfo t) {
    fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            rival("russia", "ukraine", 0.9),
            rival("ukraine", "russia", 0.9));
  }

  @Test
  @DisplayName("Relations - rivals - NATO and Russia over the war")
  void natoRussia(TestInfo t) {
    fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
        .expect(t.getDisplayName(), 1, rival("nato", "russia", 0.7), rival("russia", "nato", 0.7));
  }

  @Test
  @DisplayName("Relations - rivals - Japan and Russia after the aggression")
  void japanRussia(TestInfo t) {
    fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
        .expect(
            t.getDisplayName(), 1, rival("japan", "russia", 0.6), rival("russia", "japan", 0.6));
  }

  @Test
  @DisplayName("Relations - rivals - China contests NATO's legitimacy")
  void chinaNato(TestInfo t) {
    fire(t.getDisplayName(), world("china-rhetorical-attack-on-nato"), UNRELATED)
        .expect(t.getDisplayName(), 1, rival("china", "nato", 0.6), rival("nato", "china", 0.6));
  }

  @Test
  @DisplayName("Relations - rivals - the United States and the ascent of China")
  void usChina(TestInfo t) {
    fire(t.getDisplayName(), UNRELATED)
        .expect(
            t.getDisplayName(),
            1,
            rival("united-states", "china", 0.6),
            rival("china", "united-states", 0.6));
  }

  @Test
  @DisplayName("Relations - rivals - the partners watch the ascent of China")
  void partnersChina(TestInfo t) {
    fire(t.getDisplayName(), JAPAN, CHINA)
        .expect(t.getDisplayName(), 1, rival("japan", "china", 0.3), rival("china", "japan", 0.3));
  }
}
