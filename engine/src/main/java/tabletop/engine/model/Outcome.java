package tabletop.engine.model;

/**
 * What the institutions make of a move: whether it goes ahead, is blocked (NATO consensus fails),
 * or is declined (the host says no on its own territory); or that whoever tabled it withdrew it.
 */
public record Outcome(String move, Status status, String by, String reason) implements Describable {
  public enum Status {
    GOES_AHEAD(0),
    STALLED(1),
    DECLINED(2),
    BLOCKED(3),
    WITHDRAWN(4);

    private final int weight;

    Status(int weight) {
      this.weight = weight;
    }

    /** How much it weighs when a move meets several outcomes in a turn: a block weighs most. */
    public int weight() {
      return weight;
    }

    /** True for a status that takes the move off the table: all but a stall. */
    public boolean decisive() {
      return this != STALLED;
    }
  }

  @Override
  public String describe() {
    return move
        + " "
        + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (by == null || by.isEmpty() ? "" : " (" + by + ")")
        + ": "
        + reason;
  }
}
