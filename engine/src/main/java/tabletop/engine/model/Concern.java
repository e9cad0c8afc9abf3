package tabletop.engine.model;

/**
 * Something an actor is wary of, with a weight from 0 (indifferent) to 1 (a red line). A move that
 * touches it counts against the move in that actor's eyes; a move that counters it counts for it.
 * {@code given} marks a weight a scenario file gives rather than a rule of the knowledge base.
 */
public record Concern(String actor, String type, double weight, boolean given)
    implements Describable {

  /** A concern the knowledge base derives. */
  public Concern(String actor, String type, double weight) {
    this(actor, type, weight, false);
  }

  @Override
  public String describe() {
    return actor
        + " is wary of "
        + type
        + " (weight "
        + Fmt.num(weight)
        + (given ? ", given by the scenario" : "")
        + ")";
  }
}
