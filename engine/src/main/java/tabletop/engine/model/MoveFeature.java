package tabletop.engine.model;

/**
 * One property of a move: its region, host, military component, a scope item, who joins, and so on.
 * A feature with several values is several facts.
 */
public record MoveFeature(String move, String name, String value) implements Describable {
  @Override
  public String describe() {
    return move + " has " + name + " = " + value;
  }
}
