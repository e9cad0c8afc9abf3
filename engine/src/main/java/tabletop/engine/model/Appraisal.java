package tabletop.engine.model;

/**
 * How one actor reads one aspect of a move: positive when the move serves something it values,
 * negative when it touches something it is wary of. An actor's reaction weighs all its appraisals.
 */
public record Appraisal(String actor, String move, String type, double value)
    implements Describable {
  @Override
  public String describe() {
    return actor + " reads " + move + " on " + type + " as " + Fmt.signed(value);
  }
}
