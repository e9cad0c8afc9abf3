package tabletop.shell.render;

import java.util.Map;
import java.util.Optional;
import tabletop.engine.model.Direction;
import tabletop.engine.report.ReactionView;

/** Reading a reaction's distribution over the five directions. */
public final class Likelihoods {
  private Likelihoods() {}

  /**
   * How likely the model holds {@code direction} for this reaction: its share of the distribution
   * (0 when the distribution leaves it out), or null when the reaction carries no distribution. For
   * a team's decision this is the model's probability for the team's choice.
   */
  public static Double of(ReactionView r, String direction) {
    if (r.distribution().isEmpty()) {
      return r.overridden() ? null : r.likelihood();
    }
    Optional<Direction> want = Direction.parse(direction);
    double p = 0;
    for (Map.Entry<String, Double> e : r.distribution().entrySet()) {
      Optional<Direction> got = Direction.parse(e.getKey());
      if (want.isPresent() ? want.equals(got) : e.getKey().equals(direction)) {
        p += e.getValue();
      }
    }
    return p;
  }

  /** The likelihood of the direction shown (the team's, for a team's decision). */
  public static Double shown(ReactionView r) {
    return r.overridden() ? of(r, r.direction()) : r.likelihood();
  }

  /** The most likely direction of the distribution, if there is one. */
  public static Optional<String> mostLikely(ReactionView r) {
    return r.distribution().entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  /** Whether another direction is more likely overall than the model's. */
  public static boolean lessLikelyThanAnother(ReactionView r) {
    String model = r.overridden() ? r.modelDirection() : r.direction();
    return mostLikely(r)
        .filter(m -> !Direction.parse(m).equals(Direction.parse(model)))
        .filter(m -> r.distribution().get(m) > Optional.ofNullable(of(r, model)).orElse(0.0))
        .isPresent();
  }
}
