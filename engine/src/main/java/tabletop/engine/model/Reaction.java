package tabletop.engine.model;

/**
 * An actor's likely reaction to a move in a turn: a direction, an intensity from 0 to 1 and the net
 * appraisal it comes from. The event type follows from direction and intensity.
 */
public record Reaction(
    String actor, String move, int turn, Direction direction, double intensity, double score)
    implements Describable {

  public static Reaction fromScore(String actor, String move, int turn, double score) {
    double rounded = Math.round(score * 1000.0) / 1000.0;
    double intensity = Math.min(1.0, Math.round(Math.abs(score) * 100.0) / 100.0);
    return new Reaction(actor, move, turn, Direction.fromScore(rounded), intensity, rounded);
  }

  public EventType eventType() {
    return EventType.forReaction(direction, intensity);
  }

  @Override
  public String describe() {
    return actor
        + " would "
        + direction.verbPhrase()
        + " "
        + move
        + " (net "
        + Fmt.signed(score)
        + ")";
  }
}
