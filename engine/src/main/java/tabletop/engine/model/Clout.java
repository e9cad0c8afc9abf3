package tabletop.engine.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * How much an actor counts where a decision is not a veto, apart from what it wants: its {@code
 * capability} (0 to 1: the weight its stand carries with others, such as the pressure it puts on a
 * host) and its {@code salience} per issue (0 to 1: how much it cares). An issue is the region a
 * move concerns (its {@code region} feature: {@code southeast-asia}, {@code indo-pacific}, {@code
 * korean-peninsula}, {@code euro-atlantic} or {@code global}; a move without one is {@code
 * global}). {@code basis} says where the numbers come from and {@code confidence} how far they are
 * trusted; {@code given} marks numbers a scenario file gives. Vetoes stay vetoes: institutions that
 * decide by consensus do not read it.
 */
public record Clout(
    String actor,
    double capability,
    Map<String, Double> salience,
    double defaultSalience,
    String basis,
    double confidence,
    boolean given)
    implements Describable {
  /** The issue of a move that names no region. */
  public static final String GLOBAL = "global";

  /** The capability of an actor a scenario defines and gives none for: a middling state. */
  public static final double DEFAULT_CAPABILITY = 0.2;

  /** The salience of an issue nothing states for an actor: it cares, but not above all. */
  public static final double DEFAULT_SALIENCE = 0.5;

  /** Confidence in numbers a scenario gives without saying otherwise (as for its weights). */
  public static final double SCENARIO_CONFIDENCE = 0.5;

  public Clout {
    salience = java.util.Collections.unmodifiableMap(new TreeMap<>(salience));
  }

  /**
   * How much the actor cares about an issue: the stated salience; for a part of the Indo-Pacific
   * ({@code southeast-asia}, {@code korean-peninsula}) with none stated, the Indo-Pacific's; else
   * the actor's default.
   */
  public double salience(String issue) {
    String key = issue == null || issue.isEmpty() ? GLOBAL : issue;
    Double v = salience.get(key);
    if (v == null && (key.equals("southeast-asia") || key.equals("korean-peninsula"))) {
      v = salience.get("indo-pacific");
    }
    return v == null ? defaultSalience : v;
  }

  /** Capability times salience: how hard the actor's stand on the issue weighs with others. */
  public double weightOn(String issue) {
    return capability * salience(issue);
  }

  /**
   * The same actor with a scenario's numbers over these: the capability if given, each salience
   * given replacing this one's.
   */
  public Clout adjusted(Double newCapability, Map<String, Double> newSalience) {
    Map<String, Double> s = new TreeMap<>(salience);
    s.putAll(newSalience);
    return new Clout(
        actor,
        newCapability == null ? capability : newCapability,
        s,
        defaultSalience,
        basis + "; adjusted by the scenario",
        Math.min(confidence, SCENARIO_CONFIDENCE),
        true);
  }

  /** The clout of an actor a scenario defines: its numbers, or the defaults. */
  public static Clout ofScenario(String actor, Double capability, Map<String, Double> salience) {
    boolean stated = capability != null || !salience.isEmpty();
    return new Clout(
        actor,
        capability == null ? DEFAULT_CAPABILITY : capability,
        salience,
        DEFAULT_SALIENCE,
        stated
            ? "given by the scenario"
            : "the default for an actor a scenario defines (capability "
                + Fmt.num(DEFAULT_CAPABILITY)
                + ", salience "
                + Fmt.num(DEFAULT_SALIENCE)
                + " on every issue)",
        SCENARIO_CONFIDENCE,
        stated);
  }

  @Override
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(actor).append(" has capability ").append(Fmt.num(capability)).append("; salience ");
    salience.forEach((k, v) -> b.append(k).append(' ').append(Fmt.num(v)).append(", "));
    b.append("otherwise ").append(Fmt.num(defaultSalience));
    return b.toString();
  }
}
