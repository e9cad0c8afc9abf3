package tabletop.bench;

/**
 * One entry of the benchmark: it measures and puts its figures (a median, the repetitions it took,
 * and whatever else describes it) into the JSON object that {@code bench/run} prints.
 */
public interface Measurement {
  /** The name {@code bench/run NAME…} selects it by, e.g. {@code warm-run}. */
  String name();

  /** Measures, and puts the figures. */
  void measure(Bench bench, Figures figures) throws Exception;
}
