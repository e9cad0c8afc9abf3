package tabletop.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Deal;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.engine.sim.Uncertainty;

/**
 * The benchmark's measurements, in the order they run and print. To add a figure, add a method
 * below and one line to {@link #all()}.
 *
 * <p>The trial figures: {@code trialsPerSecond1Thread} and {@code trialsPerSecond2Threads}
 * (whole-run trials of {@link #SCENARIO}'s structure, derived once, in a warm JVM) and {@code
 * peakHeapMb100kTrials} (100 000 trials in a child JVM under -Xmx256m; see {@link Child}).
 */
public final class Measurements {
  /** The scenario the per-run figures are about. */
  public static final String SCENARIO = "coe-southeast-asia";

  /** The JVM options the launcher starts the shell with, for child JVMs that stand in for it. */
  static final List<String> LAUNCHER_JVM =
      List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC");

  private Measurements() {}

  public static List<Measurement> all() {
    return List.of(
        named("launch-to-prompt", Measurements::launchToPrompt),
        named("jvm-floor", Measurements::jvmFloor),
        named("first-run", Measurements::firstRun),
        named("warm-run", Measurements::warmRun),
        named("sweep", Measurements::sweepAllKnobs),
        named("trials", Measurements::trials),
        named("deal", Measurements::deal),
        named("trials-heap", Measurements::trialsHeap),
        named("turns-100", (b, f) -> turns(b, f, 100, "run100TurnsMs", true)),
        named("turns-500", (b, f) -> turns(b, f, 500, "run500TurnsMs", false)));
  }

  interface Body {
    void measure(Bench bench, Figures figures) throws Exception;
  }

  static Measurement named(String name, Body body) {
    return new Measurement() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void measure(Bench bench, Figures figures) throws Exception {
        body.measure(bench, figures);
      }
    };
  }

  /**
   * {@code launchToPromptMs}: from starting {@code ./tabletop} (the real launcher, in a pseudo
   * terminal made by {@code script}) to the prompt on its screen. The launcher is run once first,
   * so its one-off build, extraction and start-up archive are not counted.
   */
  static void launchToPrompt(Bench b, Figures f) throws Exception {
    if (b.run(List.of("sh", "-c", "command -v script"), Map.of()).code() != 0) {
      throw new IllegalStateException("needs `script` (util-linux) for a pseudo terminal");
    }
    Bench.Ran prepared = b.run(List.of("./tabletop", "--help"), Map.of());
    if (prepared.code() != 0) {
      throw new IllegalStateException(
          "./tabletop --help failed: " + Bench.lastLine(prepared.err()));
    }
    int n = b.reps(5);
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      ms[i] = toPrompt(b);
    }
    f.median("launchToPromptMs", ms);
  }

  private static double toPrompt(Bench b) throws Exception {
    Path state = Files.createTempDirectory("tabletop-bench");
    ProcessBuilder pb =
        new ProcessBuilder(
                "script",
                "-qfec",
                "stty cols 100 rows 40 2>/dev/null; exec ./tabletop",
                "/dev/null")
            .directory(b.root().toFile())
            .redirectErrorStream(true);
    pb.environment().put("XDG_STATE_HOME", state.toString());
    long t0 = System.nanoTime();
    Process p = pb.start();
    StringBuilder seen = new StringBuilder();
    double ms = -1;
    try (InputStream in = p.getInputStream();
        OutputStream keys = p.getOutputStream()) {
      byte[] buf = new byte[8192];
      int r;
      while ((r = in.read(buf)) > 0) {
        seen.append(new String(buf, 0, r, StandardCharsets.UTF_8));
        if (seen.indexOf("tabletop[") >= 0 && seen.indexOf("]> ") >= 0) {
          ms = (System.nanoTime() - t0) / 1e6;
          break;
        }
      }
      keys.write("exit\n".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      // the rest of the screen, so the shell is never blocked on a full pipe
      in.transferTo(OutputStream.nullOutputStream());
    } finally {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
    }
    if (ms < 0) {
      throw new IllegalStateException(
          "no prompt on the screen of ./tabletop: " + Bench.lastLine(seen.toString()));
    }
    return ms;
  }

  /** {@code jvmFloorMs}: a bare JVM that prints a line and exits, start to exit. */
  static void jvmFloor(Bench b, Figures f) throws Exception {
    int n = b.reps(5);
    double[] ms = new double[n];
    String classes =
        Path.of(Floor.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    for (int i = 0; i < n; i++) {
      Bench.Ran r = b.run(List.of(Bench.java(), "-cp", classes, Floor.class.getName()), Map.of());
      if (r.code() != 0 || !r.out().strip().equals("ok")) {
        throw new IllegalStateException("the bare JVM failed: " + r.err());
      }
      ms[i] = r.wallMs();
    }
    f.median("jvmFloorMs", ms);
  }

  /**
   * {@code firstRunMs}: the first run of {@link #SCENARIO} in a fresh JVM with the launcher's JIT
   * and GC options, from main to the end of the run, knowledge base load included; {@code
   * firstRunProcessMs}: the same JVM from start to exit.
   */
  static void firstRun(Bench b, Figures f) throws Exception {
    int n = b.reps(5);
    double[] ms = new double[n];
    double[] wall = new double[n];
    for (int i = 0; i < n; i++) {
      Map<String, Object> c = b.child(LAUNCHER_JVM, "first-run", SCENARIO);
      ms[i] = ((Number) c.get("ms")).doubleValue();
      wall[i] = ((Number) c.get("wallMs")).doubleValue();
    }
    f.median("firstRunMs", ms);
    f.median("firstRunProcessMs", wall);
  }

  /**
   * {@code trialsPerSecond1Thread}, {@code trialsPerSecond2Threads}: whole-run trials of {@link
   * #SCENARIO} with the committed uncertainty parameters, on its structure derived once, warm; and
   * {@code structureMs}, the time Drools takes to derive that structure (a quiet play and its
   * probing replay).
   */
  static void trials(Bench b, Figures f) throws Exception {
    Engine engine = b.engine();
    Scenario s = b.scenario(SCENARIO);
    tabletop.engine.sim.Structure st = null;
    int n = b.reps(10);
    double[] derive = new double[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      try (Game g = engine.startQuiet(s, Map.of(), 0)) {
        g.playToEnd();
        st = g.structure();
      }
      derive[i] = (System.nanoTime() - t0) / 1e6;
    }
    f.median("structureMs", derive);
    tabletop.engine.sim.Uncertainty u = tabletop.engine.sim.Uncertainty.fitted();
    int trials = 20_000;
    for (int threads : new int[] {1, 2}) {
      tabletop.engine.sim.Trials.run(st, u, 1, trials, threads, x -> {}, () -> false);
      int reps = b.reps(5);
      double[] perSecond = new double[reps];
      for (int i = 0; i < reps; i++) {
        long t0 = System.nanoTime();
        tabletop.engine.sim.Trials.run(st, u, i, trials, threads, x -> {}, () -> false);
        perSecond[i] = trials / ((System.nanoTime() - t0) / 1e9);
      }
      f.median(threads == 1 ? "trialsPerSecond1Thread" : "trialsPerSecond2Threads", perSecond);
    }
  }

  /**
   * {@code dealCoeMs}: {@code deal coe} on {@link #SCENARIO} as the shell runs it (every package of
   * its negotiable knobs played and sampled with {@link Deal#TRIALS} trials, on 2 threads), warm
   * (after {@link #DEAL_WARM_UPS} deals), each time on an engine that has kept no structure yet;
   * {@code dealCoeRepeatMs}: the same deal again on the same engine, which samples the structures
   * the first derived; {@code dealCoePackages} is how many packages that is; {@code dealCoeColdMs}:
   * the first deal in a fresh JVM, as the first {@code deal} of a shell session (the knowledge base
   * loaded, nothing compiled by the JIT yet).
   */
  static void deal(Bench b, Figures f) throws Exception {
    Map<String, Object> cold = b.child(List.of(), "deal", SCENARIO, "coe");
    f.median("dealCoeColdMs", new double[] {((Number) cold.get("ms")).doubleValue()});
    Scenario s = b.scenario(SCENARIO);
    Deal.Result r = null;
    for (int i = 0; i < DEAL_WARM_UPS; i++) {
      r = dealCoe(new Engine(b.engine().kieBase()), s);
    }
    int n = b.reps(5);
    double[] ms = new double[n];
    double[] again = new double[n];
    for (int i = 0; i < n; i++) {
      Engine engine = new Engine(b.engine().kieBase());
      long t0 = System.nanoTime();
      dealCoe(engine, s);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      t0 = System.nanoTime();
      dealCoe(engine, s);
      again[i] = (System.nanoTime() - t0) / 1e6;
    }
    f.median("dealCoeMs", ms);
    f.median("dealCoeRepeatMs", again);
    f.put("dealCoePackages", r.ranked().size());
  }

  /**
   * Deals played before the timed ones: the JIT compiles the rule network's and the trials' paths
   * over several deals of a hundred packages (the times fall for about five, then level).
   */
  static final int DEAL_WARM_UPS = 6;

  private static Deal.Result dealCoe(Engine engine, Scenario s) {
    return Deal.search(
        engine,
        s,
        "coe",
        Map.of(),
        0,
        Uncertainty.fitted(),
        Deal.TRIALS,
        Map.of(),
        0,
        2,
        x -> {},
        () -> false);
  }

  /** {@code peakHeapMb100kTrials}: 100 000 whole-run trials in a child JVM under -Xmx256m. */
  static void trialsHeap(Bench b, Figures f) throws Exception {
    List<String> jvm = new ArrayList<>(List.of("-Xmx256m"));
    Map<String, Object> c = b.child(jvm, "trials", SCENARIO, "100000");
    f.put("peakHeapMb100kTrials", c.get("peakHeapMb"));
    f.median("trials100kMs", new double[] {((Number) c.get("ms")).doubleValue()});
  }

  /**
   * {@code warmRunMs}: one whole run of {@link #SCENARIO} with explanations, in a warm JVM, at
   * settings the engine has run before (another seed each time: the structure it kept is sampled
   * anew); {@code warmRunNewSettingsMs}: the same run on an engine that has kept nothing, as at
   * settings not run before (the structure is derived, beside the play).
   */
  static void warmRun(Bench b, Figures f) throws Exception {
    Engine engine = b.engine();
    Scenario s = b.scenario(SCENARIO);
    warmUp(engine, s);
    int n = b.reps(100);
    double[] ms = new double[n];
    double[] fresh = new double[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      engine.run(s, Map.of(), i);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      Engine empty = new Engine(engine.kieBase());
      t0 = System.nanoTime();
      empty.run(s, Map.of(), i);
      fresh[i] = (System.nanoTime() - t0) / 1e6;
    }
    f.median("warmRunMs", ms);
    f.median("warmRunNewSettingsMs", fresh);
  }

  /**
   * {@code sweepAllKnobsMs}: the deterministic run of {@link #SCENARIO} (quiet, seed 0) at every
   * combination of its knob values, in a warm JVM, on {@link #SWEEP_THREADS} threads; with the
   * number of settings, how often each move ended in each status, and every setting's outcome in
   * {@code bench/target/sweep-SCENARIO.csv}.
   */
  static void sweepAllKnobs(Bench b, Figures f) throws Exception {
    Engine engine = b.engine();
    Scenario s = b.scenario(SCENARIO);
    List<Map<String, String>> settings = Sweep.settings(s);
    warmUp(engine, s);
    int n = b.reps(3);
    double[] ms = new double[n];
    List<Map<String, String>> outcomes = null;
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      outcomes = sweep(engine, s, settings);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    f.median("sweepAllKnobsMs", ms);
    f.put("sweepSettings", settings.size());
    // per setting, on the sweep's threads together: what a scenario with more settings would cost
    f.put("sweepUsPerSetting", Math.round(1000 * Figures.median(ms) / settings.size()));
    f.put("sweepThreads", SWEEP_THREADS);
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (Map<String, String> o : outcomes) {
      o.forEach(
          (move, status) ->
              counts.computeIfAbsent(move, m -> new TreeMap<>()).merge(status, 1, Integer::sum));
    }
    f.put("sweepOutcomes", counts);
    Path csv = b.root().resolve("bench/target/sweep-" + SCENARIO + ".csv");
    Files.createDirectories(csv.getParent());
    List<String> moves = new ArrayList<>(counts.keySet());
    List<String> lines = new ArrayList<>();
    List<String> header = new ArrayList<>(settings.get(0).keySet());
    header.addAll(moves);
    lines.add(String.join(",", header));
    for (int i = 0; i < settings.size(); i++) {
      List<String> row = new ArrayList<>();
      settings.get(i).values().forEach(v -> row.add('"' + v + '"'));
      for (String m : moves) {
        row.add(outcomes.get(i).getOrDefault(m, ""));
      }
      lines.add(String.join(",", row));
    }
    Files.write(csv, lines);
    f.put("sweepFile", b.root().relativize(csv).toString());
  }

  /**
   * Warms up both ways a run goes, 300 times each or for 30 s, whichever ends first: a run on an
   * engine that has kept nothing (the rules play every turn; an engine that kept the run's play
   * would replay it and leave the rules' code cold), and a run on {@code engine} at settings it has
   * played, with a new seed (the kept play is replayed and only the trials are new). Warming the
   * first alone, or stopping after 10 s (67 pairs in a slow phase of a 2-core machine), left code
   * to be compiled during the first hundred measured runs: blocks of ten of them fell from 19 ms to
   * 9.5 ms over the first 150.
   */
  private static void warmUp(Engine engine, Scenario s) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (int i = 0; i < 300 && System.nanoTime() < end; i++) {
      new Engine(engine.kieBase()).run(s, Map.of(), i);
      engine.run(s, Map.of(), i);
    }
  }

  /**
   * Each setting's final status of each move, the settings shared among {@link #SWEEP_THREADS}
   * threads (one game each at a time; the engine is shared), in the settings' order.
   */
  private static List<Map<String, String>> sweep(
      Engine engine, Scenario s, List<Map<String, String>> settings) throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(SWEEP_THREADS);
    try {
      List<java.util.concurrent.Future<List<Map<String, String>>>> parts = new ArrayList<>();
      int chunk = 16;
      for (int from = 0; from < settings.size(); from += chunk) {
        List<Map<String, String>> part =
            settings.subList(from, Math.min(settings.size(), from + chunk));
        parts.add(pool.submit(() -> outcomes(engine, s, part)));
      }
      List<Map<String, String>> out = new ArrayList<>(settings.size());
      for (java.util.concurrent.Future<List<Map<String, String>>> f : parts) {
        out.addAll(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The machine's cores, two at most: the targets are for two cores. */
  static final int SWEEP_THREADS =
      Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  private static List<Map<String, String>> outcomes(
      Engine engine, Scenario s, List<Map<String, String>> settings) {
    List<Map<String, String>> out = new ArrayList<>(settings.size());
    for (Map<String, String> knobs : settings) {
      try (Game game = engine.startQuiet(s, knobs, 0)) {
        game.playToEnd();
        Map<String, String> status = new LinkedHashMap<>();
        for (OutcomeView o : game.report().outcome().values()) {
          status.put(o.move(), o.status());
        }
        out.add(status);
      }
    }
    return out;
  }

  /**
   * {@code runNTurnsMs}: one run (explanations on) of a generated scenario of N turns with one move
   * each, in a fresh JVM under -Xmx512m with the launcher's options, knowledge base already loaded;
   * with the 100-turn run, {@code peakHeapMb}: the most heap that run held (each heap pool's peak,
   * summed; garbage included) and {@code retainedHeapMb100Turns}: what is left after a full
   * collection with the report still held.
   */
  static void turns(Bench b, Figures f, int turns, String name, boolean heap) throws Exception {
    List<String> jvm = new ArrayList<>(LAUNCHER_JVM);
    jvm.add("-Xmx512m");
    int n = b.reps(turns <= 100 ? 3 : 1);
    double[] ms = new double[n];
    double[] peak = new double[n];
    double[] retained = new double[n];
    for (int i = 0; i < n; i++) {
      Map<String, Object> c = b.child(jvm, "turns", String.valueOf(turns));
      ms[i] = ((Number) c.get("ms")).doubleValue();
      peak[i] = ((Number) c.get("peakHeapMb")).doubleValue();
      retained[i] = ((Number) c.get("retainedHeapMb")).doubleValue();
    }
    f.median(name, ms);
    if (heap) {
      f.median("peakHeapMb", peak);
      f.median("retainedHeapMb100Turns", retained);
    }
  }
}
