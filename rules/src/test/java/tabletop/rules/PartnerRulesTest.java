package tabletop.rules;

import static tabletop.rules.RuleHarness.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Interest;

/** One test per rule of australia.drl, new-zealand.drl and republic-of-korea.drl. */
class PartnerRulesTest {

  static final Object[] VILNIUS = {
    world("vilnius-communique-asks-of-china"), world("partners-at-nato-summits")
  };

  @Nested
  class AustraliaRulesTest {
    @Test
    @DisplayName("Australia - takes part - an Indo-Pacific partner of NATO")
    void takesPart(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              actor("australia", "Australia", "indo-pacific-partner", "indo-pacific"));
    }

    @Test
    @DisplayName("Australia - partnership with NATO - summit participation")
    void summits(TestInfo t) {
      fire(t.getDisplayName(), world("partners-at-nato-summits"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Interest("australia", "nato-partnership", 0.4));
    }

    @Test
    @DisplayName("Australia - shared interests - maritime, cyber and hybrid security")
    void sharedInterests(TestInfo t) {
      fire(t.getDisplayName(), world("agenda-for-shared-security-challenges"), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("australia", "maritime-security", 0.25),
              new Interest("australia", "cyber", 0.15),
              new Interest("australia", "hybrid-threats", 0.15));
    }

    @Test
    @DisplayName("Australia - shared values - like-minded partner")
    void sharedValues(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("australia", "shared-values", 0.2),
              new Interest("australia", "rules-based-order", 0.25));
    }

    @Test
    @DisplayName("Australia - shares the communiqué's asks - partner at Vilnius")
    void vilnius(TestInfo t) {
      fire(t.getDisplayName(), VILNIUS)
          .expect(t.getDisplayName(), 1, new Concern("australia", "support-for-russia-war", 0.5));
      fire(t.getDisplayName(), world("vilnius-communique-asks-of-china"), UNRELATED)
          .expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName("Australia - condemns the war - its vote at the General Assembly")
    void condemnsTheWar(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern("australia", "russia-war", 0.4));
      fire(t.getDisplayName(), UNRELATED).expect(t.getDisplayName(), 0);
    }
  }

  @Nested
  class NewZealandRulesTest {
    @Test
    @DisplayName("New Zealand - takes part - an Indo-Pacific partner of NATO")
    void takesPart(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              actor("new-zealand", "New Zealand", "indo-pacific-partner", "indo-pacific"));
    }

    @Test
    @DisplayName("New Zealand - partnership with NATO - summit participation")
    void summits(TestInfo t) {
      fire(t.getDisplayName(), world("partners-at-nato-summits"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Interest("new-zealand", "nato-partnership", 0.3));
    }

    @Test
    @DisplayName("New Zealand - shared values - like-minded partner")
    void sharedValues(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("new-zealand", "shared-values", 0.3),
              new Interest("new-zealand", "rules-based-order", 0.25));
    }

    @Test
    @DisplayName("New Zealand - shared interests - cyber and maritime security")
    void sharedInterests(TestInfo t) {
      fire(t.getDisplayName(), world("agenda-for-shared-security-challenges"), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("new-zealand", "cyber", 0.1),
              new Interest("new-zealand", "maritime-security", 0.1));
    }

    @Test
    @DisplayName("New Zealand - wary of a military footprint - independent foreign policy")
    void militaryFootprint(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Concern("new-zealand", "military-expansion", 0.5),
              new Concern("new-zealand", "geostrategic-complication", 0.2));
    }

    @Test
    @DisplayName("New Zealand - shares the communiqué's asks - partner at Vilnius")
    void vilnius(TestInfo t) {
      fire(t.getDisplayName(), VILNIUS)
          .expect(t.getDisplayName(), 1, new Concern("new-zealand", "support-for-russia-war", 0.5));
      fire(t.getDisplayName(), world("partners-at-nato-summits"), UNRELATED)
          .expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName("New Zealand - condemns the war - its vote at the General Assembly")
    void condemnsTheWar(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern("new-zealand", "russia-war", 0.4));
      fire(t.getDisplayName(), UNRELATED).expect(t.getDisplayName(), 0);
    }
  }

  @Nested
  class RepublicOfKoreaRulesTest {
    @Test
    @DisplayName("Republic of Korea - takes part - an Indo-Pacific partner of NATO")
    void takesPart(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              actor(
                  "republic-of-korea",
                  "Republic of Korea",
                  "indo-pacific-partner",
                  "indo-pacific"));
    }

    @Test
    @DisplayName("Republic of Korea - partnership with NATO - summit participation")
    void summits(TestInfo t) {
      fire(t.getDisplayName(), world("partners-at-nato-summits"), UNRELATED)
          .expect(
              t.getDisplayName(), 1, new Interest("republic-of-korea", "nato-partnership", 0.35));
    }

    @Test
    @DisplayName("Republic of Korea - Korean Peninsula - a key focus of the dialogue")
    void peninsula(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("republic-of-korea", "korean-peninsula", 0.5),
              new Interest("republic-of-korea", "crisis-awareness", 0.15));
    }

    @Test
    @DisplayName("Republic of Korea - shared interests - cyber and new technology")
    void sharedInterests(TestInfo t) {
      fire(t.getDisplayName(), world("agenda-for-shared-security-challenges"), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("republic-of-korea", "cyber", 0.2),
              new Interest("republic-of-korea", "new-technology", 0.15),
              new Interest("republic-of-korea", "hybrid-threats", 0.1));
    }

    @Test
    @DisplayName("Republic of Korea - shared values - like-minded partner")
    void sharedValues(TestInfo t) {
      fire(t.getDisplayName(), UNRELATED)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("republic-of-korea", "shared-values", 0.2),
              new Interest("republic-of-korea", "rules-based-order", 0.2));
    }

    @Test
    @DisplayName("Republic of Korea - crisis awareness - a crisis on the Korean Peninsula")
    void crisis(TestInfo t) {
      fire(t.getDisplayName(), world("korean-peninsula-crisis"), UNRELATED)
          .expect(
              t.getDisplayName(), 1, new Interest("republic-of-korea", "crisis-awareness", 0.5));
    }

    @Test
    @DisplayName("Republic of Korea - shares the communiqué's asks - partner at Vilnius")
    void vilnius(TestInfo t) {
      fire(t.getDisplayName(), VILNIUS)
          .expect(
              t.getDisplayName(),
              1,
              new Concern("republic-of-korea", "support-for-russia-war", 0.5));
    }

    @Test
    @DisplayName("Republic of Korea - condemns the war - its vote at the General Assembly")
    void condemnsTheWar(TestInfo t) {
      fire(t.getDisplayName(), world("russia-war-on-ukraine"), UNRELATED)
          .expect(t.getDisplayName(), 1, new Concern("republic-of-korea", "russia-war", 0.4));
      fire(t.getDisplayName(), UNRELATED).expect(t.getDisplayName(), 0);
    }
  }
}
