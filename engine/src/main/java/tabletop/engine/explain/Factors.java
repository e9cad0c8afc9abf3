package tabletop.engine.explain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tabletop.engine.model.Appraisal;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Fmt;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Position;
import tabletop.engine.model.Relation;
import tabletop.engine.model.Touch;
import tabletop.engine.model.Vocabulary;

/**
 * The factors behind a reaction in words: what weighs for a move and against it, each with its
 * weight, and which facts carry a number the article does not give.
 */
public final class Factors {
  private Factors() {}

  /**
   * Confidence given to the size of a weight or strength the article states no number for: the
   * knowledge base's judgement, shown as an assumption by {@code explain}.
   */
  public static final double UNSTATED_WEIGHT_CONFIDENCE = 0.5;

  /** Confidence given to a weight a scenario file states, unless it says otherwise. */
  public static final double SCENARIO_WEIGHT_CONFIDENCE = 0.5;

  /** The weightiest appraisal for the move (positive), if any. */
  public static Optional<Appraisal> strongestFor(List<Appraisal> appraisals) {
    return appraisals.stream()
        .filter(a -> a.value() > 0)
        .max(Comparator.comparingDouble(Appraisal::value).thenComparing(Appraisal::type));
  }

  /** The weightiest appraisal against the move (negative), if any. */
  public static Optional<Appraisal> strongestAgainst(List<Appraisal> appraisals) {
    return appraisals.stream()
        .filter(a -> a.value() < 0)
        .max(
            Comparator.comparingDouble((Appraisal a) -> -a.value()).thenComparing(Appraisal::type));
  }

  /**
   * "for: partnership with NATO (P10, P21) +0.40; against: geostrategic complication (P23) -0.35",
   * or a plain statement that nothing in the knowledge base bears on the move for the actor.
   */
  public static String mainReason(String actorName, String move, List<Appraisal> appraisals) {
    return mainReason(actorName, move, appraisals, a -> false);
  }

  /**
   * As {@link #mainReason(String, String, List)}; {@code countered} tells an appraisal that comes
   * from the move countering the type (a condemnation of something the actor is wary of, or of
   * something it values), so the reason says "it counters …" rather than naming the type alone.
   */
  public static String mainReason(
      String actorName,
      String move,
      List<Appraisal> appraisals,
      java.util.function.Predicate<Appraisal> countered) {
    Optional<Appraisal> pro = strongestFor(appraisals);
    Optional<Appraisal> con = strongestAgainst(appraisals);
    if (pro.isEmpty() && con.isEmpty()) {
      return "Nothing in the knowledge base bears on " + move + " for " + actorName + ".";
    }
    StringBuilder b = new StringBuilder();
    pro.ifPresent(a -> b.append("for: ").append(what(a, countered)).append(' ').append(signed(a)));
    con.ifPresent(
        a -> {
          if (!b.isEmpty()) {
            b.append("; ");
          }
          b.append("against: ").append(what(a, countered)).append(' ').append(signed(a));
        });
    return b.toString();
  }

  private static String what(Appraisal a, java.util.function.Predicate<Appraisal> countered) {
    return (countered.test(a) ? "it counters " : "") + phrase(a.type());
  }

  /** A type of the vocabulary as words, without the bookkeeping in brackets. */
  public static String phrase(String type) {
    String text = Vocabulary.TYPES.getOrDefault(type, type.replace('-', ' '));
    return text.replace(" (role; appraisal only)", "").replace(" (assumption; appraisal only)", "");
  }

  private static String signed(Appraisal a) {
    return Fmt.signed(a.value());
  }

  /** Whether a derived fact carries a weight or strength whose size someone had to choose. */
  public static boolean weighted(Object fact) {
    return fact instanceof Concern
        || fact instanceof Interest
        || fact instanceof Relation
        || fact instanceof Position
        || (fact instanceof Touch t && Math.abs(t.strength()) != 1.0);
  }

  /** The number a weighted fact carries. */
  public static String number(Object fact) {
    if (fact instanceof Concern c) {
      return Fmt.num(c.weight());
    }
    if (fact instanceof Interest i) {
      return Fmt.num(i.weight());
    }
    if (fact instanceof Relation r) {
      return Fmt.num(r.strength());
    }
    if (fact instanceof Position p) {
      return Fmt.signed(p.value());
    }
    if (fact instanceof Touch t) {
      return Fmt.num(t.strength());
    }
    return "";
  }
}
