package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tabletop.engine.model.Direction;

/**
 * Whole-run trials on the miniature knowledge base, checked against what the uncertainty model says
 * they must give: a structural term alone gives the normal's band probabilities, an assumption
 * holds with its confidence in every turn at once, a turn-1 draw is the signal of turn 2, and the
 * numbers do not depend on the number of threads.
 */
class TrialsTest {
  private final Engine engine = MiniBase.engine();

  private Structure played(Map<String, String> knobs, int turns) {
    try (Game g = engine.startQuiet(MiniBase.scenario(), knobs, 0)) {
      for (int i = 0; i < turns; i++) {
        g.next();
      }
      return g.structure();
    }
  }

  @Test
  void theStructuralTermAloneGivesTheNormalsBands() {
    Structure s = played(Map.of(), 1);
    double sd = 0.15;
    TrialResult r = Trials.run(s, new Uncertainty(sd, 0, 0, 0), 1, 40_000);
    // alpha's net is -0.8: oppose is the chance that -0.8 + e stays at or under -0.6
    assertThat(r.reaction(1, "alpha", "m").get(Direction.OPPOSE))
        .isCloseTo(phi(0.2 / sd), offset(0.01));
    // with f off nothing bears on alpha: neutral is the chance that e stays within ±0.2
    Structure off = played(Map.of("f", "off"), 1);
    TrialResult q = Trials.run(off, new Uncertainty(sd, 0, 0, 0), 1, 40_000);
    assertThat(q.reaction(1, "alpha", "m").get(Direction.NEUTRAL))
        .isCloseTo(2 * phi(0.2 / sd) - 1, offset(0.01))
        .isLessThan(0.99);
  }

  @Test
  void anAssumptionHoldsWithItsConfidenceAndItsDrawIsSharedByEveryTurn() {
    Structure s = played(Map.of(), 2);
    TrialResult r = Trials.run(s, new Uncertainty(0, 0, 0, 1), 5, 40_000);
    // beta values x (+0.5) only where "Beta - values x - always" (confidence 0.6) holds
    Map<Direction, Double> t1 = r.reaction(1, "beta", "m");
    assertThat(t1.get(Direction.LEAN_SUPPORT)).isCloseTo(0.6, offset(0.01));
    assertThat(t1.get(Direction.NEUTRAL)).isCloseTo(0.4, offset(0.01));
    // in turn 2 alpha's opposition (-0.9) weighs on beta: -0.4 where it values x, -0.9 where not
    Map<Direction, Double> t2 = r.reaction(2, "beta", "m");
    assertThat(t2.get(Direction.LEAN_OPPOSE)).isCloseTo(0.6, offset(0.01));
    assertThat(t2.get(Direction.OPPOSE)).isCloseTo(0.4, offset(0.01));
  }

  @Test
  void aDrawnReactionIsTheSignalOfTheNextTurn() {
    // alpha's net -0.8 with a wide structural term: alpha opposes in only some trials, and beta
    // turns against the move in turn 2 in those trials alone
    Structure s = played(Map.of(), 2);
    TrialResult r = Trials.run(s, new Uncertainty(0.3, 0, 0, 0), 9, 40_000);
    double alphaOpposes = r.reaction(1, "alpha", "m").get(Direction.OPPOSE);
    assertThat(alphaOpposes).isBetween(0.6, 0.9);
    // beta: +0.5 + e (e drawn once, sd 0.3), plus -0.9 in turn 2 where alpha opposed in turn 1.
    // The move is still on the table in turn 2 only where beta did not support it in turn 1
    // (e < 0.1); there beta is against it (score <= -0.2) for certain where alpha opposed, and
    // where alpha did not only when e <= -0.7.
    Map<Direction, Double> t2 = r.reaction(2, "beta", "m");
    double against = t2.get(Direction.LEAN_OPPOSE) + t2.get(Direction.OPPOSE);
    double otherwise = phi(-0.7 / 0.3) / phi(0.1 / 0.3);
    assertThat(against).isCloseTo(alphaOpposes + (1 - alphaOpposes) * otherwise, offset(0.02));
    assertThat(against).isGreaterThan(otherwise + 0.5);
  }

  @Test
  void theSameSeedGivesTheSameNumbersOnAnyNumberOfThreads() {
    Structure s = played(Map.of(), 3);
    Uncertainty u = Uncertainty.PRIOR;
    TrialResult one = Trials.run(s, u, 7, 10_000, 1, n -> {}, () -> false);
    TrialResult two = Trials.run(s, u, 7, 10_000, 2, n -> {}, () -> false);
    TrialResult three = Trials.run(s, u, 7, 10_000, 3, n -> {}, () -> false);
    assertThat(two.table()).isEqualTo(one.table());
    assertThat(three.table()).isEqualTo(one.table());
    assertThat(Trials.run(s, u, 8, 10_000).table()).isNotEqualTo(one.table());
  }

  @Test
  void progressIsHeardAndAStopKeepsTheTrialsDone() {
    Structure s = played(Map.of(), 2);
    AtomicLong heard = new AtomicLong();
    TrialResult all = Trials.run(s, Uncertainty.PRIOR, 1, 5_000, 2, heard::set, () -> false);
    assertThat(heard.get()).isEqualTo(5_000);
    assertThat(all.stopped()).isFalse();
    AtomicLong calls = new AtomicLong();
    TrialResult stopped =
        Trials.run(s, Uncertainty.PRIOR, 1, 100_000, 1, n -> {}, () -> calls.incrementAndGet() > 3);
    assertThat(stopped.stopped()).isTrue();
    assertThat(stopped.trials()).isPositive().isLessThan(100_000);
    assertThat(stopped.asked()).isEqualTo(100_000);
    // on two threads, one part on the caller's: a stop ends both, and what ran is counted
    AtomicLong asked = new AtomicLong();
    TrialResult two =
        Trials.run(s, Uncertainty.PRIOR, 1, 100_000, 2, n -> {}, () -> asked.incrementAndGet() > 6);
    assertThat(two.stopped()).isTrue();
    assertThat(two.trials()).isPositive().isLessThan(100_000);
  }

  @Test
  void anInterruptOfTheCallerStopsTrialsOnTwoThreadsAndIsKept() {
    Structure s = played(Map.of(), 2);
    Thread.currentThread().interrupt();
    TrialResult r = Trials.run(s, Uncertainty.PRIOR, 1, 100_000, 2, n -> {}, () -> false);
    assertThat(Thread.interrupted()).isTrue();
    assertThat(r.stopped()).isTrue();
    assertThat(r.trials()).isLessThan(100_000);
  }

  @Test
  void outcomesHaveProbabilitiesThatSumToOne() {
    Structure s = played(Map.of(), 2);
    TrialResult r = Trials.run(s, Uncertainty.PRIOR, 3, 10_000);
    for (int turn = 1; turn <= 2; turn++) {
      Map<Trials.Standing, Double> o = r.outcome(turn, "m");
      assertThat(o.values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, offset(1e-9));
      assertThat(o).containsKeys(Trials.Standing.GOES_AHEAD, Trials.Standing.STALLED);
    }
  }

  @Test
  void badArgumentsAreRefused() {
    Structure s = played(Map.of(), 1);
    assertThatThrownBy(() -> Trials.run(s, Uncertainty.PRIOR, 1, 0))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new Uncertainty(Double.NaN, 0, 0, 0))
        .hasMessageContaining("structural");
  }

  /** The standard normal distribution function (Abramowitz and Stegun 26.2.17). */
  private static double phi(double x) {
    double t = 1 / (1 + 0.2316419 * Math.abs(x));
    double poly =
        t
            * (0.319381530
                + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
    return x >= 0 ? 1 - tail : tail;
  }
}
