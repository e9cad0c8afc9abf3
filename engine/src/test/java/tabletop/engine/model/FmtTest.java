package tabletop.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Fmt writes numbers exactly as the formatter's "%.2f" and "%+.2f" do. */
class FmtTest {
  private static void same(double v) {
    assertThat(Fmt.num(v)).as("num(%s)", v).isEqualTo(String.format(Locale.ROOT, "%.2f", v));
    assertThat(Fmt.signed(v)).as("signed(%s)", v).isEqualTo(String.format(Locale.ROOT, "%+.2f", v));
  }

  @Test
  void edgeCases() {
    double[] edges = {
      0,
      -0.0,
      0.005,
      -0.005,
      0.015,
      0.025,
      0.125,
      -0.125,
      0.995,
      -0.995,
      1.005,
      2.675,
      0.001,
      -0.001,
      -0.004999,
      0.0049999,
      1e-300,
      -1e-300,
      123456789.125,
      1e20,
      -1e20,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      0.30000000000000004,
      0.1 + 0.2,
      0.7 * 0.3,
      -0.6 * 0.35
    };
    for (double v : edges) {
      same(v);
    }
  }

  @Test
  void randomWeightsAndProducts() {
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      // weights and their products as the rules make them, and raw doubles of any size
      same(Math.round(r.nextDouble(-2, 2) * 1000) / 1000.0);
      same(r.nextDouble(-1, 1) * r.nextDouble(-1, 1));
      same(Double.longBitsToDouble(r.nextLong()));
    }
  }
}
