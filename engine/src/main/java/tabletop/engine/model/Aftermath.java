package tabletop.engine.model;

/**
 * A world fact that ended during play and how many turns ago: 1 in the first turn without it. The
 * engine keeps it for {@link #TURNS} turns, so rules can let a lasting shift outlive its cause for
 * a while (a run that starts without the fact never has one).
 */
public record Aftermath(String fact, int turnsSince) implements Describable {
  /** Turns an ended fact is remembered. */
  public static final int TURNS = 10;

  @Override
  public String describe() {
    return fact
        + " ended "
        + (turnsSince == 1 ? "this turn" : turnsSince - 1 + " turn(s) ago")
        + " (engine)";
  }
}
