package tabletop.shell.export;

import java.util.Locale;

/** How a backtest's figures read, the same in every format. */
public final class BacktestWords {
  private BacktestWords() {}

  /** A share as a whole percentage with one decimal ("56.1%"), or a dash where there is none. */
  public static String percent(Double x) {
    return x == null ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }

  /** A score with three decimals, or a dash where there is none. */
  public static String score(Double x) {
    return x == null ? "—" : String.format(Locale.ROOT, "%.3f", x);
  }

  /** A probability as a whole percentage ("61%"). */
  public static String whole(Double x) {
    return x == null ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * x);
  }

  /** The three buckets as "support 12% · neutral 61% · oppose 27%". */
  public static String buckets(java.util.Map<String, Double> b) {
    return String.format(
        Locale.ROOT,
        "%s / %s / %s",
        whole(b.get("support")),
        whole(b.get("neutral")),
        whole(b.get("oppose")));
  }

  /** A direction's name in words ("lean oppose"), or a dash. */
  public static String direction(String name) {
    return name == null ? "—" : name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Whether the figures meet the targets, in a sentence. */
  public static String verdict(BacktestData d) {
    BacktestData.Figures m = d.model().figures();
    if (m.n() == 0) {
      return "No recorded reaction could be scored.";
    }
    boolean acc = m.accuracy3() >= d.targets().accuracy3();
    boolean brier = m.brier3() <= d.targets().brier3();
    return "Targets (reported, not gated): accuracy (3 buckets) ≥ "
        + percent(d.targets().accuracy3())
        + " is "
        + (acc ? "met" : "not met")
        + " ("
        + percent(m.accuracy3())
        + "); Brier (3 buckets) ≤ "
        + score(d.targets().brier3())
        + " is "
        + (brier ? "met" : "not met")
        + " ("
        + score(m.brier3())
        + "). The base rate scores "
        + percent(d.overall().get(1).figures().accuracy3())
        + " and "
        + score(d.overall().get(1).figures().brier3())
        + ": the model "
        + (m.brier3() < d.overall().get(1).figures().brier3() ? "beats" : "does not beat")
        + " it on Brier.";
  }

  /** What the figures mean, in one paragraph. */
  public static final String HOW_TO_READ =
      "Accuracy counts the recorded reactions whose direction is the model's most likely one, in"
          + " three buckets (support and lean support / neutral / lean oppose and oppose) and in"
          + " the five directions. Brier (3 buckets) sums the squared errors over the three"
          + " buckets, halved, averaged over the reactions: 0 is perfect, 1 the worst, a uniform"
          + " guess 0.33. Brier (5 directions) is the same over the five. The log score is the"
          + " mean of −ln p(recorded bucket), p at least 0.001: lower is better, a uniform guess"
          + " 1.10.";
}
