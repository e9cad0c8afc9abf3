package tabletop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * The work {@link Bench} measures in a fresh JVM of its own; prints its figures as one JSON line.
 *
 * <ul>
 *   <li>{@code first-run ID}: from main to the end of the first run of a library scenario,
 *       knowledge base load included
 *   <li>{@code turns N}: one run of a generated scenario of N turns of one move each (after the
 *       knowledge base is loaded), and the heap it took
 *   <li>{@code deal ID MOVE}: the first deal on a move of a library scenario in a fresh JVM (after
 *       the knowledge base is loaded), as the first {@code deal} of a shell session
 * </ul>
 */
public final class Child {
  private Child() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Path root = Path.of(System.getProperty("tabletop.root", "."));
    Map<String, Object> out = new LinkedHashMap<>();
    switch (args[0]) {
      case "first-run" -> {
        Engine engine = Engine.fromClasspath();
        Scenario s =
            new ScenarioLoader().load(root.resolve("scenarios/library").resolve(args[1] + ".yaml"));
        Report r = engine.run(s, Map.of(), 0);
        out.put("ms", (System.nanoTime() - t0) / 1e6);
        out.put("turns", r.turns().size());
      }
      case "turns" -> {
        int turns = Integer.parseInt(args[1]);
        Engine engine = Engine.fromClasspath();
        Scenario s = new ScenarioLoader().parse("generated.yaml", Generated.yaml(turns, 1));
        System.gc();
        resetPeaks();
        long t1 = System.nanoTime();
        Report r = engine.run(s, Map.of(), 0);
        out.put("ms", (System.nanoTime() - t1) / 1e6);
        out.put("peakHeapMb", peakHeapMb());
        System.gc();
        out.put("retainedHeapMb", usedHeapMb());
        out.put("turns", r.turns().size());
        out.put("reactions", r.turns().stream().mapToInt(t -> t.reactions().size()).sum());
      }
      case "trials" -> {
        Engine engine = Engine.fromClasspath();
        Scenario s =
            new ScenarioLoader().load(root.resolve("scenarios/library").resolve(args[1] + ".yaml"));
        tabletop.engine.sim.Structure st;
        try (tabletop.engine.sim.Game g = engine.startQuiet(s, Map.of(), 0)) {
          g.playToEnd();
          st = g.structure();
        }
        System.gc();
        resetPeaks();
        long t1 = System.nanoTime();
        tabletop.engine.sim.TrialResult r =
            tabletop.engine.sim.Trials.run(
                st,
                tabletop.engine.sim.Uncertainty.fitted(),
                0,
                Integer.parseInt(args[2]),
                2,
                x -> {},
                () -> false);
        out.put("ms", (System.nanoTime() - t1) / 1e6);
        out.put("peakHeapMb", peakHeapMb());
        out.put("trials", r.trials());
      }
      case "deal" -> {
        Engine engine = Engine.fromClasspath();
        Scenario s =
            new ScenarioLoader().load(root.resolve("scenarios/library").resolve(args[1] + ".yaml"));
        long t1 = System.nanoTime();
        tabletop.engine.sim.Deal.Result r =
            tabletop.engine.sim.Deal.search(
                engine,
                s,
                args[2],
                Map.of(),
                0,
                tabletop.engine.sim.Uncertainty.fitted(),
                tabletop.engine.sim.Deal.TRIALS,
                Map.of(),
                0,
                2,
                x -> {},
                () -> false);
        out.put("ms", (System.nanoTime() - t1) / 1e6);
        out.put("packages", r.ranked().size());
      }
      default -> throw new IllegalArgumentException("no task " + args[0]);
    }
    System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(out));
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** The sum of each heap pool's peak: the most heap the run held at once, garbage included. */
  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        bytes += p.getPeakUsage().getUsed();
      }
    }
    return Math.round(bytes / 1048576.0);
  }

  private static long usedHeapMb() {
    return Math.round(
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
  }
}
