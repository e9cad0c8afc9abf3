package tabletop.shell.render;

import static tabletop.shell.export.BacktestWords.direction;
import static tabletop.shell.export.BacktestWords.percent;
import static tabletop.shell.export.BacktestWords.score;
import static tabletop.shell.export.BacktestWords.whole;

import java.util.List;
import java.util.Locale;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.backtest.Backtest;
import tabletop.scenarios.backtest.Calibration;
import tabletop.shell.export.BacktestData;
import tabletop.shell.export.BacktestWords;

/**
 * The terminal screens of {@code backtest} and {@code calibrate}: the model's figures beside the
 * base rate and the model's own run with the targets shown as targets, per actor and per case, the
 * reliability table and the records not scored; for a calibration, each fold's fitted parameters,
 * the out-of-sample figures and the prior against the fitted values.
 */
public final class BacktestScreen {
  private final Display d;

  public BacktestScreen(Display display) {
    this.d = display;
  }

  public String backtest(BacktestData data) {
    StringBuilder sb = new StringBuilder();
    BacktestData.Figures m = data.model().figures();
    sb.append(
        d.bold(
            "Backtest: "
                + Text.count(data.caseCount(), "case")
                + ", "
                + Text.count(m.n(), "recorded reaction")
                + " scored"
                + (data.unscored().isEmpty() ? "" : ", " + data.unscored().size() + " not scored")
                + "\n"));
    sb.append(
        Text.block(
            "From "
                + data.cases()
                + "; "
                + data.trials()
                + " whole-run trials per case, seed "
                + data.seed()
                + ". Uncertainty: "
                + parameters(data.uncertainty())
                + " ("
                + data.uncertainty().origin()
                + ").",
            d.width(),
            ""));
    sb.append('\n');
    Table t =
        new Table(
            "forecast", "reactions", "accuracy 3", "accuracy 5", "Brier 3", "Brier 5", "log score");
    for (BacktestData.Line l : data.overall()) {
      row(t, l.name(), l.figures());
    }
    t.row(
        "target",
        "",
        "≥ " + percent(data.targets().accuracy3()),
        "",
        "≤ " + score(data.targets().brier3()),
        "",
        "");
    sb.append(t.render(d));
    sb.append(
        d.dim(
            Text.block(
                "3: three buckets (support / neutral / oppose); 5: the five directions. The base"
                    + " rate is each actor's recorded directions in the other cases; the own run"
                    + " is the model's direction with no uncertainty drawn, taken as certain. The"
                    + " target is for out-of-sample figures (calibrate), reported, not gated.",
                d.width(),
                "")));
    sb.append('\n').append(Text.block(BacktestWords.verdict(data), d.width(), ""));
    sb.append('\n').append(d.dim(Text.block(BacktestWords.HOW_TO_READ, d.width(), "")));

    sb.append('\n').append(d.bold("By actor\n"));
    sb.append(groups("actor", data.byActor()));
    sb.append('\n').append(d.bold("By case\n"));
    sb.append(groups("case", data.byCase()));

    sb.append('\n').append(d.bold("Reliability (three bucket forecasts of every reaction)\n"));
    Table r = new Table("forecast bin", "forecasts", "mean forecast", "recorded", "");
    for (BacktestData.Bin b : data.reliability()) {
      r.row(
          String.format(Locale.ROOT, "%.0f–%.0f%%", 100 * b.from(), 100 * b.to()),
          b.count(),
          whole(b.meanForecast()),
          whole(b.observed()),
          b.observed() == null ? "" : bar(b.observed()));
    }
    sb.append(r.render(d));
    sb.append(
        d.dim(
            Text.block(
                "A well-calibrated model's buckets happen as often as forecast: 'recorded' near"
                    + " 'mean forecast' in every bin.",
                d.width(),
                "")));

    sb.append('\n');
    if (data.unscored().isEmpty()) {
      sb.append("Every recorded reaction was scored.\n");
    } else {
      sb.append(d.bold("Not scored\n"));
      Table u = new Table("case", "actor", "move", "recorded", "why");
      for (BacktestData.Skipped s : data.unscored()) {
        u.row(
            s.caseId(),
            s.actor(),
            s.move() + " (turn " + s.turn() + ")",
            direction(s.recorded()),
            s.why());
      }
      u.shrink(4, 20).shrink(0, 16);
      sb.append(u.render(d));
    }
    sb.append(
        d.dim(
            Text.block(
                "Each recorded reaction with the model's forecast: backtest --format html"
                    + " --output backtest.html",
                d.width(),
                "")));
    return sb.toString();
  }

  private void row(Table t, String name, BacktestData.Figures f) {
    t.row(
        name,
        f.n(),
        percent(f.accuracy3()),
        percent(f.accuracy5()),
        score(f.brier3()),
        score(f.brier5()),
        score(f.logScore()));
  }

  private String groups(String what, List<BacktestData.Group> groups) {
    Table t = new Table(what, "reactions", "accuracy 3", "accuracy 5", "Brier 3", "log score");
    for (BacktestData.Group g : groups) {
      BacktestData.Figures f = g.figures();
      t.row(
          g.id(),
          f.n(),
          percent(f.accuracy3()),
          percent(f.accuracy5()),
          score(f.brier3()),
          score(f.logScore()));
    }
    return t.render(d);
  }

  private static String bar(double share) {
    return "#".repeat((int) Math.round(share * 20));
  }

  private static String parameters(BacktestData.Parameters p) {
    return String.format(
        Locale.ROOT,
        "structural %s, weight spread %s, threshold spread %s, assumption doubt %s",
        p.structural(),
        p.weightSpread(),
        p.thresholdSpread(),
        p.assumptionDoubt());
  }

  /** A calibration: the folds, the figures out of sample beside the base rate, prior and fit. */
  public String calibration(Calibration.Result c, int caseCount, String cases, long seed) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        d.bold(
            "Calibration: leave-one-case-out over "
                + Text.count(caseCount, "case")
                + " from "
                + cases
                + "\n"));
    sb.append(
        Text.block(
            "A grid of "
                + c.gridPoints()
                + " parameter settings, "
                + c.trials()
                + " trials per case and setting, seed "
                + seed
                + "; each fold fits the parameters on the other cases (least Brier, three"
                + " buckets) and scores the case it left out. Knowledge weights are never"
                + " fitted.",
            d.width(),
            ""));
    sb.append('\n').append(d.bold("Folds\n"));
    Table f =
        new Table(
            "case left out",
            "structural",
            "weight spread",
            "threshold spread",
            "assumption doubt",
            "Brier 3 train",
            "Brier 3 test");
    for (Calibration.Fold fold : c.folds()) {
      Uncertainty u = fold.fitted();
      f.row(
          fold.leftOut(),
          num(u.structural()),
          num(u.weightSpread()),
          num(u.thresholdSpread()),
          num(u.assumptionDoubt()),
          score(fin(fold.trainBrier())),
          score(fin(fold.testBrier())));
    }
    // the case ids stay whole; the headers wrap first
    f.shrink(1, 6).shrink(2, 6).shrink(3, 9).shrink(4, 10).shrink(5, 5).shrink(6, 5);
    sb.append(f.render(d));

    sb.append('\n').append(d.bold("Out of sample\n"));
    Table o =
        new Table("forecast", "reactions", "accuracy 3", "accuracy 5", "Brier 3", "log score");
    calibrationRow(o, "the model, each case scored by its fold", c.outOfSample());
    calibrationRow(o, "base rate (other cases)", c.baseRate());
    o.row(
        d.dim("target"),
        "",
        "≥ " + percent(BacktestData.TARGETS.accuracy3()),
        "",
        "≤ " + score(BacktestData.TARGETS.brier3()),
        "");
    sb.append(o.render(d));

    sb.append('\n').append(d.bold("Prior and fitted values (fitted on every case)\n"));
    Table p = new Table("", "structural", "weight spread", "threshold spread", "assumption doubt");
    p.row(
        "prior",
        num(Uncertainty.PRIOR.structural()),
        num(Uncertainty.PRIOR.weightSpread()),
        num(Uncertainty.PRIOR.thresholdSpread()),
        num(Uncertainty.PRIOR.assumptionDoubt()));
    p.row(
        "fitted",
        num(c.fitted().structural()),
        num(c.fitted().weightSpread()),
        num(c.fitted().thresholdSpread()),
        num(c.fitted().assumptionDoubt()));
    sb.append(p.render(d)).append('\n');
    Table i =
        new Table("in sample", "reactions", "accuracy 3", "accuracy 5", "Brier 3", "log score");
    calibrationRow(i, "with the prior values", c.prior());
    calibrationRow(i, "with the fitted values", c.inSample());
    sb.append(i.render(d));
    return sb.toString();
  }

  private static void calibrationRow(Table t, String name, Backtest.Figures f) {
    BacktestData.Figures x = BacktestData.Figures.of(f);
    t.row(
        name,
        x.n(),
        percent(x.accuracy3()),
        percent(x.accuracy5()),
        score(x.brier3()),
        score(x.logScore()));
  }

  private static Double fin(double x) {
    return Double.isFinite(x) ? x : null;
  }

  private static String num(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
