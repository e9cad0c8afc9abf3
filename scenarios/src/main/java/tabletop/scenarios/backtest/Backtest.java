package tabletop.scenarios.backtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tabletop.engine.model.Direction;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Recorded;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.engine.sim.Structure;
import tabletop.engine.sim.TrialResult;
import tabletop.engine.sim.Trials;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.io.ScenarioException;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * Scores the model against the public record: for every reaction a historical case records, the
 * model's distribution over the directions (where it stands the actor on the move after the
 * recorded turn, from whole-run trials) against the recorded direction. Beside it, a base rate that
 * knows nothing of the model: each actor's recorded directions in the other cases.
 */
public final class Backtest {
  /** Trials per case: enough for two decimals. */
  public static final int TRIALS = 4000;

  /** One case, loaded, with the structure Drools derived for it. */
  public record Case(String id, Path file, Scenario scenario, Structure structure, Game run) {}

  /** A recorded reaction the model could not score, and why. */
  public record Unscored(String caseId, Recorded record, String why) {}

  private Backtest() {}

  /** The case files of a folder (recursively), sorted. */
  public static List<Path> caseFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no folder " + dir);
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(
              p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
              })
          .sorted()
          .toList();
    }
  }

  /**
   * Loads the cases of a folder: every file that holds a record. A file that does not load is a
   * {@link ScenarioException}, naming the file; nothing is scored from a half-read folder.
   */
  public static List<Case> load(Engine engine, Path dir) throws IOException, ScenarioException {
    ScenarioLoader loader = new ScenarioLoader();
    List<Case> out = new ArrayList<>();
    for (Path p : caseFiles(dir)) {
      Scenario s = loader.load(p);
      if (!s.isCase()) {
        continue;
      }
      Game g = engine.startQuiet(s, Map.of(), 0);
      g.playToEnd();
      out.add(new Case(s.id(), p, s, g.structure(), g));
    }
    return out;
  }

  /** A forecast for one recorded reaction: the model's five directions and the base rate's. */
  public record Scored(
      String caseId,
      Recorded record,
      Map<Direction, Double> model,
      Direction run,
      double[] baseRate) {
    /** The model's three buckets: support, neutral, oppose. */
    public double[] buckets() {
      return TrialResult.threeBuckets(model);
    }
  }

  /** Scores every recorded reaction of the cases with these parameters. */
  public static Result run(List<Case> cases, Uncertainty u, long seed, int trials) {
    List<Scored> scored = new ArrayList<>();
    List<Unscored> unscored = new ArrayList<>();
    for (Case c : cases) {
      TrialResult tr = Trials.run(c.structure(), u, seed, trials);
      for (Recorded r : c.scenario().record()) {
        Map<Direction, Double> d = tr.stance(r.turn(), r.actor(), r.move());
        if (d.isEmpty()) {
          unscored.add(
              new Unscored(
                  c.id(),
                  r,
                  "no reaction of " + r.actor() + " to " + r.move() + " by turn " + r.turn()));
          continue;
        }
        scored.add(new Scored(c.id(), r, d, runDirection(c.run(), r), null));
      }
    }
    return new Result(u, seed, trials, withBaseRates(scored), unscored);
  }

  /** The direction of the model's own run (no uncertainty drawn), where it reacted by then. */
  static Direction runDirection(Game g, Recorded r) {
    Direction last = null;
    for (TurnReport t : g.history()) {
      if (t.turn() > r.turn()) {
        break;
      }
      for (ReactionView v : t.reactions()) {
        if (v.actor().equals(r.actor()) && v.move().equals(r.move())) {
          last = Direction.valueOf(v.direction());
        }
      }
    }
    return last;
  }

  /**
   * Each scored reaction with the base rate: the actor's recorded directions in the other cases, in
   * three buckets, with one pseudo-count per bucket (uniform where the actor is recorded nowhere
   * else).
   */
  public static List<Scored> withBaseRates(List<Scored> scored) {
    List<Scored> out = new ArrayList<>();
    for (Scored s : scored) {
      double[] n = {1, 1, 1};
      for (Scored o : scored) {
        if (!o.caseId().equals(s.caseId()) && o.record().actor().equals(s.record().actor())) {
          n[bucket(o.record().direction())]++;
        }
      }
      double sum = n[0] + n[1] + n[2];
      out.add(
          new Scored(
              s.caseId(),
              s.record(),
              s.model(),
              s.run(),
              new double[] {n[0] / sum, n[1] / sum, n[2] / sum}));
    }
    return out;
  }

  /** 0 support, 1 neutral, 2 oppose. */
  public static int bucket(Direction d) {
    return d.isSupportive() ? 0 : d.isOpposed() ? 2 : 1;
  }

  static final String[] BUCKETS = {"support", "neutral", "oppose"};

  /** The figures of a backtest. */
  public record Result(
      Uncertainty uncertainty,
      long seed,
      int trials,
      List<Scored> scored,
      List<Unscored> unscored) {

    public Figures model() {
      return Figures.of(scored, s -> s.buckets(), s -> s.model());
    }

    public Figures baseRate() {
      return Figures.of(scored, Scored::baseRate, null);
    }

    /** The model's own run, as a forecast of certainty in its direction. */
    public Figures run() {
      return Figures.of(
          scored,
          s -> {
            double[] p = new double[3];
            if (s.run() != null) {
              p[bucket(s.run())] = 1;
            }
            return p;
          },
          null);
    }

    /** Figures per actor, in order of the number of records. */
    public Map<String, Figures> byActor() {
      return group(s -> s.record().actor());
    }

    /** Figures per case. */
    public Map<String, Figures> byCase() {
      return group(Scored::caseId);
    }

    private Map<String, Figures> group(java.util.function.Function<Scored, String> key) {
      Map<String, List<Scored>> groups = new LinkedHashMap<>();
      for (Scored s : scored) {
        groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
      }
      Map<String, Figures> out = new LinkedHashMap<>();
      groups.entrySet().stream()
          .sorted(
              java.util.Comparator.<Map.Entry<String, List<Scored>>>comparingInt(
                      e -> -e.getValue().size())
                  .thenComparing(Map.Entry::getKey))
          .forEach(
              e -> out.put(e.getKey(), Figures.of(e.getValue(), Scored::buckets, s -> s.model())));
      return out;
    }

    /**
     * The reliability diagram's table: every (reaction, bucket) forecast of the model pooled, in
     * ten bins of forecast probability; per bin the count, the mean forecast and how often the
     * bucket was the recorded one.
     */
    public List<Bin> reliability() {
      int[] n = new int[10];
      double[] f = new double[10];
      double[] hit = new double[10];
      for (Scored s : scored) {
        double[] p = s.buckets();
        int truth = bucket(s.record().direction());
        for (int b = 0; b < 3; b++) {
          int i = Math.min(9, (int) Math.floor(p[b] * 10));
          n[i]++;
          f[i] += p[b];
          hit[i] += b == truth ? 1 : 0;
        }
      }
      List<Bin> out = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        out.add(
            new Bin(
                i / 10.0,
                (i + 1) / 10.0,
                n[i],
                n[i] == 0 ? Double.NaN : f[i] / n[i],
                n[i] == 0 ? Double.NaN : hit[i] / n[i]));
      }
      return out;
    }
  }

  /** One bin of the reliability table. */
  public record Bin(double from, double to, int count, double meanForecast, double observed) {}

  /** Accuracy, Brier and log score over a set of scored reactions. */
  public record Figures(
      int n, double accuracy3, double accuracy5, double brier3, double brier5, double logScore) {

    static Figures of(
        List<Scored> scored,
        java.util.function.Function<Scored, double[]> three,
        java.util.function.Function<Scored, Map<Direction, Double>> five) {
      if (scored.isEmpty()) {
        return new Figures(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      }
      double hits3 = 0;
      double hits5 = 0;
      double brier3 = 0;
      double brier5 = 0;
      double log = 0;
      for (Scored s : scored) {
        double[] p = three.apply(s);
        int truth = bucket(s.record().direction());
        hits3 += argmax(p) == truth ? 1 : 0;
        double b = 0;
        for (int i = 0; i < 3; i++) {
          double o = i == truth ? 1 : 0;
          b += (p[i] - o) * (p[i] - o);
        }
        brier3 += b / 2;
        log += -Math.log(Math.max(p[truth], 1e-3));
        if (five != null) {
          Map<Direction, Double> d = five.apply(s);
          Direction best = null;
          double b5 = 0;
          for (Direction x : Direction.values()) {
            double px = d.getOrDefault(x, 0.0);
            if (best == null || px > d.getOrDefault(best, 0.0)) {
              best = x;
            }
            double o = x == s.record().direction() ? 1 : 0;
            b5 += (px - o) * (px - o);
          }
          hits5 += best == s.record().direction() ? 1 : 0;
          brier5 += b5 / 2;
        }
      }
      int n = scored.size();
      return new Figures(
          n,
          hits3 / n,
          five == null ? Double.NaN : hits5 / n,
          brier3 / n,
          five == null ? Double.NaN : brier5 / n,
          log / n);
    }

    /** The most likely bucket; ties go to neutral, then support. */
    static int argmax(double[] p) {
      int best = 1;
      for (int i : new int[] {0, 2}) {
        if (p[i] > p[best] + 1e-12) {
          best = i;
        }
      }
      return best;
    }
  }
}
