package tabletop.engine.model;

/**
 * Where an actor effectively stands on a move in a turn: the model's reaction, or the team's
 * decision where a team plays the actor. The institutions count stands.
 */
public record Stand(String actor, String move, int turn, Direction direction, boolean byTeam)
    implements Describable {
  @Override
  public String describe() {
    return actor
        + " stands at "
        + direction.label()
        + " on "
        + move
        + (byTeam ? " (the team's decision)" : "");
  }
}
