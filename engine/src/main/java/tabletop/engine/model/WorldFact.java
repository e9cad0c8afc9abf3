package tabletop.engine.model;

/**
 * A state of the world the scenario asserts, such as {@code russia-war-on-ukraine}. The value is
 * {@code "true"} for plain facts, or a setting such as a host's name.
 */
public record WorldFact(String id, String value) implements Describable {
  public static WorldFact of(String id) {
    return new WorldFact(id, "true");
  }

  @Override
  public String describe() {
    return "true".equals(value) ? "world: " + id : "world: " + id + " = " + value;
  }
}
