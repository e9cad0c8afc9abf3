package tabletop.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * The engine's performance figures: one whole scenario run with explanations on (target: at most 10
 * ms warm), and a quiet run as one Monte Carlo trial would make it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBench {
  @Param({"coe-southeast-asia"})
  public String scenarioId;

  private Engine engine;
  private Scenario scenario;

  @Setup
  public void setUp() throws Exception {
    String library = System.getProperty("tabletop.library", "scenarios/library");
    engine = Engine.fromClasspath();
    scenario = new ScenarioLoader().load(Path.of(library, scenarioId + ".yaml"));
  }

  /** A whole run, all actors and turns, explanations on. */
  @Benchmark
  public Report runWithExplanations() {
    return engine.run(scenario, Map.of(), 0);
  }

  /** A whole run with explanation capture off: the cost of one trial. */
  @Benchmark
  public void quietTrial(Blackhole bh) {
    try (Game game = engine.startQuiet(scenario, Map.of(), 0)) {
      game.playToEnd();
      bh.consume(game.history());
    }
  }
}
