package tabletop.engine.scenario;

/**
 * What a knob's value sets. With {@code world}: a boolean knob asserts the world fact when true and
 * retracts it when false; any other knob asserts the world fact with the value. With {@code move}
 * and {@code feature}: the move gets that feature with the value (one feature per item of a set
 * knob).
 */
public record KnobEffect(String world, String move, String feature) {
  public static KnobEffect world(String factId) {
    return new KnobEffect(factId, null, null);
  }

  public static KnobEffect feature(String move, String feature) {
    return new KnobEffect(null, move, feature);
  }

  public boolean setsWorld() {
    return world != null;
  }
}
