package tabletop.engine.sim;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import tabletop.engine.explain.RuleInfo;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Scenario;

/**
 * The engine facade: one knowledge base, shared by every game. A game is a cheap session over it.
 * Thread-safe; games are not.
 */
public final class Engine {
  /**
   * Name of the query, in the knowledge base, that returns every current reaction as {@code $r}.
   */
  public static final String QUERY_REACTIONS = "reactions";

  /** Name of the query that returns every current outcome as {@code $o}. */
  public static final String QUERY_OUTCOMES = "outcomes";

  /** Name of the query that returns every actor taking part as {@code $a}. */
  public static final String QUERY_ACTORS = "actors";

  /** Default limit of rule firings in one turn, far above what a healthy turn needs. */
  public static final int DEFAULT_FIRING_LIMIT = 20_000;

  private final KieBase kieBase;
  private final int firingLimit;

  public Engine(KieBase kieBase) {
    this(kieBase, DEFAULT_FIRING_LIMIT);
  }

  public Engine(KieBase kieBase, int firingLimit) {
    if (kieBase == null) {
      throw new IllegalStateException(
          "no knowledge base: the rules are missing from the classpath");
    }
    this.kieBase = kieBase;
    this.firingLimit = firingLimit;
  }

  /** The engine over the knowledge base on the classpath (the rules module's precompiled model). */
  public static Engine fromClasspath() {
    KieServices ks = KieServices.Factory.get();
    KieBase base = ks.getKieClasspathContainer(Engine.class.getClassLoader()).getKieBase();
    return new Engine(base);
  }

  public KieBase kieBase() {
    return kieBase;
  }

  public int firingLimit() {
    return firingLimit;
  }

  /** Starts a game: a scenario with knob settings (unset knobs take their defaults) and a seed. */
  public Game start(Scenario scenario, Map<String, String> knobs, long seed) {
    return new Game(this, scenario, knobs, seed, true);
  }

  /** Starts a game without explanation capture: for many fast trials. */
  public Game startQuiet(Scenario scenario, Map<String, String> knobs, long seed) {
    return new Game(this, scenario, knobs, seed, false);
  }

  /** Plays every turn of a scenario and returns the report. */
  public Report run(Scenario scenario, Map<String, String> knobs, long seed) {
    try (Game game = start(scenario, knobs, seed)) {
      game.playToEnd();
      return game.report();
    }
  }

  /** Every rule of the knowledge base with its metadata, by package then name. */
  public List<RuleInfo> rules() {
    return kieBase.getKiePackages().stream()
        .map(KiePackage::getRules)
        .flatMap(Collection::stream)
        .map(RuleInfo::of)
        .sorted(Comparator.comparing(RuleInfo::packageName).thenComparing(RuleInfo::name))
        .toList();
  }
}
