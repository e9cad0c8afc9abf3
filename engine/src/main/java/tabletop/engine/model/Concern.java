package tabletop.engine.model;

/**
 * Something an actor is wary of, with a weight from 0 (indifferent) to 1 (a red line). A move that
 * touches it counts against the move in that actor's eyes.
 */
public record Concern(String actor, String type, double weight) implements Describable {
  @Override
  public String describe() {
    return actor + " is wary of " + type + " (weight " + Fmt.num(weight) + ")";
  }
}
