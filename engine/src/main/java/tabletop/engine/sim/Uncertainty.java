package tabletop.engine.sim;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * The global parameters of the uncertainty model (engine/README.md states the model):
 *
 * <ul>
 *   <li>{@code structural}: the standard deviation of what the knowledge base leaves out of an
 *       actor's reaction to a move (a normal term, drawn once per actor and move per trial);
 *   <li>{@code weightSpread}: how far a weight's size may be off, per unit of doubt: a weight with
 *       confidence c is multiplied by a log-normal error of log-sd {@code weightSpread × (1 − c)};
 *   <li>{@code thresholdSpread}: how far an actor's thresholds between directions may be off: the
 *       cut-offs (0.2, 0.6) are scaled by a log-normal factor of log-sd {@code thresholdSpread},
 *       drawn once per actor per trial;
 *   <li>{@code assumptionDoubt}: how far an assumption's stated confidence is taken at its word: an
 *       assumption of confidence c holds in a trial with probability c to the power {@code
 *       assumptionDoubt} (1: as stated; 0: always; 2: doubted more), drawn once per trial and
 *       shared by everything resting on it.
 * </ul>
 *
 * <p>{@link #fitted()} are the values {@code calibrate} fitted on the case library and committed in
 * {@code tabletop/engine/uncertainty.properties} with the figures they gave; {@link #PRIOR} are the
 * values set by judgement before any fit.
 */
public record Uncertainty(
    double structural, double weightSpread, double thresholdSpread, double assumptionDoubt) {
  /** The values before calibration: judgement, stated as assumptions in engine/README.md. */
  public static final Uncertainty PRIOR = new Uncertainty(0.15, 0.6, 0.2, 1.0);

  /** No uncertainty at all: a trial is the model's own run (assumptions all hold). */
  public static final Uncertainty NONE = new Uncertainty(0, 0, 0, 0);

  /** Where the fitted values live on the classpath. */
  public static final String RESOURCE = "tabletop/engine/uncertainty.properties";

  public Uncertainty {
    check("structural", structural);
    check("weightSpread", weightSpread);
    check("thresholdSpread", thresholdSpread);
    check("assumptionDoubt", assumptionDoubt);
  }

  /** The probability that an assumption of this confidence holds in a trial. */
  public double holds(double confidence) {
    return assumptionDoubt == 0 ? 1.0 : Math.pow(confidence, assumptionDoubt);
  }

  private static void check(String name, double v) {
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException(name + " must be a finite number ≥ 0, not " + v);
    }
  }

  private static volatile Uncertainty fitted;

  /** The committed fitted values, or {@link #PRIOR} when none are committed. */
  public static Uncertainty fitted() {
    Uncertainty u = fitted;
    if (u == null) {
      u = load();
      fitted = u;
    }
    return u;
  }

  private static Uncertainty load() {
    try (InputStream in = Uncertainty.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return PRIOR;
      }
      Properties p = new Properties();
      p.load(in);
      return new Uncertainty(
          Double.parseDouble(p.getProperty("structural", "" + PRIOR.structural)),
          Double.parseDouble(p.getProperty("weightSpread", "" + PRIOR.weightSpread)),
          Double.parseDouble(p.getProperty("thresholdSpread", "" + PRIOR.thresholdSpread)),
          Double.parseDouble(p.getProperty("assumptionDoubt", "" + PRIOR.assumptionDoubt)));
    } catch (IOException | RuntimeException e) {
      return PRIOR;
    }
  }

  /** Whether these are the values {@code calibrate} committed (not the prior). */
  public boolean isFitted() {
    return equals(fitted()) && !equals(PRIOR);
  }

  /** The log-sd of a weight's error at this confidence, or the spread given by the scenario. */
  public double sizeSpread(Structure.Draw d) {
    if (!Double.isNaN(d.spread())) {
      return d.spread();
    }
    return weightSpread * (1.0 - d.confidence());
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "structural %.3f, weight spread %.3f, threshold spread %.3f, assumption doubt %.2f",
        structural,
        weightSpread,
        thresholdSpread,
        assumptionDoubt);
  }
}
