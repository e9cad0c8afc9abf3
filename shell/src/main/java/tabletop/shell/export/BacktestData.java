package tabletop.shell.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Direction;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.backtest.Backtest;

/**
 * Everything a backtest found, as plain data for the terminal, JSON, HTML and Markdown alike: the
 * parameters it ran with, the model's figures beside the base rate's and the model's own run, the
 * targets, per actor and per case, the reliability table, every scored reaction and every record
 * that could not be scored with why. Figures are rounded to four decimals; a figure that does not
 * exist (no reaction to average, no five-direction forecast) is null. The same result gives the
 * same data.
 */
public record BacktestData(
    String cases,
    int caseCount,
    long seed,
    int trials,
    Parameters uncertainty,
    Targets targets,
    List<Line> overall,
    List<Group> byActor,
    List<Group> byCase,
    List<Bin> reliability,
    List<Reaction> reactions,
    List<Skipped> unscored) {

  /** The targets, out of sample: reported beside the figures, never gated. */
  public static final Targets TARGETS = new Targets(0.85, 0.15);

  /** The uncertainty model's global parameters and where they come from. */
  public record Parameters(
      double structural,
      double weightSpread,
      double thresholdSpread,
      double assumptionDoubt,
      String origin) {
    public static Parameters of(Uncertainty u) {
      String origin =
          u.isFitted()
              ? "fitted by calibrate"
              : u.equals(Uncertainty.PRIOR) ? "prior: set by judgement, not calibrated" : "given";
      return new Parameters(
          u.structural(), u.weightSpread(), u.thresholdSpread(), u.assumptionDoubt(), origin);
    }
  }

  /** Accuracy at least {@code accuracy3} and Brier at most {@code brier3}, three buckets. */
  public record Targets(double accuracy3, double brier3) {}

  /** Accuracy, Brier and log score; null where there is nothing to measure. */
  public record Figures(
      int n, Double accuracy3, Double accuracy5, Double brier3, Double brier5, Double logScore) {
    public static Figures of(Backtest.Figures f) {
      return new Figures(
          f.n(),
          round(f.accuracy3()),
          round(f.accuracy5()),
          round(f.brier3()),
          round(f.brier5()),
          round(f.logScore()));
    }
  }

  /** One forecaster of the overall table: the model, the base rate, the model's own run. */
  public record Line(String id, String name, String what, Figures figures) {}

  /** The model's figures for one actor or one case. */
  public record Group(String id, Figures figures) {}

  /** One bin of the reliability diagram. */
  public record Bin(double from, double to, int count, Double meanForecast, Double observed) {}

  /** One recorded reaction with the model's forecast of it. */
  public record Reaction(
      String caseId,
      String actor,
      String move,
      int turn,
      String recorded,
      String source,
      String mostLikely,
      Map<String, Double> buckets,
      Map<String, Double> directions,
      String run,
      double brier3) {}

  /** A recorded reaction the model could not score, and why. */
  public record Skipped(
      String caseId, String actor, String move, int turn, String recorded, String why) {}

  static final String[] BUCKETS = {"support", "neutral", "oppose"};

  /** The data of a backtest over {@code caseCount} cases read from {@code cases}. */
  public static BacktestData of(Backtest.Result r, String cases, int caseCount) {
    List<Line> overall =
        List.of(
            new Line(
                "model",
                "the model",
                "its distribution over the directions, from whole-run trials",
                Figures.of(r.model())),
            new Line(
                "base-rate",
                "base rate",
                "each actor's recorded directions in the other cases (one case left out)",
                Figures.of(r.baseRate())),
            new Line(
                "run",
                "the model's own run",
                "the direction of the run with no uncertainty drawn, taken as certain",
                Figures.of(r.run())));
    List<Reaction> reactions = new ArrayList<>();
    for (Backtest.Scored s : r.scored()) {
      double[] b = s.buckets();
      Map<String, Double> buckets = new LinkedHashMap<>();
      int best = 1;
      for (int i = 0; i < 3; i++) {
        buckets.put(BUCKETS[i], round(b[i]));
      }
      for (int i : new int[] {0, 2}) {
        if (b[i] > b[best] + 1e-12) {
          best = i;
        }
      }
      Map<String, Double> five = new LinkedHashMap<>();
      for (Direction d : Direction.values()) {
        five.put(d.name(), round(s.model().getOrDefault(d, 0.0)));
      }
      int truth = Backtest.bucket(s.record().direction());
      double brier = 0;
      for (int i = 0; i < 3; i++) {
        double o = i == truth ? 1 : 0;
        brier += (b[i] - o) * (b[i] - o);
      }
      reactions.add(
          new Reaction(
              s.caseId(),
              s.record().actor(),
              s.record().move(),
              s.record().turn(),
              s.record().direction().name(),
              s.record().source(),
              BUCKETS[best],
              buckets,
              five,
              s.run() == null ? null : s.run().name(),
              round(brier / 2)));
    }
    List<Skipped> unscored =
        r.unscored().stream()
            .map(
                u ->
                    new Skipped(
                        u.caseId(),
                        u.record().actor(),
                        u.record().move(),
                        u.record().turn(),
                        u.record().direction().name(),
                        u.why()))
            .toList();
    return new BacktestData(
        cases,
        caseCount,
        r.seed(),
        r.trials(),
        Parameters.of(r.uncertainty()),
        TARGETS,
        overall,
        groups(r.byActor()),
        groups(r.byCase()),
        r.reliability().stream()
            .map(
                b ->
                    new Bin(
                        round(b.from()),
                        round(b.to()),
                        b.count(),
                        round(b.meanForecast()),
                        round(b.observed())))
            .toList(),
        reactions,
        unscored);
  }

  private static List<Group> groups(Map<String, Backtest.Figures> by) {
    List<Group> out = new ArrayList<>();
    by.forEach((id, f) -> out.add(new Group(id, Figures.of(f))));
    return out;
  }

  /** The model's line of the overall table. */
  public Line model() {
    return overall.get(0);
  }

  /** Four decimals, half up; null for a figure that does not exist. */
  static Double round(double x) {
    if (!Double.isFinite(x)) {
      return null;
    }
    return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }
}
