package tabletop.engine.model;

/**
 * How one actor stands towards another: {@code aligned} (partners, allies, a strategic partnership)
 * or {@code rival} (adversaries, contested legitimacy), with a strength from 0 to 1. Relations are
 * directed; the relation rules insert both directions where the tie is mutual. Role-aware rules
 * read them: criticism of an actor weighs on its aligned partners, and is welcome to its rivals.
 * {@code given} marks a relation a scenario file gives.
 */
public record Relation(String from, String to, String kind, double strength, boolean given)
    implements Describable {
  public static final String ALIGNED = "aligned";
  public static final String RIVAL = "rival";

  public Relation(String from, String to, String kind, double strength) {
    this(from, to, kind, strength, false);
  }

  @Override
  public String describe() {
    return from
        + (ALIGNED.equals(kind) ? " is aligned with " : " is a rival of ")
        + to
        + " (strength "
        + Fmt.num(strength)
        + (given ? ", given by the scenario" : "")
        + ")";
  }
}
