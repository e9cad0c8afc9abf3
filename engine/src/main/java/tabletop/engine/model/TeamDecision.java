package tabletop.engine.model;

/**
 * A team's decision for an actor in a turn, replacing the model's reaction; other actors see it as
 * a signal next turn, and the institutions count it.
 */
public record TeamDecision(String actor, String move, int turn, Direction direction, String reason)
    implements Describable {
  @Override
  public String describe() {
    return "the team playing "
        + actor
        + " decided "
        + direction.label()
        + " on "
        + move
        + ": "
        + reason;
  }
}
