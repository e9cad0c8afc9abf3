package tabletop.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shared words of rules and scenario files: concern and interest types, move features and
 * kinds, and the world facts the knowledge base reads. A scenario that uses a word not listed here
 * is refused with a suggestion, so a typo never silently does nothing.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** Concern and interest types: what a move can touch. */
  public static final Map<String, String> TYPES =
      ordered(
          "military-expansion", "the perception of NATO military expansion in the region (P22)",
          "no-military-expansion-assurance",
              "NATO's assurance that it has no plans for military expansion (P22)",
          "geostrategic-complication",
              "complication of an already complex geostrategic landscape (P23)",
          "nato-legitimacy", "NATO's legitimacy and role beyond the Euro-Atlantic (P14)",
          "out-of-area-focus", "NATO's attention drifting from its Euro-Atlantic core (P3)",
          "euro-atlantic-security-link",
              "the bearing of Indo-Pacific developments on Euro-Atlantic security (P6, P13)",
          "sovereignty", "sovereignty and non-interference on a state's own territory (assumption)",
          "shared-values", "democracy, human rights and shared values (P7)",
          "rules-based-order", "the rules-based international order (P9)",
          "nato-partnership", "partnership with NATO (P10, P21)",
          "nato-commitment", "a NATO visibly committed to its partners (P10)",
          "crisis-awareness", "shared awareness and coordinated response in crises (P11, P24)",
          "cyber", "cyber threats and cyber defence (P8, P12)",
          "hybrid-threats", "hybrid threats (P12)",
          "maritime-security", "maritime security (P8)",
          "terrorism", "terrorism (P8)",
          "new-technology", "new technology (P12)",
          "russia-war", "Russia's war on Ukraine and its course (P11, P17, P20)",
          "support-for-russia-war",
              "military, logistical or lethal support to Russia's war effort (P17, P19)",
          "china-rise", "the ascent of China and shifts in global power (P11)",
          "china-russia-partnership",
              "the deepening strategic partnership of China and Russia (P15)",
          "china-opposition", "China's opposition to a move, seen by others (P14, P23)",
          "korean-peninsula", "the security status of the Korean Peninsula (P11)",
          "un-charter-breach",
              "acts at odds with the purposes and principles of the UN Charter (P16, P18)",
          "own-move", "an actor backs a move it tables itself (assumption; appraisal only)",
          "takes-part",
              "an actor backs another's move it takes part in (assumption; appraisal only)",
          "territorial-disputes", "territorial disputes in the Indo-Pacific (P6)",
          "nuclear-proliferation", "nuclear proliferation (P6)",
          "regional-conflict",
              "regional conflicts that can reach the wider security environment (P6)",
          "collective-security-confidence",
              "trust among NATO's partners and confidence in collective security (P14)",
          "constructive-unsc-role",
              "a constructive role at the UN Security Council by a permanent member (P16)",
          "vilnius-asks-met", "China meeting one of the Vilnius communiqué's asks (P15-P19)",
          "targeted",
              "being criticised, sanctioned or acted against by the move (role; appraisal only)",
          "partner-targeted",
              "an aligned actor is criticised or acted against (role; appraisal only)",
          "adversary-targeted", "a rival is criticised or acted against (role; appraisal only)",
          "favoured",
              "being favoured by the move: a recipient, a beneficiary (role; appraisal only)",
          "partner-favoured", "an aligned actor is favoured by the move (role; appraisal only)",
          "adversary-favoured", "a rival is favoured by the move (role; appraisal only)",
          "ally-initiative", "a move led by an aligned actor (role; appraisal only)",
          "rival-initiative", "a rival's initiative that others join (role; appraisal only)",
          "red-line", "a move crosses a red line the actor stated (appraisal only)");

  /** Appraisal types that come from a move's roles and the actors' relations, not a touch. */
  public static final Set<String> ROLE_TYPES =
      Set.of(
          "own-move",
          "takes-part",
          "china-opposition",
          "targeted",
          "partner-targeted",
          "adversary-targeted",
          "favoured",
          "partner-favoured",
          "adversary-favoured",
          "ally-initiative",
          "rival-initiative",
          "red-line");

  /** Move features: name to the values it takes (empty: any value, such as an actor id). */
  public static final Map<String, Set<String>> FEATURES =
      Map.ofEntries(
          Map.entry(
              "region",
              Set.of(
                  "southeast-asia", "indo-pacific", "korean-peninsula", "euro-atlantic", "global")),
          Map.entry("host", Set.of()),
          Map.entry("military-component", Set.of("none", "training", "standing-presence")),
          Map.entry(
              "scope",
              Set.of(
                  "cyber",
                  "hybrid-threats",
                  "maritime-security",
                  "terrorism",
                  "new-technology",
                  "territorial-disputes",
                  "nuclear-proliferation",
                  "regional-conflict")),
          Map.entry("funding", Set.of("nato-led", "joint", "host-led")),
          Map.entry("joins", Set.of()),
          Map.entry("against", Set.of()),
          Map.entry("favours", Set.of()),
          Map.entry("condemns", condemnable()),
          Map.entry("echoes", Set.of("russia-narrative")),
          // the institution whose consensus the move needs besides NATO's for its own moves
          Map.entry("consensus", Set.of("asean")),
          // a counter-move's link to the move it answers, and the move an assurance is given for
          Map.entry("answers", Set.of()),
          Map.entry("assures", Set.of()));

  /**
   * What a move may condemn (read for statements, Security Council positions, forums, summits and
   * sanctions): any concern or interest type that is not a role's.
   */
  private static Set<String> condemnable() {
    Set<String> out = new java.util.TreeSet<>(TYPES.keySet());
    out.removeAll(ROLE_TYPES);
    out.remove("no-military-expansion-assurance");
    return Set.copyOf(out);
  }

  /**
   * Features whose values are actor ids: the roles of a move besides its leader. {@code joins}: the
   * participants; {@code host}: on whose territory it sits; {@code against}: whom it criticises,
   * sanctions or acts against; {@code favours}: whom it benefits (a recipient of aid).
   */
  public static final Set<String> ROLES = Set.of("joins", "host", "against", "favours");

  /**
   * The old {@code target} feature, still read: its meaning follows the move's kind. Lethal aid
   * goes to its target (favours); anything else criticises or acts against it (against).
   */
  public static String roleOfTarget(String kind) {
    return "lethal-aid".equals(kind) ? "favours" : "against";
  }

  /** Move kinds the rules know. */
  public static final Map<String, String> MOVE_KINDS =
      ordered(
          "centre-of-excellence", "establish a NATO Centre of Excellence (P24)",
          "coe-participation", "partners join existing NATO Centres of Excellence (P24)",
          "cooperation-programme", "a cooperation programme under a NATO-partner agreement (P12)",
          "summit-participation", "partner leaders at a NATO summit (P10)",
          "statement", "a public statement or communiqué (P15-P19, P22)",
          "military-deployment", "forces deployed to the region (P22)",
          "lethal-aid", "lethal aid delivered to a party at war (P19)",
          "consultation", "NATO-partner consultation on critical events (P11, P24)",
          "liaison-office",
              "a NATO liaison office in a partner country, a standing channel of cooperation (P10, P24)",
          "exercise", "a military or civil exercise",
          "sanction", "sanctions or other coercive economic measures",
          "forum", "a regional forum, pact or initiative an actor convenes and others join",
          "un-security-council", "a position or vote at the UN Security Council (P16)");

  /** World facts the knowledge base reads. */
  public static final Map<String, String> WORLD_FACTS =
      ordered(
          "russia-war-on-ukraine", "Russia wages its war of aggression against Ukraine (P17, P20)",
          "agenda-for-shared-security-challenges",
              "the Agenda for Tackling Shared Security Challenges, April 2022 (P12)",
          "strategic-concept-2022",
              "the 2022 Strategic Concept names the Indo-Pacific for the first time (P13)",
          "partners-at-nato-summits",
              "partner leaders at the Madrid 2022 and Vilnius 2023 summits (P10)",
          "vilnius-communique-asks-of-china",
              "the Vilnius communiqué's wish list for China (P15-P19)",
          "china-russia-partnership",
              "the deepening strategic partnership of China and Russia (P15)",
          "china-rhetorical-attack-on-nato", "China's rhetorical attack on NATO's legitimacy (P14)",
          "nato-no-military-expansion-statement",
              "NATO members state there are no plans for military expansion in the region (P22)",
          "nato-restates-no-military-expansion",
              "NATO restates, for this move, that it has no plans for military expansion (P22)",
          "china-lethal-aid-to-russia",
              "China provides lethal aid to Russia, against the communiqué's ask (P19)",
          "korean-peninsula-crisis", "a security crisis on the Korean Peninsula (P11)",
          "war-escalation-risk",
              "derived (world.drl): external lethal aid risks escalating Russia's war (P19)",
          "china-defies-vilnius-asks",
              "derived (world.drl): China acts against the communiqué's asks (P15, P19)");

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
