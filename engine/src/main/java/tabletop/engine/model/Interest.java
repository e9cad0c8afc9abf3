package tabletop.engine.model;

/**
 * Something an actor values, with a weight from 0 to 1. A move that serves it counts in the move's
 * favour in that actor's eyes.
 */
public record Interest(String actor, String type, double weight) implements Describable {
  @Override
  public String describe() {
    return actor + " values " + type + " (weight " + Fmt.num(weight) + ")";
  }
}
