package tabletop.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capability and salience of the actors the knowledge base defines. The article states no
 * numbers for either: every figure here is the knowledge base's judgement, marked as an assumption
 * with a confidence. Capability orders the actors by the weight of their military and economic
 * means and the reach of their diplomacy (the largest military budgets are, in order, the United
 * States', China's and Russia's on every public tally of recent years); salience says how much an
 * actor cares about each region (issue), read from where the article and the record put its
 * interests. An actor not listed here gets {@link Clout#ofScenario} defaults.
 */
public final class Clouts {
  private Clouts() {}

  private static final Map<String, Clout> BUILT_IN = new LinkedHashMap<>();

  private static void put(
      String actor, double capability, double confidence, String why, Object... salience) {
    Map<String, Double> s = new LinkedHashMap<>();
    for (int i = 0; i < salience.length; i += 2) {
      s.put((String) salience[i], ((Number) salience[i + 1]).doubleValue());
    }
    BUILT_IN.put(
        actor,
        new Clout(
            actor,
            capability,
            s,
            Clout.DEFAULT_SALIENCE,
            "assumption (the knowledge base's judgement; the article gives no numbers): " + why,
            confidence,
            false));
  }

  static {
    put(
        "united-states",
        1.0,
        0.8,
        "the largest military budget and economy, engaged in both regions",
        "indo-pacific",
        0.9,
        "korean-peninsula",
        0.9,
        "southeast-asia",
        0.8,
        "euro-atlantic",
        0.8,
        "global",
        0.8);
    put(
        "china",
        0.85,
        0.75,
        "the second military budget and economy; its region's leading power (P14, P23)",
        "indo-pacific",
        1.0,
        "southeast-asia",
        0.95,
        "korean-peninsula",
        0.8,
        "euro-atlantic",
        0.4,
        "global",
        0.6);
    put(
        "nato",
        0.9,
        0.6,
        "the Alliance's pooled weight, its focus the Euro-Atlantic (P3), the Indo-Pacific newly on"
            + " its agenda (P13)",
        "euro-atlantic",
        1.0,
        "indo-pacific",
        0.5,
        "southeast-asia",
        0.4,
        "korean-peninsula",
        0.4,
        "global",
        0.6);
    put(
        "russia",
        0.5,
        0.6,
        "a large military at war in Europe, with less reach in Asia",
        "euro-atlantic",
        1.0,
        "indo-pacific",
        0.4,
        "southeast-asia",
        0.2,
        "korean-peninsula",
        0.5,
        "global",
        0.6);
    put(
        "japan",
        0.45,
        0.6,
        "a large economy with growing defence means, engaged in its own region (P20, P21)",
        "indo-pacific",
        0.9,
        "korean-peninsula",
        0.9,
        "southeast-asia",
        0.7,
        "euro-atlantic",
        0.5,
        "global",
        0.5);
    put(
        "republic-of-korea",
        0.35,
        0.6,
        "a strong military and economy centred on the Peninsula (P11)",
        "korean-peninsula",
        1.0,
        "indo-pacific",
        0.7,
        "southeast-asia",
        0.5,
        "euro-atlantic",
        0.3,
        "global",
        0.4);
    put(
        "australia",
        0.3,
        0.6,
        "a middle power with its interests in its own region",
        "indo-pacific",
        0.9,
        "southeast-asia",
        0.9,
        "korean-peninsula",
        0.4,
        "euro-atlantic",
        0.4,
        "global",
        0.5);
    put(
        "new-zealand",
        0.1,
        0.6,
        "a small state with a diplomatic voice in the Pacific",
        "indo-pacific",
        0.7,
        "southeast-asia",
        0.5,
        "korean-peninsula",
        0.3,
        "euro-atlantic",
        0.3,
        "global",
        0.4);
    put(
        "ukraine",
        0.2,
        0.5,
        "a state at war whose means go to its defence",
        "euro-atlantic",
        1.0,
        "indo-pacific",
        0.2,
        "southeast-asia",
        0.1,
        "korean-peninsula",
        0.3,
        "global",
        0.5);
    put(
        "southeast-asian-host",
        0.15,
        0.5,
        "a Southeast Asian state of middling means (P24)",
        "southeast-asia",
        1.0,
        "indo-pacific",
        0.8,
        "korean-peninsula",
        0.3,
        "euro-atlantic",
        0.1,
        "global",
        0.4);
    put(
        "wary-indo-pacific-states",
        0.35,
        0.5,
        "several states of the region together, each of middling means (P23)",
        "indo-pacific",
        0.8,
        "southeast-asia",
        0.9,
        "korean-peninsula",
        0.5,
        "euro-atlantic",
        0.2,
        "global",
        0.4);
  }

  /** The built-in clout of an actor, or the defaults of an actor a scenario defines. */
  public static Clout of(String actor) {
    Clout c = BUILT_IN.get(actor);
    return c != null ? c : Clout.ofScenario(actor, null, Map.of());
  }

  /** Whether the knowledge base states the actor's clout. */
  public static boolean builtIn(String actor) {
    return BUILT_IN.containsKey(actor);
  }
}
