package tabletop.engine.model;

/**
 * A move off the table: decided in a turn (it goes ahead, is declined or blocked) or withdrawn by
 * whoever tabled it. The engine inserts it once a turn's decisive outcome stands, and deletes it
 * when a cause reopens the move; the rules that judge moves leave a decided move alone.
 */
public record Decided(String move, Outcome.Status status, int turn) implements Describable {
  @Override
  public String describe() {
    return move
        + " was decided in turn "
        + turn
        + ": "
        + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
