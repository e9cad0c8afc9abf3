package tabletop.engine.model;

/**
 * Something an actor values, with a weight from 0 to 1. A move that serves it counts in the move's
 * favour in that actor's eyes; a move that counters it counts against. {@code given} marks a weight
 * a scenario file gives rather than a rule of the knowledge base.
 */
public record Interest(String actor, String type, double weight, boolean given)
    implements Describable {

  /** An interest the knowledge base derives. */
  public Interest(String actor, String type, double weight) {
    this(actor, type, weight, false);
  }

  @Override
  public String describe() {
    return actor
        + " values "
        + type
        + " (weight "
        + Fmt.num(weight)
        + (given ? ", given by the scenario" : "")
        + ")";
  }
}
