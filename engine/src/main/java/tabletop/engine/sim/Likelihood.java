package tabletop.engine.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tabletop.engine.model.Direction;

/**
 * How likely a reaction is: a seeded Monte Carlo over the uncertain parameters behind it. A
 * reaction is the sum of its appraisals; in each trial every appraisal's value varies by a
 * judgement error (normal, relative spread {@link #SPREAD}), and an appraisal that rests on an
 * assumption holds only with the assumption's confidence. The share of trials that land on each
 * direction is its probability. Other actors' signals are held as observed, so this is the
 * likelihood of the reaction given the turn's situation.
 *
 * <p>Deterministic: the random stream comes from the game's seed and the reaction's identity.
 */
public final class Likelihood {
  /** Relative standard deviation of an appraisal's value: weights are judgements, not data. */
  public static final double SPREAD = 0.3;

  /** Trials per reaction: enough for two decimals of probability. */
  public static final int TRIALS = 2000;

  private Likelihood() {}

  /**
   * One appraisal behind a reaction: its value and the confidence of the assumptions it rests on.
   */
  public record Term(double value, double confidence) {}

  /** Probability of each direction, in scale order, summing to 1. */
  public static Map<Direction, Double> distribution(
      List<Term> terms, long seed, String key, int trials) {
    SplittableRandom random = new SplittableRandom(mix(seed, key));
    int[] counts = new int[Direction.values().length];
    for (int t = 0; t < trials; t++) {
      double sum = 0;
      for (Term term : terms) {
        if (term.confidence() < 1.0 && random.nextDouble() >= term.confidence()) {
          continue;
        }
        sum += term.value() * (1.0 + SPREAD * gaussian(random));
      }
      counts[Direction.fromScore(sum).ordinal()]++;
    }
    Map<Direction, Double> out = new EnumMap<>(Direction.class);
    for (Direction d : Direction.values()) {
      out.put(d, Math.round(counts[d.ordinal()] * 1000.0 / trials) / 1000.0);
    }
    return out;
  }

  private static double gaussian(SplittableRandom r) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17
    double u1 = r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  private static long mix(long seed, String key) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001B3L;
    }
    return h ^ (h >>> 31);
  }
}
