package tabletop.scenarios.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import tabletop.engine.sim.Uncertainty;

/**
 * Fits the few global parameters of the uncertainty model (never a knowledge weight) on the case
 * library by a grid search that minimises the three-bucket Brier score, with leave-one-case-out
 * cross-validation: for each case, the parameters are fitted on the other cases and the case is
 * scored with them, so the out-of-sample figures never saw the case they score. The values to
 * commit are then fitted on every case.
 */
public final class Calibration {
  /** The grid searched: every combination of these values. */
  public static final double[] STRUCTURAL = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7};

  public static final double[] WEIGHT_SPREAD = {0.0, 0.5, 1.0, 1.5, 2.0};
  public static final double[] THRESHOLD_SPREAD = {0.0, 0.3};
  public static final double[] ASSUMPTION_DOUBT = {0.0, 0.5, 1.0};

  /** Trials per case and grid point; the same seed for every point (common random numbers). */
  public static final int TRIALS = 4000;

  private Calibration() {}

  /** The parameters one fold fitted, and the case it left out. */
  public record Fold(String leftOut, Uncertainty fitted, double trainBrier, double testBrier) {}

  /** What a calibration found. */
  public record Result(
      List<Fold> folds,
      Backtest.Figures outOfSample,
      Backtest.Figures baseRate,
      Uncertainty fitted,
      Backtest.Figures inSample,
      Backtest.Figures prior,
      int gridPoints,
      int trials) {

    /** The properties file to commit: the fitted values and the figures they gave. */
    public String properties() {
      StringBuilder sb = new StringBuilder();
      sb.append("# The uncertainty model's global parameters, fitted by 'calibrate' on the case\n");
      sb.append("# library (scenarios/cases) by grid search on the three-bucket Brier score.\n");
      sb.append(
          String.format(
              Locale.ROOT,
              "# Leave-one-case-out, out of sample: accuracy (3 buckets) %.3f, Brier %.3f, log score %.3f over %d reactions.%n",
              outOfSample.accuracy3(),
              outOfSample.brier3(),
              outOfSample.logScore(),
              outOfSample.n()));
      sb.append(
          String.format(
              Locale.ROOT,
              "# Base rate (each actor's recorded directions in the other cases): accuracy %.3f, Brier %.3f.%n",
              baseRate.accuracy3(),
              baseRate.brier3()));
      sb.append(
          String.format(
              Locale.ROOT,
              "# In sample with these values: accuracy %.3f, Brier %.3f; with the prior values: accuracy %.3f, Brier %.3f.%n",
              inSample.accuracy3(),
              inSample.brier3(),
              prior.accuracy3(),
              prior.brier3()));
      sb.append(
          String.format(
              Locale.ROOT,
              "# Grid of %d points, %d trials per case and point.%n",
              gridPoints,
              trials));
      sb.append(String.format(Locale.ROOT, "structural=%s%n", fitted.structural()));
      sb.append(String.format(Locale.ROOT, "weightSpread=%s%n", fitted.weightSpread()));
      sb.append(String.format(Locale.ROOT, "thresholdSpread=%s%n", fitted.thresholdSpread()));
      sb.append(String.format(Locale.ROOT, "assumptionDoubt=%s%n", fitted.assumptionDoubt()));
      return sb.toString();
    }
  }

  /** Every point of the grid. */
  public static List<Uncertainty> grid() {
    List<Uncertainty> out = new ArrayList<>();
    for (double s : STRUCTURAL) {
      for (double w : WEIGHT_SPREAD) {
        for (double t : THRESHOLD_SPREAD) {
          for (double a : ASSUMPTION_DOUBT) {
            out.add(new Uncertainty(s, w, t, a));
          }
        }
      }
    }
    return out;
  }

  /**
   * Runs the calibration. {@code progress} hears the number of grid points scored so far (of {@link
   * #grid()}'s size).
   */
  public static Result run(List<Backtest.Case> cases, long seed, IntConsumer progress) {
    List<Uncertainty> grid = grid();
    // per grid point, the scored reactions of every case (scored once, reused by every fold)
    List<List<Backtest.Scored>> byPoint = new ArrayList<>();
    for (int i = 0; i < grid.size(); i++) {
      byPoint.add(Backtest.run(cases, grid.get(i), seed, TRIALS).scored());
      progress.accept(i + 1);
    }
    List<String> ids = cases.stream().map(Backtest.Case::id).toList();
    List<Fold> folds = new ArrayList<>();
    List<Backtest.Scored> outOfSample = new ArrayList<>();
    for (String left : ids) {
      int best = -1;
      double bestBrier = Double.POSITIVE_INFINITY;
      for (int i = 0; i < grid.size(); i++) {
        double b = brier(byPoint.get(i), left, false);
        if (b < bestBrier - 1e-12) {
          bestBrier = b;
          best = i;
        }
      }
      List<Backtest.Scored> test =
          byPoint.get(best).stream().filter(s -> s.caseId().equals(left)).toList();
      outOfSample.addAll(test);
      folds.add(new Fold(left, grid.get(best), bestBrier, brier(byPoint.get(best), left, true)));
    }
    int best = -1;
    double bestBrier = Double.POSITIVE_INFINITY;
    for (int i = 0; i < grid.size(); i++) {
      double b = brier(byPoint.get(i), null, false);
      if (b < bestBrier - 1e-12) {
        bestBrier = b;
        best = i;
      }
    }
    List<Backtest.Scored> all = Backtest.withBaseRates(outOfSample);
    Backtest.Result oos = new Backtest.Result(grid.get(best), seed, TRIALS, all, List.of());
    Backtest.Result in =
        new Backtest.Result(grid.get(best), seed, TRIALS, byPoint.get(best), List.of());
    Backtest.Result prior = Backtest.run(cases, Uncertainty.PRIOR, seed, TRIALS);
    return new Result(
        folds,
        oos.model(),
        oos.baseRate(),
        grid.get(best),
        in.model(),
        prior.model(),
        grid.size(),
        TRIALS);
  }

  /** Mean three-bucket Brier over the scored reactions of every case but one, or of one case. */
  static double brier(List<Backtest.Scored> scored, String caseId, boolean only) {
    double sum = 0;
    int n = 0;
    for (Backtest.Scored s : scored) {
      boolean in =
          caseId == null || (only ? s.caseId().equals(caseId) : !s.caseId().equals(caseId));
      if (!in) {
        continue;
      }
      double[] p = s.buckets();
      int truth = Backtest.bucket(s.record().direction());
      double b = 0;
      for (int i = 0; i < 3; i++) {
        double o = i == truth ? 1 : 0;
        b += (p[i] - o) * (p[i] - o);
      }
      sum += b / 2;
      n++;
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
