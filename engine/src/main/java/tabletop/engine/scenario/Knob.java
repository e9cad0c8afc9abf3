package tabletop.engine.scenario;

import java.util.List;

/**
 * A setting a facilitator or student can turn before or during a run, and what each value sets in
 * the world or on a move.
 *
 * @param values allowed values for {@link Type#CHOICE} and {@link Type#SET} knobs
 * @param min lower bound of a {@link Type#NUMBER} knob, or null
 * @param max upper bound of a {@link Type#NUMBER} knob, or null
 * @param effects what the knob's value sets
 * @param negotiable whether {@code deal} may change it when it searches for a package that lets a
 *     move go ahead
 */
public record Knob(
    String name,
    Type type,
    String defaultValue,
    List<String> values,
    Double min,
    Double max,
    String description,
    List<KnobEffect> effects,
    boolean negotiable) {

  public Knob {
    values = List.copyOf(values);
    effects = List.copyOf(effects);
  }

  /** A knob that {@code deal} leaves as it is. */
  public Knob(
      String name,
      Type type,
      String defaultValue,
      List<String> values,
      Double min,
      Double max,
      String description,
      List<KnobEffect> effects) {
    this(name, type, defaultValue, values, min, max, description, effects, false);
  }

  /** Whether a value of this knob becomes a feature of the move. */
  public boolean setsFeatureOf(String move) {
    return effects.stream().anyMatch(e -> move.equals(e.move()));
  }

  /** Whether a value of this knob sets a world fact. */
  public boolean setsWorld() {
    return effects.stream().anyMatch(KnobEffect::setsWorld);
  }

  public enum Type {
    /** true or false. */
    BOOLEAN,
    /** one of {@code values}. */
    CHOICE,
    /** any comma-separated subset of {@code values}. */
    SET,
    /** a number between {@code min} and {@code max}. */
    NUMBER
  }
}
