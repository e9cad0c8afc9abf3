package tabletop.engine.report;

/**
 * A decided or withdrawn move put back on the table at the start of a turn, and what put it back:
 * {@code cause} is {@code inject}, {@code knob}, {@code decision}, {@code amendment} or {@code
 * move} (tabled again), and {@code source} names it (the inject's title, the knob, the actor whose
 * team decided, the move).
 */
public record ReopenedView(String move, String cause, String source) {
  public static final String INJECT = "inject";
  public static final String KNOB = "knob";
  public static final String DECISION = "decision";
  public static final String AMENDMENT = "amendment";
  public static final String MOVE = "move";

  /** In words, e.g. {@code coe reopened by the inject 'Beijing answers'}. */
  public String describe() {
    return move
        + " reopened by "
        + (DECISION.equals(cause)
            ? "the decision of the team playing " + source
            : "the " + cause + " '" + source + "'");
  }
}
