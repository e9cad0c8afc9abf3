package tabletop.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one run of the benchmark, in the order they are measured: each median beside its
 * repetition count (under {@code repetitions}, by figure name).
 */
public final class Figures {
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, Integer> repetitions = new LinkedHashMap<>();

  /** A figure measured once, or a fact about the run. */
  public void put(String name, Object value) {
    values.put(name, value);
  }

  /** The median of the samples, to a tenth of a millisecond, with the number of samples. */
  public void median(String name, double[] samplesMs) {
    values.put(name, Math.round(median(samplesMs) * 10) / 10.0);
    repetitions.put(name, samplesMs.length);
  }

  /** A figure that is already a median of {@code n} repetitions. */
  public void median(String name, Object value, int n) {
    values.put(name, value);
    repetitions.put(name, n);
  }

  public static double median(double[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double[] s = samples.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  /** Everything, with {@code repetitions} last. */
  public Map<String, Object> asMap() {
    Map<String, Object> out = new LinkedHashMap<>(values);
    out.put("repetitions", new LinkedHashMap<>(repetitions));
    return out;
  }
}
