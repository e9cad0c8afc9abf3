package tabletop.engine.model;

/**
 * What other actors saw an actor do last turn: its reaction (or its team's override) to a move.
 * Rules for the next turn read signals, so reactions interact across turns.
 */
public record Signal(
    String from, String move, int turn, Direction direction, String eventType, boolean override)
    implements Describable {
  @Override
  public String describe() {
    return "last turn "
        + from
        + " signalled "
        + direction.label()
        + " on "
        + move
        + " ("
        + eventType
        + (override ? ", decided by the team" : "")
        + ")";
  }
}
