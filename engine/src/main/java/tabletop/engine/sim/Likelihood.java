package tabletop.engine.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tabletop.engine.model.Direction;

/**
 * How likely a reaction is, given the uncertain parameters behind it. A reaction is the sum of its
 * appraisals plus what the knowledge base leaves out (normal, standard deviation {@link
 * #STRUCTURAL}); every appraisal's value varies by a judgement error (normal, relative spread
 * {@link #SPREAD}), and an appraisal that rests on an assumption holds only with the assumption's
 * confidence. The probability of each direction is the chance that the sum lands in its band. Other
 * actors' signals are held as observed, so this is the likelihood of the reaction given the turn's
 * situation.
 *
 * <p>{@link #distribution(List)} computes it exactly: for each combination of assumptions holding
 * or not, the sum is normal. {@link #sample} is the seeded Monte Carlo of the same model, used when
 * a reaction rests on too many assumptions to enumerate, and to check the exact result.
 */
public final class Likelihood {
  /** Relative standard deviation of an appraisal's value: weights are judgements, not data. */
  public static final double SPREAD = 0.3;

  /**
   * Standard deviation of what the knowledge base leaves out of every reaction: factors no rule
   * encodes. It keeps an actor on whom nothing bears from reading as certain (with no appraisal at
   * all, neutral is about 82% likely), and it is an assumption of the model, stated in
   * engine/README.md.
   */
  public static final double STRUCTURAL = 0.15;

  /** Trials per reaction: enough for two decimals of probability. */
  public static final int TRIALS = 2000;

  private Likelihood() {}

  /**
   * One appraisal behind a reaction: its value and the confidence of the assumptions it rests on.
   */
  public record Term(double value, double confidence) {}

  /** Assumption-backed terms beyond which combinations are sampled rather than enumerated. */
  static final int MAX_ENUMERATED = 12;

  /**
   * Probability of each direction, in scale order, summing to 1 (rounded to three decimals); exact,
   * or sampled with the given seed and key when the reaction rests on very many assumptions.
   */
  public static Map<Direction, Double> distribution(List<Term> terms, long seed, String key) {
    List<Term> uncertain = terms.stream().filter(t -> t.confidence() < 1.0).toList();
    if (uncertain.size() > MAX_ENUMERATED) {
      return sample(terms, seed, key, TRIALS);
    }
    List<Term> certain = terms.stream().filter(t -> t.confidence() >= 1.0).toList();
    double[] p = new double[Direction.values().length];
    for (int mask = 0; mask < 1 << uncertain.size(); mask++) {
      double weight = 1.0;
      double mean = 0;
      double variance = sq(STRUCTURAL);
      for (Term t : certain) {
        mean += t.value();
        variance += sq(SPREAD * t.value());
      }
      for (int i = 0; i < uncertain.size(); i++) {
        Term t = uncertain.get(i);
        if ((mask & 1 << i) != 0) {
          weight *= t.confidence();
          mean += t.value();
          variance += sq(SPREAD * t.value());
        } else {
          weight *= 1.0 - t.confidence();
        }
      }
      if (weight == 0) {
        continue;
      }
      double[] bands = bands(mean, Math.sqrt(variance));
      for (int d = 0; d < p.length; d++) {
        p[d] += weight * bands[d];
      }
    }
    Map<Direction, Double> out = new EnumMap<>(Direction.class);
    for (Direction d : Direction.values()) {
      out.put(d, Math.round(p[d.ordinal()] * 1000.0) / 1000.0);
    }
    return out;
  }

  /** Probability of each direction's band for a normal sum, in {@link Direction} order. */
  private static double[] bands(double mean, double sd) {
    double[] cuts = {
      Direction.SUPPORT_AT,
      Direction.LEAN_SUPPORT_AT,
      -Direction.LEAN_SUPPORT_AT,
      -Direction.SUPPORT_AT
    };
    double[] above = new double[cuts.length];
    for (int i = 0; i < cuts.length; i++) {
      above[i] = sd == 0 ? (mean >= cuts[i] ? 1 : 0) : 1 - phi((cuts[i] - mean) / sd);
    }
    // SUPPORT: >= 0.6; LEAN_SUPPORT: [0.2, 0.6); NEUTRAL: (-0.2, 0.2); LEAN_OPPOSE: (-0.6, -0.2]
    return new double[] {
      above[0], above[1] - above[0], above[2] - above[1], above[3] - above[2], 1 - above[3]
    };
  }

  /** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error < 7.5e-8). */
  static double phi(double x) {
    double t = 1 / (1 + 0.2316419 * Math.abs(x));
    double poly =
        t
            * (0.319381530
                + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
    return x >= 0 ? 1 - tail : tail;
  }

  private static double sq(double x) {
    return x * x;
  }

  /** The same model sampled: seeded Monte Carlo with the given number of trials. */
  public static Map<Direction, Double> sample(List<Term> terms, long seed, String key, int trials) {
    SplittableRandom random = new SplittableRandom(mix(seed, key));
    int[] counts = new int[Direction.values().length];
    for (int t = 0; t < trials; t++) {
      double sum = STRUCTURAL * gaussian(random);
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
