package tabletop.engine.model;

/**
 * A scenario's adjustment of a built-in actor: the knowledge base's {@code kind} ("concern",
 * "interest" or "relation") of {@code actor} for {@code key} (a type, or the other actor of a
 * relation) gives way to the scenario's own value, or to nothing when the scenario sets it to 0.
 */
public record Adjustment(String actor, String kind, String key) implements Describable {
  @Override
  public String describe() {
    return "the scenario sets " + actor + "'s " + kind + " " + key + " itself";
  }
}
