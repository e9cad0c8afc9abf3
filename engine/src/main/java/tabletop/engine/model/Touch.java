package tabletop.engine.model;

/**
 * A move bears on a concern or interest type with a strength from -1 to 1, derived from the move's
 * kind, features and roles by the appraisal rules. A positive strength advances the type (a
 * standing presence advances the picture of military expansion); a negative one counters it (a
 * statement condemning support for Russia's war). {@code on} names the one actor the touch lands on
 * (the host's sovereignty lands on the host), or is empty when it bears on anyone who cares about
 * the type.
 */
public record Touch(String move, String type, double strength, String on) implements Describable {

  /** A touch that bears on anyone who cares about the type. */
  public Touch(String move, String type, double strength) {
    this(move, type, strength, "");
  }

  /**
   * How far a set of touches of one type moves it, for one actor: the strongest advance plus the
   * strongest counter (touches of one type do not add up; the plainest reading of the move counts).
   */
  public static double net(java.util.Collection<?> touches) {
    double up = 0.0;
    double down = 0.0;
    for (Object o : touches) {
      double s = ((Touch) o).strength();
      up = Math.max(up, s);
      down = Math.min(down, s);
    }
    return up + down;
  }

  public boolean onEveryone() {
    return on.isEmpty();
  }

  @Override
  public String describe() {
    return move
        + (strength < 0 ? " counters " : " touches ")
        + type
        + (on.isEmpty() ? "" : " for " + on)
        + " (strength "
        + Fmt.num(Math.abs(strength))
        + ")";
  }
}
