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

  /** The queries the engine reads through: not rules, listed with none. */
  public static final java.util.Set<String> QUERIES =
      java.util.Set.of(QUERY_REACTIONS, "outcomes", "actors", "answers");

  /** The query for the counter-moves the rules hold ready ({@code $a}). */
  public static final String QUERY_ANSWERS = "answers";

  /**
   * Base of the limit of rule firings in one turn, far above what a healthy small turn needs; the
   * limit grows with the scenario's size (see {@link #firingLimit(int, int, long)}).
   */
  public static final int DEFAULT_FIRING_LIMIT = 20_000;

  /**
   * Firings allowed per actor and move on the table: an actor's appraisals of a move, its reaction
   * and stand, and what the institutions make of them take a few dozen in the knowledge base.
   */
  public static final int FIRINGS_PER_ACTOR_AND_MOVE = 100;

  /** Firings allowed per fact in working memory: what a fact can set off in one turn. */
  public static final int FIRINGS_PER_FACT = 4;

  private final KieBase kieBase;
  private final int firingLimit;
  private final boolean scaled;

  /** The engine with a firing limit that scales with each scenario's size. */
  public Engine(KieBase kieBase) {
    this(kieBase, DEFAULT_FIRING_LIMIT, true);
  }

  /** The engine with a fixed firing limit per turn, whatever the scenario's size. */
  public Engine(KieBase kieBase, int firingLimit) {
    this(kieBase, firingLimit, false);
  }

  private Engine(KieBase kieBase, int firingLimit, boolean scaled) {
    if (kieBase == null) {
      throw new IllegalStateException(
          "no knowledge base: the rules are missing from the classpath");
    }
    if (firingLimit < 1) {
      throw new IllegalArgumentException("the firing limit must be positive, not " + firingLimit);
    }
    this.kieBase = kieBase;
    this.firingLimit = firingLimit;
    this.scaled = scaled;
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

  /** The firing limit of a turn in the smallest scenario (the base of the scaled limit). */
  public int firingLimit() {
    return firingLimit;
  }

  /**
   * The firing limit of a turn with this many actors, moves on the table and facts in working
   * memory: the base plus {@link #FIRINGS_PER_ACTOR_AND_MOVE} per actor and move plus {@link
   * #FIRINGS_PER_FACT} per fact, or the fixed limit this engine was given.
   */
  public int firingLimit(int actors, int movesOnTable, long facts) {
    if (!scaled) {
      return firingLimit;
    }
    long limit =
        firingLimit
            + (long) FIRINGS_PER_ACTOR_AND_MOVE * actors * Math.max(1, movesOnTable)
            + FIRINGS_PER_FACT * Math.max(0, facts);
    return (int) Math.min(Integer.MAX_VALUE - 1, limit);
  }

  /** Starts a game: a scenario with knob settings (unset knobs take their defaults) and a seed. */
  public Game start(Scenario scenario, Map<String, String> knobs, long seed) {
    return new Game(this, scenario, knobs, seed, true);
  }

  /** Starts a game without explanation capture: for many fast trials. */
  public Game startQuiet(Scenario scenario, Map<String, String> knobs, long seed) {
    return new Game(this, scenario, knobs, seed, false);
  }

  /**
   * Starts a quiet game in which the named rules never fire: what the knowledge base derives where
   * the assumptions they encode do not hold (the check of the trials uses it).
   */
  public Game startWithout(
      Scenario scenario, Map<String, String> knobs, long seed, java.util.Set<String> rules) {
    return Game.without(this, scenario, knobs, seed, rules);
  }

  /** Plays every turn of a scenario and returns the report. */
  public Report run(Scenario scenario, Map<String, String> knobs, long seed) {
    Report replayed = Game.replayKept(this, scenario, knobs, seed);
    if (replayed != null) {
      return replayed;
    }
    try (Game game = start(scenario, knobs, seed)) {
      game.playToEndAtOnce();
      return game.report();
    }
  }

  /**
   * Daemon threads for work a game runs beside its own (a run's probing game): they never keep the
   * JVM alive.
   */
  static final java.util.concurrent.ExecutorService BACKGROUND =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "tabletop-probe");
            t.setDaemon(true);
            return t;
          });

  /** Most turns of whole-run structures kept at once; a longer run's structure is not kept. */
  static final int KEPT_TURNS = 1_000;

  /**
   * Whole-run structures already derived, by scenario content and resolved knob settings, least
   * recently used first: a run's structure is a function of them (the seed changes only the trials
   * drawn on it), so a second run, deal or sensitivity at the same settings samples the structure
   * the first derived instead of deriving it again.
   */
  private final Map<WholeRunKey, Structure> kept = new java.util.LinkedHashMap<>(16, 0.75f, true);

  /**
   * Beside a kept structure, what the run from the start played before its trials: each turn's
   * report with its reasons, which the seed does not change (it changes only the trials). A run at
   * these settings again samples the structure with its own seed and reports these turns with the
   * new probabilities, without playing the rules again.
   */
  private final Map<WholeRunKey, List<tabletop.engine.report.TurnReport>> keptPlays =
      new java.util.LinkedHashMap<>(16, 0.75f, true);

  /** Most plays kept, least recently used forgotten first; a longer play is not kept. */
  static final int KEPT_PLAYS = 64;

  static final int KEPT_PLAY_TURNS = 100;

  private int replayedRuns;

  private int keptTurns;

  /**
   * A scenario by content (scenarios are records all the way down: an edited file is another
   * scenario, the same file loaded again is the same) and its resolved knobs.
   */
  private record WholeRunKey(Scenario scenario, Map<String, String> knobs) {}

  /** The structure of a whole run of this scenario at these resolved knobs, if kept; else null. */
  synchronized Structure keptWholeRun(Scenario scenario, Map<String, String> resolvedKnobs) {
    return kept.get(new WholeRunKey(scenario, Map.copyOf(resolvedKnobs)));
  }

  /** The turns a run from the start played at these settings, before trials, if kept; else null. */
  synchronized List<tabletop.engine.report.TurnReport> keptPlay(
      Scenario scenario, Map<String, String> resolvedKnobs) {
    return keptPlays.get(new WholeRunKey(scenario, Map.copyOf(resolvedKnobs)));
  }

  /** Keeps what a run from the start played, beside its structure (only while that is kept). */
  synchronized void keepPlay(
      Scenario scenario,
      Map<String, String> resolvedKnobs,
      List<tabletop.engine.report.TurnReport> play) {
    WholeRunKey key = new WholeRunKey(scenario, Map.copyOf(resolvedKnobs));
    if (kept.containsKey(key) && play.size() <= KEPT_PLAY_TURNS) {
      keptPlays.put(key, List.copyOf(play));
      var it = keptPlays.keySet().iterator();
      while (keptPlays.size() > KEPT_PLAYS && it.hasNext()) {
        it.next();
        it.remove();
      }
    }
  }

  /** Counts a run answered from a kept play (for tests). */
  synchronized void replayed() {
    replayedRuns++;
  }

  /** How many runs were answered from a kept play without playing the rules (for tests). */
  synchronized int replayedRuns() {
    return replayedRuns;
  }

  /** Keeps the structure of a whole run, forgetting the least recently used beyond the bound. */
  synchronized void keepWholeRun(
      Scenario scenario, Map<String, String> resolvedKnobs, Structure whole) {
    derivedWholeRuns++;
    int turns = whole.turns.size();
    if (turns > KEPT_TURNS || !whole.separable()) {
      return;
    }
    Structure before = kept.put(new WholeRunKey(scenario, Map.copyOf(resolvedKnobs)), whole);
    keptTurns += turns - (before == null ? 0 : before.turns.size());
    var it = kept.values().iterator();
    while (keptTurns > KEPT_TURNS && it.hasNext()) {
      keptTurns -= it.next().turns.size();
      it.remove();
    }
    keptPlays.keySet().retainAll(kept.keySet());
  }

  private int derivedWholeRuns;

  /** How many whole-run structures were derived and offered to be kept (for tests). */
  synchronized int derivedWholeRuns() {
    return derivedWholeRuns;
  }

  /** How many whole-run structures are kept (for tests). */
  synchronized int keptWholeRuns() {
    return kept.size();
  }

  private Boolean answers;

  /** Whether the knowledge base holds counter-moves ready (has the answers query). */
  boolean answersCounterMoves() {
    if (answers == null) {
      answers =
          kieBase.getKiePackages().stream()
              .flatMap(p -> p.getQueries().stream())
              .anyMatch(q -> q.getName().equals(QUERY_ANSWERS));
    }
    return answers;
  }

  /** Every rule of the knowledge base with its metadata, by package then name. */
  public List<RuleInfo> rules() {
    return kieBase.getKiePackages().stream()
        .map(KiePackage::getRules)
        .flatMap(Collection::stream)
        .filter(r -> !QUERIES.contains(r.getName()))
        .map(RuleInfo::of)
        .sorted(Comparator.comparing(RuleInfo::packageName).thenComparing(RuleInfo::name))
        .toList();
  }
}
