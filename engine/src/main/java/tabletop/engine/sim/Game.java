package tabletop.engine.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import tabletop.engine.explain.Derivation;
import tabletop.engine.explain.Factors;
import tabletop.engine.explain.Provenance;
import tabletop.engine.explain.RuleInfo;
import tabletop.engine.model.Actor;
import tabletop.engine.model.Adjustment;
import tabletop.engine.model.Aftermath;
import tabletop.engine.model.Answer;
import tabletop.engine.model.Appraisal;
import tabletop.engine.model.Clout;
import tabletop.engine.model.Clouts;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Decided;
import tabletop.engine.model.Direction;
import tabletop.engine.model.EventType;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Move;
import tabletop.engine.model.MoveFeature;
import tabletop.engine.model.Outcome;
import tabletop.engine.model.Position;
import tabletop.engine.model.Reaction;
import tabletop.engine.model.Relation;
import tabletop.engine.model.Signal;
import tabletop.engine.model.TeamDecision;
import tabletop.engine.model.Turn;
import tabletop.engine.model.Vocabulary;
import tabletop.engine.model.WorldFact;
import tabletop.engine.report.AnswerView;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.ReopenedView;
import tabletop.engine.report.Report;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.KnobEffect;
import tabletop.engine.scenario.KnobValues;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;

/**
 * One play of a scenario, turn by turn, over its own rule session. The order of a turn is fixed
 * here, not by rule salience: (0) the outcomes decided last turn take their moves off the table,
 * (1) knob changes, the turn's injects and amendments change the world and the moves, and reopen
 * the decided moves they bear on, (2) withdrawn moves leave the table and the turn's moves are
 * tabled, (3) the team decisions that stand are renewed and last turn's reactions become signals,
 * (4) the turn advances and the rules fire to a fixed point within the firing limit, (5) reactions
 * and outcomes are read back through queries.
 *
 * <p>A move's life: tabled, then judged every turn while it stalls; once an outcome decides it (it
 * goes ahead, is declined or blocked) and the turn is over, a {@link Decided} fact takes it off the
 * table, later turns no longer judge it and its outcome stands. A knob, an inject, an amendment, a
 * team decision on it or tabling it again reopens it, and the turn's report says which.
 *
 * <p>A game is a pure function of the scenario, the knob values, the seed and the calls made on it,
 * so replaying the same calls rebuilds the same state.
 */
public final class Game implements AutoCloseable {
  private final Engine engine;
  private final Scenario scenario;
  private final long seed;
  private final KieSession session;
  private final Provenance provenance;
  private final LoopWatch loopWatch = new LoopWatch();
  private final MoveChanges changes = new MoveChanges();
  private final Map<String, String> knobs;
  private final Map<String, FactHandle> world = new LinkedHashMap<>();
  private final Map<String, String> worldValues = new LinkedHashMap<>();
  private final Map<String, List<FactHandle>> features = new LinkedHashMap<>();
  private final Map<String, List<String>> featureValues = new LinkedHashMap<>();
  private final Map<String, Life> lives = new LinkedHashMap<>();
  private final List<FactHandle> signals = new ArrayList<>();
  private final List<Inject> pendingInjects = new ArrayList<>();
  private final Set<String> pendingKnobs = new LinkedHashSet<>();
  private final Map<String, Map<String, List<String>>> pendingAmendments = new LinkedHashMap<>();
  private final Map<String, String> pendingWithdrawals = new LinkedHashMap<>();
  private final Map<String, String> pendingDecisions = new LinkedHashMap<>();
  private final Map<String, Standing> standing = new LinkedHashMap<>();
  private final Map<String, TeamDecision> overrides = new LinkedHashMap<>();
  private final Map<String, FactHandle> decisionHandles = new LinkedHashMap<>();
  private final List<OutcomeView> withdrawnThisTurn = new ArrayList<>();

  /** Counter-moves set off in the turn just played, tabled next turn unless vetoed. */
  private final Map<String, Answer> proposed = new LinkedHashMap<>();

  /** The counter-moves tabled so far, by move id: what each answers. */
  private final Map<String, Answer> answeredBy = new LinkedHashMap<>();

  /** Counter-moves the facilitator vetoed: never tabled. */
  private final Set<String> vetoed = new LinkedHashSet<>();

  /** World facts that ended during play: the turn each ended in, and its Aftermath fact. */
  private final Map<String, Integer> ended = new LinkedHashMap<>();

  private final Map<String, FactHandle> aftermath = new LinkedHashMap<>();

  /** Moves a team tables for the next turn, in the order tabled. */
  private final List<MoveSpec> pendingTabled = new ArrayList<>();

  private final List<TurnReport> history = new ArrayList<>();
  private FactHandle turnHandle;
  private int turn;
  private int firings;

  /** The knob settings the game started with (later changes are in {@link #calls}). */
  private final Map<String, String> initialKnobs;

  /** Every call that changed the game, in order, as it took effect: replaying them rebuilds it. */
  private final List<java.util.function.Consumer<Game>> calls = new ArrayList<>();

  /** In probing mode, the structure being derived (see {@link Structure}); else null. */
  private final Structure probe;

  /** Rules left out of this game (an assumption that does not hold), or null for none. */
  private org.kie.api.runtime.rule.AgendaFilter without;

  /** A probing game kept in step with this one once its structure was asked for; else null. */
  private Game shadow;

  /**
   * The whole run's structure the engine had kept when this game played to the end in one go (see
   * {@link #playToEndAtOnce}), valid while no call follows ({@link #keptCalls} calls); else null.
   */
  private Structure kept;

  private int keptCalls;

  /** In probing mode: the moves a cause reopens this turn, and the team's stands this turn. */
  private final Set<String> probeTouched = new LinkedHashSet<>();

  private Structure.TurnShape probeTurn;

  /**
   * Turns a probing game judges a move after it is tabled or reopened. A move still undecided in a
   * trial after them is counted as stalled from then on, its stands as they were: long games stay
   * linear in their turns. An assumption of the trials (the library's moves are decided within
   * three turns in the model's own run).
   */
  public static final int PROBE_TURNS = 5;

  /** In probing mode: turns each undecided move has been judged since tabled or reopened. */
  private final Map<String, Integer> probeAge = new LinkedHashMap<>();

  /** Trials behind each turn's probabilities, at most (fewer in long games, at least 200). */
  public static final int TRIALS_PER_TURN = 2000;

  /** A tabled move: its fact, and the fact that took it off the table, if any. */
  private static final class Life {
    Move move;
    FactHandle handle;
    Decided decided;
    FactHandle decidedHandle;

    Life(Move move, FactHandle handle) {
      this.move = move;
      this.handle = handle;
    }
  }

  /** A team decision that stands in later turns, unless made for one turn only. */
  private record Standing(TeamDecision decision, boolean thisTurnOnly) {}

  Game(
      Engine engine,
      Scenario scenario,
      Map<String, String> knobSettings,
      long seed,
      boolean explain) {
    this(engine, scenario, knobSettings, seed, explain, false);
  }

  private Game(
      Engine engine,
      Scenario scenario,
      Map<String, String> knobSettings,
      long seed,
      boolean explain,
      boolean probing) {
    this(engine, scenario, knobSettings, seed, explain, probing, null);
  }

  private Game(
      Engine engine,
      Scenario scenario,
      Map<String, String> knobSettings,
      long seed,
      boolean explain,
      boolean probing,
      org.kie.api.runtime.rule.AgendaFilter without) {
    this.without = without;
    this.initialKnobs = new LinkedHashMap<>(knobSettings);
    this.probe = probing ? new Structure(List.of()) : null;
    this.engine = engine;
    this.scenario = scenario;
    this.seed = seed;
    this.knobs = new LinkedHashMap<>(KnobValues.resolve(scenario, knobSettings));
    this.provenance = new Provenance(explain || probing);
    this.session = engine.kieBase().newKieSession();
    // a quiet game listens only for its actor count: the loop watch listens once a turn hits its
    // firing limit, the change watch while a knob or an inject changes the world
    if (provenance.enabled()) {
      session.addEventListener((org.kie.api.event.rule.AgendaEventListener) provenance);
      session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) provenance);
    }
    session.addEventListener(actorCount);
    if (probing) {
      session.addEventListener(appraisals);
    }
    for (ActorSpec a : scenario.actors()) {
      insertActor(a);
    }
    for (String w : scenario.world()) {
      assertWorld(w);
    }
    for (Knob k : scenario.knobs()) {
      applyWorldEffects(k, knobs.get(k.name()));
    }
    turnHandle = session.insert(new Turn(0));
    // the stage is set before the first turn: the actors and what they care about
    fire();
    insertClouts();
  }

  /** Each actor's capability and salience, by actor id (see {@link #clout}). */
  private final Map<String, Clout> clouts = new LinkedHashMap<>();

  /**
   * Inserts every actor's {@link Clout}: the knowledge base's numbers for a built-in actor, with
   * the scenario's over them where it gives any; the scenario's or the defaults for a new id.
   */
  private void insertClouts() {
    for (Actor a : actors()) {
      if (clouts.containsKey(a.id())) {
        continue;
      }
      ActorSpec spec = null;
      for (ActorSpec s : scenario.actors()) {
        if (s.id().equals(a.id())) {
          spec = s;
        }
      }
      Clout c;
      if (Clouts.builtIn(a.id())) {
        c = Clouts.of(a.id());
        if (spec != null && (spec.capability() != null || !spec.salience().isEmpty())) {
          c = c.adjusted(spec.capability(), spec.salience());
        }
      } else if (spec != null) {
        c = Clout.ofScenario(a.id(), spec.capability(), spec.salience());
        if (spec.confidence() != null || !spec.basis().isEmpty()) {
          c =
              new Clout(
                  c.actor(),
                  c.capability(),
                  c.salience(),
                  c.defaultSalience(),
                  spec.basis().isEmpty() ? c.basis() : spec.basis(),
                  spec.confidence() == null ? c.confidence() : spec.confidence(),
                  c.given());
        }
      } else {
        c = Clouts.of(a.id());
      }
      clouts.put(a.id(), c);
      session.insert(c);
    }
    fire();
  }

  /**
   * The actor's capability and salience as this game holds them (the knowledge base's, the
   * scenario's or the defaults); empty for an actor the game does not know.
   */
  public java.util.Optional<Clout> clout(String actor) {
    return java.util.Optional.ofNullable(clouts.get(actor));
  }

  /**
   * Inserts a scenario's actor entry. For a built-in actor each weight and relation it names
   * replaces the knowledge base's (an {@link Adjustment} marks it; 0 leaves nothing); for a new id
   * the entry is the whole actor.
   */
  private void insertActor(ActorSpec a) {
    session.insert(new Actor(a.id(), a.name() == null ? a.id() : a.name(), a.memberships(), true));
    a.concerns().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              session.insert(new Adjustment(a.id(), "concern", e.getKey()));
              if (e.getValue() != 0.0) {
                session.insert(new Concern(a.id(), e.getKey(), e.getValue(), true));
              }
            });
    a.interests().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              session.insert(new Adjustment(a.id(), "interest", e.getKey()));
              if (e.getValue() != 0.0) {
                session.insert(new Interest(a.id(), e.getKey(), e.getValue(), true));
              }
            });
    a.positions().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> session.insert(new Position(a.id(), e.getKey(), e.getValue())));
    for (String type : a.redLines()) {
      session.insert(new tabletop.engine.model.RedLine(a.id(), type));
    }
    for (ActorSpec.RelationSpec r : a.relations()) {
      insertRelation(a.id(), r.with(), r);
      if (r.mutual()) {
        insertRelation(r.with(), a.id(), r);
      }
    }
  }

  private void insertRelation(String from, String to, ActorSpec.RelationSpec r) {
    session.insert(new Adjustment(from, "relation", to));
    if (r.strength() != 0.0) {
      session.insert(new Relation(from, to, r.kind(), r.strength(), true));
    }
  }

  // ---- world ----------------------------------------------------------------------------------

  /** Asserts a world fact given as {@code id} or {@code id=value}; a fact holds one value. */
  private void assertWorld(String spec) {
    String id = spec;
    String value = "true";
    int eq = spec.indexOf('=');
    if (eq > 0) {
      id = spec.substring(0, eq).trim();
      value = spec.substring(eq + 1).trim();
    }
    if (value.equals(worldValues.get(id))) {
      // already so: nothing that follows from it is taken back and derived again
      return;
    }
    FactHandle old = world.remove(id);
    if (old != null) {
      session.delete(old);
    }
    ended.remove(id);
    FactHandle after = aftermath.remove(id);
    if (after != null) {
      session.delete(after);
    }
    world.put(id, session.insert(new WorldFact(id, value)));
    worldValues.put(id, value);
  }

  private void retractWorld(String spec) {
    int eq = spec.indexOf('=');
    String id = eq > 0 ? spec.substring(0, eq).trim() : spec.trim();
    FactHandle old = world.remove(id);
    worldValues.remove(id);
    if (old != null) {
      session.delete(old);
      if (turn > 0) {
        // it ends during play: from next turn on, an aftermath remembers it for a while
        ended.put(id, turn + 1);
      }
    }
  }

  /** Brings the aftermath of the facts that ended during play up to turn {@code n}. */
  private void ageAftermath(int n) {
    for (Map.Entry<String, Integer> e : List.copyOf(ended.entrySet())) {
      FactHandle old = aftermath.remove(e.getKey());
      if (old != null) {
        session.delete(old);
      }
      int since = n - e.getValue() + 1;
      if (since > Aftermath.TURNS) {
        ended.remove(e.getKey());
      } else {
        aftermath.put(e.getKey(), session.insert(new Aftermath(e.getKey(), since)));
      }
    }
  }

  private void applyWorldEffects(Knob k, String value) {
    for (KnobEffect e : k.effects()) {
      if (!e.setsWorld()) {
        continue;
      }
      if (k.type() == Knob.Type.BOOLEAN) {
        if ("true".equals(value)) {
          assertWorld(e.world());
        } else {
          retractWorld(e.world());
        }
      } else {
        assertWorld(e.world() + "=" + value);
      }
    }
  }

  /** Sets the features a knob gives a move (null: every tabled move it names). */
  private void applyFeatureEffects(Knob k, String value, String onlyMove) {
    for (KnobEffect e : k.effects()) {
      if (e.setsWorld()
          || !lives.containsKey(e.move())
          || (onlyMove != null && !onlyMove.equals(e.move()))) {
        continue;
      }
      setFeature(e.move(), e.feature(), splitValues(k, value));
    }
  }

  private static List<String> splitValues(Knob k, String value) {
    if (k.type() == Knob.Type.SET) {
      return value.isEmpty() ? List.of() : List.of(value.split(","));
    }
    return List.of(value);
  }

  private void setFeature(String move, String name, List<String> values) {
    String key = move + "\u0000" + name;
    if (values.equals(featureValues.get(key))) {
      return;
    }
    List<FactHandle> old = features.remove(key);
    if (old != null) {
      old.forEach(session::delete);
    }
    List<FactHandle> handles = new ArrayList<>();
    for (String v : values) {
      handles.add(session.insert(new MoveFeature(move, name, v)));
    }
    features.put(key, handles);
    featureValues.put(key, List.copyOf(values));
  }

  private void clearFeatures(String move) {
    String prefix = move + "\u0000";
    for (String key : List.copyOf(features.keySet())) {
      if (key.startsWith(prefix)) {
        features.remove(key).forEach(session::delete);
        featureValues.remove(key);
      }
    }
  }

  // ---- playing ----------------------------------------------------------------------------------

  public Scenario scenario() {
    return scenario;
  }

  public long seed() {
    return seed;
  }

  /** The last turn played, 0 before the first. */
  public int turn() {
    return turn;
  }

  public boolean finished() {
    return turn >= scenario.lastTurn();
  }

  public Map<String, String> knobs() {
    return java.util.Collections.unmodifiableMap(knobs);
  }

  public List<TurnReport> history() {
    return List.copyOf(history);
  }

  /** Rule firings of the last turn played (or of the last re-fire for a team's decision). */
  public int firings() {
    return firings;
  }

  /** The moves on the table, in the order they were tabled: tabled and not yet decided. */
  public List<String> onTheTable() {
    return lives.values().stream()
        .filter(l -> l.decided == null && !decidedByLastTurn(l.move.id()))
        .map(l -> l.move.id())
        .toList();
  }

  /**
   * The moves off the table and how each was decided, in the order they were tabled; a move decided
   * in the turn just played counts from now, though it leaves the table next turn.
   */
  public Map<String, OutcomeView> decided() {
    Map<String, OutcomeView> out = new LinkedHashMap<>();
    Map<String, OutcomeView> all = finalOutcomes(history);
    for (Life l : lives.values()) {
      OutcomeView o = all.get(l.move.id());
      if ((l.decided != null || decidedByLastTurn(l.move.id())) && o != null) {
        out.put(l.move.id(), o);
      }
    }
    return out;
  }

  private boolean decidedByLastTurn(String move) {
    if (history.isEmpty()) {
      return false;
    }
    OutcomeView o = history.get(history.size() - 1).outcomeByMove().get(move);
    return o != null && Outcome.Status.valueOf(o.status()).decisive();
  }

  /** The team decisions that stand, each with the turn it was made in. */
  public List<TeamDecision> decisions() {
    return standing.values().stream().map(Standing::decision).toList();
  }

  /** Plays the next turn and returns what happened in it. */
  public TurnReport next() {
    nextTurn();
    logged(Game::nextTurn);
    if (deferLikelihood) {
      return history.get(history.size() - 1);
    }
    TurnReport report = likely(history.get(history.size() - 1));
    history.set(history.size() - 1, report);
    return report;
  }

  private TurnReport nextTurn() {
    int n = turn + 1;
    probeTouched.clear();
    if (probe != null) {
      // a move the institutions decided last turn whatever the stands and draws is decided in
      // every trial; the probe follows any other for PROBE_TURNS turns after it is tabled or
      // reopened
      Structure.TurnShape last =
          probe.turns.isEmpty() ? null : probe.turns.get(probe.turns.size() - 1);
      for (Life l : lives.values()) {
        if (l.decided != null) {
          continue;
        }
        Outcome.Status certain = certainOutcome(last, l.move.id());
        if (certain != null) {
          setDecided(l, new Decided(l.move.id(), certain, turn));
          probeAge.remove(l.move.id());
        } else if (probeAge.merge(l.move.id(), 1, Integer::sum) >= PROBE_TURNS + 1) {
          setDecided(l, new Decided(l.move.id(), Outcome.Status.STALLED, turn));
        }
      }
    }
    firings = 0;
    settle();
    // the turn just played is over: what was derived from it goes before the world changes
    session.delete(turnHandle);
    turnHandle = null;
    decisionHandles.values().forEach(session::delete);
    decisionHandles.clear();
    overrides.clear();
    // a one-turn decision lapses, unless it waits for the move it reopens
    standing
        .values()
        .removeIf(
            s ->
                s.thisTurnOnly()
                    && !(s.decision().turn() == turn
                        && pendingDecisions.containsKey(s.decision().move())));
    withdrawnThisTurn.clear();
    fire();

    Map<String, ReopenedView> reopened = new LinkedHashMap<>();
    for (String name : pendingKnobs) {
      Knob k = scenario.knob(name).orElseThrow();
      watchChanges();
      applyWorldEffects(k, knobs.get(name));
      applyFeatureEffects(k, knobs.get(name), null);
      fire();
      reopenWhere(changesSeen(), ReopenedView.KNOB, name, reopened);
    }
    pendingKnobs.clear();
    TurnSpec spec =
        scenario.turn(n).orElse(new TurnSpec(n, "Turn " + n, List.of(), List.of(), List.of()));
    List<String> injectTitles = new ArrayList<>();
    List<Inject> injects = new ArrayList<>(spec.injects());
    injects.addAll(pendingInjects);
    pendingInjects.clear();
    for (Inject i : injects) {
      watchChanges();
      i.asserts().forEach(this::assertWorld);
      i.retracts().forEach(this::retractWorld);
      fire();
      reopenWhere(changesSeen(), ReopenedView.INJECT, i.title(), reopened);
      injectTitles.add(i.title());
    }
    ageAftermath(n);
    pendingAmendments.forEach(
        (move, amended) -> {
          new java.util.TreeMap<>(amended)
              .forEach((name, values) -> setFeature(move, name, values));
          reopen(move, ReopenedView.AMENDMENT, move, true, reopened);
        });
    pendingAmendments.clear();
    pendingDecisions.forEach(
        (move, actor) -> reopen(move, ReopenedView.DECISION, actor, false, reopened));
    pendingDecisions.clear();
    pendingWithdrawals.forEach((move, reason) -> withdrawNow(move, reason, n));
    pendingWithdrawals.clear();

    List<String> moveTitles = new ArrayList<>();
    for (MoveSpec m : spec.moves()) {
      table(m, n, reopened);
      moveTitles.add(m.title());
    }
    for (MoveSpec m : pendingTabled) {
      table(m, n, reopened);
      moveTitles.add(m.title());
    }
    pendingTabled.clear();
    for (Answer a : proposed.values()) {
      answeredBy.put(a.id(), a);
      table(moveOf(a), n, reopened);
      moveTitles.add(a.title());
    }
    proposed.clear();
    if (probe != null) {
      probeTurn = new Structure.TurnShape(n);
    }
    for (Standing s : standing.values()) {
      TeamDecision d = s.decision();
      Life life = lives.get(d.move());
      if (life != null && life.decided == null) {
        if (probe != null) {
          probeTurn.fixedMap.put(
              Structure.TurnShape.pair(probe.actor(d.actor()), probe.move(d.move())),
              d.direction().ordinal());
        } else {
          decide(new TeamDecision(d.actor(), d.move(), n, d.direction(), d.reason()));
        }
      }
    }
    signals.forEach(session::delete);
    signals.clear();
    if (probe == null && !history.isEmpty()) {
      for (ReactionView r : history.get(history.size() - 1).reactions()) {
        signals.add(
            session.insert(
                new Signal(
                    r.actor(),
                    r.move(),
                    turn,
                    Direction.valueOf(r.direction()),
                    r.eventType(),
                    r.overridden())));
      }
    }
    turnHandle = session.insert(new Turn(n));
    turn = n;
    fire();
    if (probe != null) {
      derive(probeTurn);
      return null;
    }
    TurnReport report =
        propose(read(spec.title(), injectTitles, moveTitles, List.copyOf(reopened.values())));
    history.add(report);
    return report;
  }

  /**
   * The decisive status a probed turn gave a move in every trial, or null: the move was judged that
   * turn, no actor's stand changes its outcome, no assumption draw stands behind it, and, for a
   * counter-move, no trial can table it later (the move it answers is decided too).
   */
  private Outcome.Status certainOutcome(Structure.TurnShape last, String move) {
    int m = probe.indexOfMove(move);
    if (last == null || m < 0 || !last.onTableSet.contains(m) || !last.outcomeKeys.containsKey(m)) {
      return null;
    }
    Answer a = answeredBy.get(move);
    if (a != null) {
      Life answered = lives.get(a.answers());
      if (answered == null || answered.decided == null) {
        return null;
      }
    }
    for (Long k : last.effects.keySet()) {
      if ((k >>> 40) == m) {
        return null;
      }
    }
    long mask = last.baselineMap.getOrDefault(m, 0L);
    List<Structure.OutcomeKey> keys = last.outcomeKeys.get(m);
    Outcome.Status best = null;
    for (int k = 0; k < keys.size(); k++) {
      if ((mask & (1L << k)) == 0) {
        continue;
      }
      if (keys.get(k).holds() >= 0) {
        return null;
      }
      Outcome.Status st = keys.get(k).status();
      if (best == null || st.weight() > best.weight()) {
        best = st;
      }
    }
    return best != null && best.decisive() ? best : null;
  }

  // ---- counter-moves ----------------------------------------------------------------------------

  /** A counter-move as a move to table. */
  private static MoveSpec moveOf(Answer a) {
    return new MoveSpec(a.id(), a.actor(), a.kind(), a.title(), a.title(), a.features(), null);
  }

  /** The counter-moves the rules hold ready now, in the order they are set off. */
  private List<Answer> answersReady() {
    List<Answer> out = new ArrayList<>();
    if (!engine.answersCounterMoves()) {
      return out;
    }
    for (QueryResultsRow row : session.getQueryResults(Engine.QUERY_ANSWERS)) {
      out.add((Answer) row.get("$a"));
    }
    out.sort(Comparator.comparingInt((Answer a) -> a.priority()).thenComparing(Answer::id));
    return out;
  }

  /**
   * The counter-moves the stands of the turn just read set off (at most {@link Answer#PER_TURN}),
   * to be tabled next turn: the report lists them; none after the scenario's last turn. Called
   * again when a team's decision changes a stand.
   */
  private TurnReport propose(TurnReport report) {
    proposed.clear();
    if (probe != null || report.turn() >= scenario.lastTurn()) {
      // after the last turn no turn follows in which a counter-move could be tabled
      return report;
    }
    Map<String, String> stood = new LinkedHashMap<>();
    for (ReactionView r : report.reactions()) {
      stood.put(key(r.actor(), r.move()), r.direction());
    }
    List<AnswerView> views = new ArrayList<>();
    for (Answer a : answersReady()) {
      if (proposed.size() == Answer.PER_TURN) {
        break;
      }
      String d = stood.get(key(a.watch(), a.answers()));
      if (lives.containsKey(a.id())
          || vetoed.contains(a.id())
          || d == null
          || !a.setOffBy(Direction.valueOf(d))) {
        continue;
      }
      proposed.put(a.id(), a);
      List<RuleInfo> rules = provenance.rulesBehind(a);
      List<AssumptionView> assumptions = new ArrayList<>();
      for (RuleInfo i : rules) {
        if (i.isAssumption()) {
          assumptions.add(new AssumptionView(i.name(), i.assumption(), i.confidence()));
        }
      }
      views.add(
          new AnswerView(
              a.id(),
              a.actor(),
              a.answers(),
              a.kind(),
              a.title(),
              a.features(),
              a.watch(),
              d,
              rules.stream().map(RuleInfo::name).toList(),
              sources(rules),
              assumptions,
              AnswerView.PROPOSED));
    }
    return report.withAnswers(views);
  }

  /** The counter-moves proposed after the turn just played: tabled next turn unless vetoed. */
  public List<AnswerView> proposedAnswers() {
    if (history.isEmpty()) {
      return List.of();
    }
    return history.get(history.size() - 1).answers().stream()
        .filter(v -> proposed.containsKey(v.id()))
        .toList();
  }

  /**
   * Vetoes a counter-move the model proposed after the turn just played: it is not tabled, now or
   * later (the facilitator decided the actor does not answer that way).
   */
  public void veto(String answer) {
    if (!proposed.containsKey(answer)) {
      throw new IllegalArgumentException(
          proposed.isEmpty()
              ? "no counter-move is waiting to be tabled"
              : "no counter-move '"
                  + answer
                  + "' is waiting to be tabled"
                  + tabletop.engine.scenario.Suggest.didYouMean(answer, proposed.keySet())
                  + "; waiting: "
                  + String.join(", ", proposed.keySet()));
    }
    proposed.remove(answer);
    vetoed.add(answer);
    int last = history.size() - 1;
    TurnReport t = history.get(last);
    history.set(
        last,
        t.withAnswers(
            t.answers().stream().map(v -> v.id().equals(answer) ? v.vetoed() : v).toList()));
    logged(g -> g.probeVeto(answer));
  }

  /** A veto in a probing game: the counter-move is set off by no stand from this turn on. */
  private void probeVeto(String answer) {
    vetoed.add(answer);
    proposed.remove(answer);
    if (!probe.turns.isEmpty()) {
      Structure.TurnShape t = probe.turns.get(probe.turns.size() - 1);
      t.gateList.removeIf(g -> g.id().equals(answer));
      t.dirty = true;
    }
  }

  /**
   * Tables a move for the next turn, as a team's move in a matrix game: the model reads it like any
   * other. A move with the id of one tabled before replaces it.
   */
  public void tableMove(MoveSpec move) {
    Objects.requireNonNull(move);
    if (pendingTabled.stream().anyMatch(m -> m.id().equals(move.id()))
        || proposed.containsKey(move.id())) {
      throw new IllegalArgumentException(
          "a move '" + move.id() + "' is already waiting to be tabled next turn");
    }
    pendingTabled.add(move);
    logged(g -> g.pendingTabled.add(move));
  }

  /** The moves a team tabled for the next turn. */
  public List<MoveSpec> movesWaiting() {
    return List.copyOf(pendingTabled);
  }

  /** Every move tabled so far, by id, as last tabled (its turn, leader, kind and title). */
  public Map<String, Move> moves() {
    Map<String, Move> out = new LinkedHashMap<>();
    lives.forEach((id, l) -> out.put(id, l.move));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Moves tabled so far (scripted, by a team or as counter-moves), by id. */
  public Set<String> movesTabled() {
    return java.util.Collections.unmodifiableSet(lives.keySet());
  }

  /** Plays every remaining turn. */
  public void playToEnd() {
    while (!finished()) {
      next();
    }
  }

  /**
   * Plays every remaining turn and then gives every turn its probabilities from one set of
   * whole-run trials (rather than new trials after each turn): for a run read at the end.
   */
  public void playToEndAtOnce() {
    boolean derives = provenance.enabled() && probe == null && shadow == null;
    // a run from the start with no call yet: its structure is a function of the scenario and knobs
    boolean fresh = derives && calls.isEmpty() && turn == 0;
    Structure known = fresh ? engine.keptWholeRun(scenario, knobs) : null;
    Ahead ahead = derives && known == null ? new Ahead() : null;
    deferLikelihood = true;
    try {
      playToEnd();
    } catch (RuntimeException | Error e) {
      if (ahead != null) {
        ahead.abandon();
      }
      throw e;
    } finally {
      deferLikelihood = false;
    }
    if (ahead != null) {
      shadow = ahead.join();
      if (fresh) {
        engine.keepWholeRun(scenario, knobs, shadow.probe.upTo(shadow.turn));
      }
    }
    if (known != null) {
      kept = known;
      keptCalls = calls.size();
    }
    if (!provenance.enabled() || history.isEmpty()) {
      return;
    }
    Structure s = structure();
    if (!s.separable()) {
      return;
    }
    if (fresh) {
      engine.keepPlay(scenario, knobs, history);
    }
    TrialResult tr = trialsOfPlay(s);
    for (int i = 0; i < history.size(); i++) {
      history.set(i, likely(history.get(i), tr));
    }
  }

  /**
   * The report of a run from the start at settings the engine has played before, or null when it
   * has not kept that play: the kept turns, with the probabilities of trials drawn with this seed
   * on the kept structure. The same report a game would give, since the seed changes only the
   * trials (see {@link Engine#run}).
   */
  static Report replayKept(Engine engine, Scenario scenario, Map<String, String> knobs, long seed) {
    Map<String, String> resolved = new LinkedHashMap<>(KnobValues.resolve(scenario, knobs));
    List<TurnReport> play = engine.keptPlay(scenario, resolved);
    Structure s = play == null ? null : engine.keptWholeRun(scenario, resolved);
    if (s == null || play.isEmpty()) {
      return null;
    }
    TrialResult tr = trialsOfRun(s, seed, play.get(play.size() - 1).turn());
    List<TurnReport> history = new ArrayList<>();
    for (TurnReport t : play) {
      history.add(likely(t, tr));
    }
    engine.replayed();
    return new Report(scenario.id(), seed, resolved, history, finalOutcomes(history));
  }

  /** Threads for a run's trials: the result is the same for any number (see {@link Trials}). */
  static final int TRIAL_THREADS =
      Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  /**
   * The probing game of a whole run, played on another thread while this game plays the same turns:
   * the same calls, so the same structure {@link #structure()} would derive afterwards.
   */
  private final class Ahead {
    private final Game game = new Game(engine, scenario, initialKnobs, seed, true, true);
    private volatile boolean abandoned;
    private final java.util.concurrent.CompletableFuture<Void> done;

    Ahead() {
      List<java.util.function.Consumer<Game>> replay = List.copyOf(calls);
      done =
          java.util.concurrent.CompletableFuture.runAsync(
              () -> {
                replay.forEach(c -> c.accept(game));
                while (!game.finished() && !abandoned) {
                  game.nextTurn();
                }
              },
              Engine.BACKGROUND);
    }

    /** The probing game once it has played every turn; its failure is this game's. */
    Game join() {
      try {
        done.join();
        return game;
      } catch (java.util.concurrent.CompletionException e) {
        game.close();
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }

    /** Stops the probing game after its turn and closes it. */
    void abandon() {
      abandoned = true;
      done.whenComplete((v, e) -> game.close());
    }
  }

  private boolean deferLikelihood;

  /** The decisive outcomes of the turn just played take their moves off the table. */
  private void settle() {
    if (probe != null || history.isEmpty()) {
      return;
    }
    TurnReport last = history.get(history.size() - 1);
    last.outcomeByMove()
        .forEach(
            (move, o) -> {
              Life life = lives.get(move);
              Outcome.Status status = Outcome.Status.valueOf(o.status());
              if (life != null && life.decided == null && status.decisive()) {
                setDecided(life, new Decided(move, status, last.turn()));
              }
            });
  }

  private void setDecided(Life life, Decided d) {
    if (life.decidedHandle != null) {
      session.delete(life.decidedHandle);
    }
    undecided += (life.decided == null ? 0 : 1) - (d == null ? 0 : 1);
    life.decided = d;
    life.decidedHandle = d == null ? null : session.insert(d);
  }

  /** Reopens the decided moves (not the withdrawn) whose facts a change touched. */
  private void reopenWhere(
      MoveChanges.Result changed, String cause, String source, Map<String, ReopenedView> into) {
    for (Life life : lives.values()) {
      if (changed.touches(life.move.id())) {
        reopen(life.move.id(), cause, source, false, into);
      }
    }
  }

  /** Puts a decided move back on the table; a withdrawn one only when {@code evenWithdrawn}. */
  private void reopen(
      String move,
      String cause,
      String source,
      boolean evenWithdrawn,
      Map<String, ReopenedView> into) {
    Life life = lives.get(move);
    if (probe != null && life != null) {
      // in a trial the move may be decided where this play has it on the table
      probeTouched.add(move);
      probeAge.remove(move);
    }
    if (life == null || life.decided == null) {
      return;
    }
    if (life.decided.status() == Outcome.Status.WITHDRAWN && !evenWithdrawn) {
      return;
    }
    setDecided(life, null);
    into.putIfAbsent(move, new ReopenedView(move, cause, source));
  }

  private void withdrawNow(String move, String reason, int n) {
    Life life = lives.get(move);
    setDecided(life, new Decided(move, Outcome.Status.WITHDRAWN, n));
    String by = life.move.actor();
    withdrawnThisTurn.add(
        new OutcomeView(
            move,
            Outcome.Status.WITHDRAWN.name(),
            by,
            "withdrawn by " + by + (reason == null || reason.isBlank() ? "" : ": " + reason),
            List.of(),
            List.of()));
  }

  private void table(MoveSpec m, int n, Map<String, ReopenedView> reopened) {
    Move move = new Move(m.id(), n, m.actor(), m.kind(), m.title());
    Life life = lives.get(m.id());
    if (life == null) {
      lives.put(m.id(), new Life(move, session.insert(move)));
      undecided++;
    } else {
      // tabled again: the new move replaces the old one, features and all
      session.delete(life.handle);
      clearFeatures(m.id());
      life.move = move;
      life.handle = session.insert(move);
      reopen(m.id(), ReopenedView.MOVE, m.title(), true, reopened);
    }
    m.features().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                setFeature(
                    m.id(),
                    // the old 'target' reads as the role its kind gives it
                    e.getKey().equals("target") ? Vocabulary.roleOfTarget(m.kind()) : e.getKey(),
                    e.getValue()));
    for (Knob k : scenario.knobs()) {
      applyFeatureEffects(k, knobs.get(k.name()), m.id());
    }
  }

  /** A live inject: its world changes apply at the start of the next turn. */
  public void inject(Inject inject) {
    pendingInjects.add(Objects.requireNonNull(inject));
    logged(g -> g.pendingInjects.add(inject));
  }

  /** Sets a knob; it takes effect from the next turn. */
  public void setKnob(String name, String value) {
    Knob k =
        scenario
            .knob(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown knob '"
                            + name
                            + "'"
                            + tabletop.engine.scenario.Suggest.didYouMean(
                                name, scenario.knobs().stream().map(Knob::name).toList())));
    String normal = KnobValues.normalise(k, value);
    knobs.put(name, normal);
    // the turn already played stays as played, even if it is re-fired for a team's decision
    pendingKnobs.add(name);
    logged(
        g -> {
          g.knobs.put(name, normal);
          g.pendingKnobs.add(name);
        });
  }

  /**
   * Withdraws a tabled move from the next turn on: whoever tabled it takes it back, it leaves the
   * table and the turn's report lists it as withdrawn. Only an amendment or tabling it again brings
   * it back.
   */
  public void withdraw(String move, String reason) {
    Life life = life(move);
    if (life.decided != null && life.decided.status() == Outcome.Status.WITHDRAWN) {
      throw new IllegalArgumentException(
          "move '" + move + "' is withdrawn already; amend it to put it back on the table");
    }
    pendingAmendments.remove(move);
    pendingWithdrawals.put(move, reason == null ? "" : reason);
    logged(g -> g.withdraw(move, reason));
  }

  /**
   * Amends a tabled move from the next turn on: the features named take these values (an empty list
   * removes a feature), the others stay. A decided or withdrawn move is back on the table.
   */
  public void amend(String move, Map<String, List<String>> features) {
    life(move);
    if (features == null || features.isEmpty()) {
      throw new IllegalArgumentException(
          "an amendment of '" + move + "' names the features it changes");
    }
    pendingWithdrawals.remove(move);
    Map<String, List<String>> merged =
        pendingAmendments.computeIfAbsent(move, m -> new LinkedHashMap<>());
    features.forEach((name, values) -> merged.put(name, List.copyOf(values)));
    Map<String, List<String>> copy = new LinkedHashMap<>();
    features.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    logged(g -> g.amend(move, copy));
  }

  private Life life(String move) {
    Life life = lives.get(move);
    if (life == null) {
      throw new IllegalArgumentException(
          "no move '"
              + move
              + "' has been tabled"
              + tabletop.engine.scenario.Suggest.didYouMean(move, List.copyOf(lives.keySet())));
    }
    return life;
  }

  /**
   * The team's decision replaces the model's reaction of an actor to a move (null: every move it
   * reacted to) in the current turn, and stands in later turns until the team changes or clears it.
   * Other actors see it as a signal next turn.
   */
  public TurnReport override(String actor, String move, Direction direction, String reason) {
    return override(actor, move, direction, reason, false);
  }

  /**
   * As {@link #override(String, String, Direction, String)}; with {@code thisTurnOnly} the decision
   * holds for the current turn only. A decision on a move decided in an earlier turn (the move
   * named) reopens it next turn, where the decision holds.
   */
  public TurnReport override(
      String actor, String move, Direction direction, String reason, boolean thisTurnOnly) {
    if (history.isEmpty()) {
      throw new IllegalStateException("no turn played yet: play a turn before overriding it");
    }
    TurnReport last = history.get(history.size() - 1);
    List<ReactionView> matching =
        last.reactions().stream()
            .filter(r -> r.actor().equals(actor) && (move == null || r.move().equals(move)))
            .toList();
    if (matching.isEmpty()) {
      Life life = move == null ? null : lives.get(move);
      boolean offTable =
          life != null
              && life.decided != null
              && life.decided.status() != Outcome.Status.WITHDRAWN
              && actors().stream().anyMatch(a -> a.id().equals(actor));
      if (!offTable) {
        throw new IllegalArgumentException(
            "no reaction of '"
                + actor
                + "'"
                + (move == null ? "" : " to " + move)
                + " in turn "
                + turn);
      }
      // the move was decided earlier: the decision reopens it next turn
      standing.put(
          key(actor, move),
          new Standing(new TeamDecision(actor, move, turn, direction, reason), thisTurnOnly));
      pendingDecisions.putIfAbsent(move, actor);
      logged(g -> g.probeDecide(actor, move, direction, thisTurnOnly, true));
      return last;
    }
    for (ReactionView r : matching) {
      TeamDecision o = new TeamDecision(actor, r.move(), turn, direction, reason);
      standing.put(key(actor, r.move()), new Standing(o, thisTurnOnly));
      decide(o);
      String m = r.move();
      logged(g -> g.probeDecide(actor, m, direction, thisTurnOnly, false));
    }
    return refire(last);
  }

  /**
   * A team's decision in a probing game: it stands as the game's does, and fixes the actor's stand
   * on the move this turn (or, for a move decided earlier, reopens it next turn).
   */
  private void probeDecide(
      String actor, String move, Direction direction, boolean thisTurnOnly, boolean reopen) {
    standing.put(
        key(actor, move),
        new Standing(new TeamDecision(actor, move, turn, direction, "team"), thisTurnOnly));
    if (reopen) {
      pendingDecisions.putIfAbsent(move, actor);
    } else if (probeTurn != null) {
      probeTurn.fixedMap.put(
          Structure.TurnShape.pair(probe.actor(actor), probe.move(move)), direction.ordinal());
      probeTurn.dirty = true;
    }
  }

  private void probeClear(String actor, String move) {
    standing
        .keySet()
        .removeIf(
            k -> k.startsWith(actor + "\u0000") && (move == null || k.equals(key(actor, move))));
    pendingDecisions
        .entrySet()
        .removeIf(e -> e.getValue().equals(actor) && (move == null || e.getKey().equals(move)));
    if (probeTurn != null) {
      probeTurn.dirty = true;
      int a = probe.actor(actor);
      probeTurn
          .fixedMap
          .keySet()
          .removeIf(
              k -> (int) (k >>> 32) == a && (move == null || (int) (long) k == probe.move(move)));
    }
  }

  /** Records a call that changed the game, and applies it to the probing game kept in step. */
  private void logged(java.util.function.Consumer<Game> call) {
    if (probe != null) {
      return;
    }
    calls.add(call);
    if (shadow != null) {
      call.accept(shadow);
    }
  }

  /**
   * Clears the team's decisions for an actor on a move (null: on every move): from the current turn
   * on, the model speaks for it again.
   */
  public TurnReport clearOverride(String actor, String move) {
    if (history.isEmpty()) {
      throw new IllegalStateException("no turn played yet: nothing to clear");
    }
    List<String> keys =
        standing.keySet().stream()
            .filter(
                k -> k.startsWith(actor + "\u0000") && (move == null || k.equals(key(actor, move))))
            .toList();
    List<String> current =
        decisionHandles.keySet().stream()
            .filter(
                k -> k.startsWith(actor + "\u0000") && (move == null || k.equals(key(actor, move))))
            .toList();
    if (keys.isEmpty() && current.isEmpty()) {
      throw new IllegalArgumentException(
          "no team decision for '" + actor + "'" + (move == null ? "" : " on " + move));
    }
    keys.forEach(standing::remove);
    pendingDecisions
        .entrySet()
        .removeIf(e -> e.getValue().equals(actor) && (move == null || e.getKey().equals(move)));
    for (String k : current) {
      session.delete(decisionHandles.remove(k));
      overrides.remove(k);
    }
    logged(g -> g.probeClear(actor, move));
    TurnReport last = history.get(history.size() - 1);
    return current.isEmpty() ? last : refire(last);
  }

  private static String key(String actor, String move) {
    return actor + "\u0000" + move;
  }

  /** Puts a team decision for the current turn into the session, replacing an earlier one. */
  private void decide(TeamDecision d) {
    String k = key(d.actor(), d.move());
    FactHandle old = decisionHandles.remove(k);
    if (old != null) {
      session.delete(old);
    }
    decisionHandles.put(k, session.insert(d));
    overrides.put(k, d);
  }

  private TurnReport refire(TurnReport last) {
    firings = 0;
    fire();
    TurnReport again =
        likely(propose(read(last.title(), last.injects(), last.moves(), last.reopened())));
    history.set(history.size() - 1, again);
    return again;
  }

  /** The actors in working memory, counted as they come and go, for the firing limit. */
  private final ActorCount actorCount = new ActorCount();

  private static final class ActorCount
      extends org.kie.api.event.rule.DefaultRuleRuntimeEventListener {
    private int n;

    @Override
    public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent e) {
      if (e.getObject() instanceof Actor) {
        n++;
      }
    }

    @Override
    public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent e) {
      if (e.getOldObject() instanceof Actor) {
        n--;
      }
    }
  }

  /** The moves with no decision, kept with {@link #setDecided} and {@link #table}. */
  private int undecided;

  private void fire() {
    int actors = actorCount.n;
    int moves = undecided;
    long facts = session.getFactCount();
    int limit = engine.firingLimit(actors, moves, facts);
    int fired =
        without == null ? session.fireAllRules(limit) : session.fireAllRules(without, limit);
    firings += fired;
    if (fired >= limit) {
      watchPastTheLimit();
      List<String> repeating = loopWatch.repeatingRules();
      List<String> deep = loopWatch.deepRules();
      if (!repeating.isEmpty() || !deep.isEmpty()) {
        List<String> suspects = new ArrayList<>(repeating);
        deep.stream().filter(r -> !suspects.contains(r)).forEach(suspects::add);
        throw new RuleLoopException(
            turn,
            limit,
            suspects,
            RuleLoopException.Kind.LOOP,
            repeating.isEmpty()
                ? "facts derived from their own conclusions, " + loopWatch.maxDepth() + " deep"
                : "the same facts matched again and again");
      }
      throw new RuleLoopException(
          turn,
          limit,
          loopWatch.busiest(5),
          RuleLoopException.Kind.SIZE,
          actors + " actors, " + moves + " moves on the table, " + facts + " facts");
    }
  }

  /**
   * Fires up to {@link LoopWatch#WINDOW} more rules with the loop watch listening, to tell a loop
   * from a large scenario; the turn fails either way.
   */
  private void watchPastTheLimit() {
    loopWatch.reset();
    session.addEventListener((org.kie.api.event.rule.AgendaEventListener) loopWatch);
    session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) loopWatch);
    try {
      if (without == null) {
        session.fireAllRules(LoopWatch.WINDOW);
      } else {
        session.fireAllRules(without, LoopWatch.WINDOW);
      }
    } finally {
      session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) loopWatch);
      session.removeEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) loopWatch);
    }
  }

  /** How many listeners the session has, agenda and rule runtime together (for tests). */
  int listeners() {
    return session.getAgendaEventListeners().size() + session.getRuleRuntimeEventListeners().size();
  }

  /** Starts collecting which moves the facts changed for ({@link MoveChanges}). */
  private void watchChanges() {
    changes.start();
    session.addEventListener(changes);
  }

  /** Stops collecting: what changed since {@link #watchChanges}. */
  private MoveChanges.Result changesSeen() {
    session.removeEventListener(changes);
    return changes.stop();
  }

  // ---- reading back
  // ------------------------------------------------------------------------------

  private TurnReport read(
      String title, List<String> injects, List<String> moves, List<ReopenedView> reopened) {
    names = null;
    List<Reaction> reactions = new ArrayList<>();
    QueryResults rows = session.getQueryResults(Engine.QUERY_REACTIONS);
    for (QueryResultsRow row : rows) {
      Reaction r = (Reaction) row.get("$r");
      if (r.turn() == turn) {
        reactions.add(r);
      }
    }
    reactions.sort(Comparator.comparing(Reaction::move).thenComparing(Reaction::actor));
    List<ReactionView> views = new ArrayList<>();
    for (Reaction r : reactions) {
      views.add(carried(view(r)));
    }
    List<OutcomeView> outcomes = new ArrayList<>(withdrawnThisTurn);
    for (QueryResultsRow row : session.getQueryResults(Engine.QUERY_OUTCOMES)) {
      Outcome o = (Outcome) row.get("$o");
      List<RuleInfo> rules = provenance.rulesBehind(o);
      outcomes.add(
          new OutcomeView(
              o.move(),
              o.status().name(),
              o.by(),
              o.reason(),
              rules.stream().map(RuleInfo::name).toList(),
              sources(rules)));
    }
    outcomes.sort(Comparator.comparing(OutcomeView::move));
    return new TurnReport(turn, title, injects, moves, views, outcomes, reopened);
  }

  /**
   * How much of a stance's intensity lasts into the next turn when nothing feeds it: an actor's
   * feeling about a move cools rather than vanishing. An assumption of the dynamics.
   */
  public static final double COOLING = 0.8;

  static final String ESCALATION_RULE = "Dynamics - escalation and cooling";

  /**
   * A stance's intensity carried over from the last turn: where the actor stood on the same side of
   * the move then, with more feeling than this turn's appraisals give, the intensity is last
   * turn's, cooled by {@link #COOLING}; the event type follows.
   */
  private ReactionView carried(ReactionView v) {
    if (v.overridden()) {
      return v;
    }
    ReactionView before = null;
    for (int i = history.size() - 1; i >= 0 && history.get(i).turn() >= turn - 1; i--) {
      if (history.get(i).turn() == turn - 1) {
        before = history.get(i).reaction(v.actor(), v.move()).orElse(null);
        break;
      }
    }
    if (before == null || before.overridden()) {
      return v;
    }
    Direction now = Direction.valueOf(v.direction());
    Direction then = Direction.valueOf(before.direction());
    boolean sameSide =
        (now.isSupportive() && then.isSupportive()) || (now.isOpposed() && then.isOpposed());
    double kept = Math.round(before.intensity() * COOLING * 100.0) / 100.0;
    if (!sameSide || kept <= v.intensity()) {
      return v;
    }
    EventType ev = EventType.forReaction(now, kept);
    List<AssumptionView> assumptions = new ArrayList<>(v.assumptions());
    assumptions.add(
        new AssumptionView(
            ESCALATION_RULE,
            "A stance's intensity carries into the next turn and cools by a fifth a turn when"
                + " nothing feeds it: "
                + String.format(java.util.Locale.ROOT, "%.2f", kept)
                + " from turn "
                + (turn - 1)
                + "'s "
                + String.format(java.util.Locale.ROOT, "%.2f", before.intensity())
                + ", above this turn's "
                + String.format(java.util.Locale.ROOT, "%.2f", v.intensity())
                + ".",
            0.4));
    return v.withIntensity(kept, ev.name(), ev.cameo(), ev.goldstein(), assumptions);
  }

  /**
   * A reaction as reported. A quiet game kept no provenance, so its reactions carry what the model
   * decides without the why (no rules, assumptions, chain or main reason).
   */
  private ReactionView view(Reaction r) {
    boolean why = provenance.enabled();
    List<RuleInfo> rules = why ? provenance.rulesBehind(r) : List.of();
    List<AssumptionView> assumptions = why ? assumptionsBehind(r, rules) : List.of();
    TeamDecision o = overrides.get(key(r.actor(), r.move()));
    Direction shown = o == null ? r.direction() : o.direction();
    double intensity = o == null ? r.intensity() : Math.max(0.5, r.intensity());
    EventType ev = EventType.forReaction(shown, intensity);
    return new ReactionView(
        r.actor(),
        r.move(),
        shown.name(),
        intensity,
        r.score(),
        ev.name(),
        ev.cameo(),
        ev.goldstein(),
        rules.stream().map(RuleInfo::name).toList(),
        why ? sources(rules) : List.of(),
        assumptions,
        why ? summary(r) : "",
        why ? provenance.chain(r) : List.of(),
        o == null ? null : r.direction().name(),
        o == null ? null : o.reason(),
        null,
        null,
        null);
  }

  // ---- probabilities

  /**
   * A quiet game in which these rules never fire: what Drools derives where the assumptions they
   * encode do not hold. Used to check the trials, which leave out what rests on such a rule.
   */
  static Game without(
      Engine engine, Scenario scenario, Map<String, String> knobs, long seed, Set<String> rules) {
    Set<String> off = Set.copyOf(rules);
    return new Game(
        engine, scenario, knobs, seed, false, false, m -> !off.contains(m.getRule().getName()));
  }

  // -----------------------------------------------------------------------------

  /**
   * The structure of this play so far (see {@link Structure}), derived by a probing game that
   * replays this game's calls and is then kept in step with it.
   */
  public Structure structure() {
    if (probe != null) {
      throw new IllegalStateException("a probing game has no structure of its own to probe");
    }
    if (shadow == null && kept != null && calls.size() == keptCalls) {
      return kept.upTo(turn);
    }
    if (shadow == null) {
      Game g = new Game(engine, scenario, initialKnobs, seed, true, true);
      for (java.util.function.Consumer<Game> call : calls) {
        call.accept(g);
      }
      shadow = g;
    }
    return shadow.probe.upTo(turn);
  }

  /**
   * The structure of the whole play: the turns played and, after them, the scenario's remaining
   * turns as scripted (no further team decisions), derived by a probing game of its own.
   */
  public Structure structureToEnd() {
    if (finished()) {
      return structure();
    }
    return probedToEnd(engine, scenario, initialKnobs, seed, calls);
  }

  /**
   * The structure of a whole play of the scenario with these knobs, as {@link #structureToEnd}
   * gives it for a game not yet played: one probing game, nothing else.
   */
  static Structure wholeRun(
      Engine engine, Scenario scenario, Map<String, String> knobs, long seed) {
    Map<String, String> resolved = KnobValues.resolve(scenario, knobs);
    Structure known = engine.keptWholeRun(scenario, resolved);
    if (known != null) {
      return known;
    }
    Structure whole = probedToEnd(engine, scenario, knobs, seed, List.of());
    engine.keepWholeRun(scenario, resolved, whole);
    return whole;
  }

  /** A probing game that replays the calls, then plays the scenario's remaining turns. */
  private static Structure probedToEnd(
      Engine engine,
      Scenario scenario,
      Map<String, String> knobs,
      long seed,
      List<java.util.function.Consumer<Game>> calls) {
    try (Game g = new Game(engine, scenario, knobs, seed, true, true)) {
      calls.forEach(call -> call.accept(g));
      while (!g.finished()) {
        g.nextTurn();
      }
      return g.probe.upTo(g.turn);
    }
  }

  /** Whole-run trials of the turns played so far, with this game's seed. */
  public TrialResult trials(Uncertainty u, int trials) {
    return Trials.run(structure(), u, seed, trials);
  }

  /** How many trials a turn's probabilities rest on: fewer in long games, never under 200. */
  static int trialsPerTurn(int turns) {
    return Math.max(200, Math.min(TRIALS_PER_TURN, 40_000 / Math.max(1, turns)));
  }

  /**
   * The turn's report with the probabilities whole-run trials give: for each reaction, where the
   * model stands the actor after this turn over all the histories the trials play (its reaction, or
   * its last one where the move was decided earlier), and for each move its outcome's.
   */
  private TurnReport likely(TurnReport report) {
    if (!provenance.enabled()) {
      return report;
    }
    Structure s = structure();
    if (!s.separable()) {
      return report;
    }
    return likely(report, trialsOfPlay(s));
  }

  /**
   * The trials the reports' probabilities rest on: the committed parameters, this game's seed, as
   * many as {@link #trialsPerTurn} gives, on {@link #TRIAL_THREADS} (an interrupt keeps what ran).
   */
  private TrialResult trialsOfPlay(Structure s) {
    return trialsOfRun(s, seed, turn);
  }

  /** The trials behind a run's probabilities after {@code turns} turns, drawn with this seed. */
  private static TrialResult trialsOfRun(Structure s, long seed, int turns) {
    return Trials.run(
        s, Uncertainty.fitted(), seed, trialsPerTurn(turns), TRIAL_THREADS, n -> {}, () -> false);
  }

  private static TurnReport likely(TurnReport report, TrialResult tr) {
    int turn = report.turn();
    List<String> knownMoves = tr.moves();
    List<ReactionView> views = new ArrayList<>();
    for (ReactionView r : report.reactions()) {
      Map<Direction, Double> d = tr.stance(turn, r.actor(), r.move());
      if (d.isEmpty()) {
        views.add(r);
        continue;
      }
      Map<String, Double> dist = new LinkedHashMap<>();
      d.forEach((k, v) -> dist.put(k.name(), TrialResult.round(v)));
      String model = r.overridden() ? r.modelDirection() : r.direction();
      views.add(
          new ReactionView(
              r.actor(),
              r.move(),
              r.direction(),
              r.intensity(),
              r.score(),
              r.eventType(),
              r.cameo(),
              r.goldstein(),
              r.rules(),
              r.sources(),
              r.assumptions(),
              r.summary(),
              r.because(),
              r.modelDirection(),
              r.overrideReason(),
              dist.get(model),
              dist,
              r.overridden() ? dist.get(r.direction()) : null));
    }
    Map<String, Map<String, Double>> outcomes = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Double>>> by = new LinkedHashMap<>();
    for (String m : knownMoves) {
      Map<Trials.Standing, Double> o = tr.outcome(turn, m);
      // a counter-move is tabled only in the trials where a stand sets it off
      if (o.isEmpty() || o.getOrDefault(Trials.Standing.NOT_TABLED, 0.0) == 1.0) {
        continue;
      }
      Map<String, Double> named = new LinkedHashMap<>();
      o.forEach((k, v) -> named.put(k.name(), TrialResult.round(v)));
      outcomes.put(m, named);
      Map<String, Map<String, Double>> who = tr.byStatus(turn, m);
      if (!who.isEmpty()) {
        by.put(m, who);
      }
    }
    return report.withLikelihood(views, outcomes, tr.trials(), by);
  }

  /** Derives one turn of the structure in a probing game: appraisals, signals, institutions. */
  private void derive(Structure.TurnShape ts) {
    Structure st = probe;
    List<String> actorIds = actors().stream().map(Actor::id).toList();
    actorIds.forEach(st::actor);
    List<String> judged = new ArrayList<>();
    for (Life l : lives.values()) {
      int m = st.move(l.move.id());
      if (l.decided == null) {
        ts.onTableSet.add(m);
        judged.add(l.move.id());
      }
    }
    probeTouched.forEach(m -> ts.reopenSet.add(st.move(m)));
    collect(ts, null);
    Structure.TurnShape prev = st.turns.isEmpty() ? null : st.turns.get(st.turns.size() - 1);
    if (prev != null && !prev.onTableSet.isEmpty()) {
      // one layer per direction: the last layer's signals give way to this one's in the same
      // firing, which retracts what they set off and derives what these set off
      List<FactHandle> hs = new ArrayList<>();
      for (Direction d : Direction.values()) {
        hs.forEach(session::delete);
        hs.clear();
        for (String a : actorIds) {
          for (int m : prev.onTableSet) {
            hs.add(
                session.insert(
                    new Signal(
                        a,
                        st.moves.get(m),
                        prev.turn(),
                        d,
                        EventType.forReaction(d, d == Direction.NEUTRAL ? 0.0 : 0.5).name(),
                        false)));
          }
        }
        fire();
        collect(ts, d);
      }
      hs.forEach(session::delete);
      fire();
    }
    institutions(ts, actorIds, judged);
    gates(ts, actorIds);
    st.turns.add(ts);
  }

  /**
   * The counter-moves the rules hold ready this turn, as gates the trials open on a stand; the
   * probing game tables each the next turn, since in some trial it may be set off now.
   */
  private void gates(Structure.TurnShape ts, List<String> actorIds) {
    Structure st = probe;
    for (Answer a : answersReady()) {
      int answered = st.indexOfMove(a.answers());
      if (vetoed.contains(a.id())
          || answered < 0
          || !ts.onTableSet.contains(answered)
          || !actorIds.contains(a.watch())) {
        continue;
      }
      Cond c = cond(a, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), 0);
      ts.gateList.add(
          new Structure.Gate(
              a.id(),
              st.move(a.id()),
              st.actor(a.watch()),
              answered,
              a.mask(),
              c.alternatives().stream().map(b -> b.stream().toArray()).toArray(int[][]::new),
              a.priority()));
      if (!lives.containsKey(a.id())) {
        proposed.put(a.id(), a);
      }
    }
  }

  /**
   * The appraisals in working memory: all (baseline) or those a signal of this direction set off.
   */
  /** Baseline appraisals already read in an earlier turn, by identity, with their terms. */
  private final Map<Object, Structure.Term> readBefore = new java.util.IdentityHashMap<>();

  /** The appraisals read with a turn's baseline, by identity. */
  private final Set<Object> baseline =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** The appraisals in a probing game's working memory, by move (read every layer of a turn). */
  private final AppraisalsByMove appraisals = new AppraisalsByMove();

  private static final class AppraisalsByMove
      extends org.kie.api.event.rule.DefaultRuleRuntimeEventListener {
    private final Map<String, Set<Appraisal>> byMove = new java.util.HashMap<>();

    @Override
    public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent e) {
      add(e.getObject());
    }

    @Override
    public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent e) {
      remove(e.getOldObject());
    }

    @Override
    public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent e) {
      remove(e.getOldObject());
      add(e.getObject());
    }

    private void add(Object fact) {
      if (fact instanceof Appraisal a) {
        byMove
            .computeIfAbsent(
                a.move(),
                m -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))
            .add(a);
      }
    }

    private void remove(Object fact) {
      if (fact instanceof Appraisal a && byMove.containsKey(a.move())) {
        byMove.get(a.move()).remove(a);
      }
    }

    java.util.Collection<Appraisal> of(String move) {
      return byMove.getOrDefault(move, Set.of());
    }
  }

  private void collect(Structure.TurnShape ts, Direction layer) {
    Structure st = probe;
    if (layer == null) {
      baseline.clear();
    }
    List<Appraisal> found = new ArrayList<>();
    for (int m : ts.onTableSet) {
      for (Appraisal ap : appraisals.of(st.moves.get(m))) {
        // a signal's layer reads only the facts its signals set off: the rest is the baseline
        if (layer == null || !baseline.contains(ap)) {
          found.add(ap);
        }
      }
    }
    found.sort(
        Comparator.comparing(Appraisal::actor)
            .thenComparing(Appraisal::move)
            .thenComparing(Appraisal::type)
            .thenComparingDouble(Appraisal::value));
    for (Appraisal ap : found) {
      int m = st.indexOfMove(ap.move());
      // a signal's layer holds only new facts (filtered above); the baseline is read once a turn
      if (layer == null) {
        baseline.add(ap);
        Structure.Term known = readBefore.get(ap);
        if (known != null) {
          // the same fact as in an earlier turn: what it rests on was read then
          ts.terms.add(known);
          continue;
        }
      }
      List<Signal> sigs = new ArrayList<>();
      java.util.SortedSet<Integer> holds = new java.util.TreeSet<>();
      java.util.SortedSet<Integer> sizes = new java.util.TreeSet<>();
      Derivation own = provenance.derivation(ap);
      if (own != null) {
        Integer known = st.drawIndex.get("size:rule:" + own.rule().name());
        sizes.add(
            known != null
                ? known
                : sizeDraw(
                    "rule:" + own.rule().name(),
                    own.rule(),
                    "the weight " + own.rule().name() + " gives"));
      }
      Structure.Touches touches = null;
      double value = ap.value();
      Cond c;
      Set<Object> none = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      List<tabletop.engine.model.Touch> ts0 =
          own == null
              ? List.of()
              : own.premises().stream()
                  .filter(tabletop.engine.model.Touch.class::isInstance)
                  .map(tabletop.engine.model.Touch.class::cast)
                  .toList();
      Double weight = own == null ? null : weightOf(own.premises());
      double net = ts0.isEmpty() ? 0 : tabletop.engine.model.Touch.net(ts0);
      if (weight != null
          && net != 0
          && Math.abs(Math.abs(ap.value()) - Math.abs(weight * net)) < 1e-9) {
        // a weight times the net of the touches: each touch holds, and is sized, on its own
        double sign = Math.signum(ap.value()) * Math.signum(weight * net);
        value = sign * weight;
        double[] strength = new double[ts0.size()];
        int[][][] touchHolds = new int[ts0.size()][][];
        int[] touchSize = new int[ts0.size()];
        for (int i = 0; i < ts0.size(); i++) {
          tabletop.engine.model.Touch t = ts0.get(i);
          strength[i] = t.strength();
          Cond tc = cond(t, none, 1);
          sigs.addAll(tc.signals());
          touchHolds[i] =
              tc.alternatives().stream().map(b -> b.stream().toArray()).toArray(int[][]::new);
          java.util.SortedSet<Integer> tsz = new java.util.TreeSet<>();
          walk(
              t,
              new ArrayList<>(),
              new java.util.TreeSet<>(),
              tsz,
              java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
              1);
          touchSize[i] = tsz.isEmpty() ? -1 : tsz.first();
          if (tsz.size() > 1) {
            st.notSeparable(t.describe() + " rests on more than one drawn size");
          }
        }
        touches = new Structure.Touches(strength, touchHolds, touchSize);
        // the rest: the rule, the weight and what it rests on
        Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.add(ap);
        ts0.forEach(seen::add);
        for (Object p : own.premises()) {
          walk(p, new ArrayList<>(), holds, sizes, seen, 1);
        }
        c = condOf(own, ts0);
      } else {
        walk(
            ap,
            new ArrayList<>(),
            holds,
            sizes,
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
            0);
        // whether it holds: any of its justifications, each needing its rule and its premises
        c = cond(ap, none, 0);
      }
      sigs.addAll(c.signals());
      if (layer == null && !sigs.isEmpty()) {
        continue;
      }
      if (layer != null && sigs.isEmpty()) {
        continue;
      }
      if (sigs.size() > 1) {
        st.notSeparable(
            ap.describe()
                + " rests on "
                + sigs.size()
                + " signals at once (turn "
                + ts.turn()
                + ")");
        continue;
      }
      Signal sg = sigs.isEmpty() ? null : sigs.get(0);
      Structure.Term term =
          new Structure.Term(
              st.actor(ap.actor()),
              m,
              value,
              c.alternatives().stream().map(b -> b.stream().toArray()).toArray(int[][]::new),
              sizes.stream().mapToInt(Integer::intValue).toArray(),
              sg == null ? -1 : st.actor(sg.from()),
              sg == null ? -1 : st.move(sg.move()),
              sg == null ? -1 : sg.direction().ordinal(),
              ap.type(),
              own == null ? null : own.rule().name(),
              touches);
      ts.terms.add(term);
      if (layer == null) {
        readBefore.put(ap, term);
      }
    }
  }

  /**
   * When a fact holds in a trial: any one of its alternatives, each a set of assumption draws that
   * must all hold; and the signals it rests on.
   */
  private record Cond(List<java.util.BitSet> alternatives, List<Signal> signals) {
    static final Cond TRUE = new Cond(List.of(new java.util.BitSet()), List.of());
  }

  /** The weight of the concern, interest, relation or position among a rule's premises. */
  private static Double weightOf(List<Object> premises) {
    for (Object p : premises) {
      if (p instanceof Concern c) {
        return c.weight();
      }
      if (p instanceof Interest i) {
        return i.weight();
      }
    }
    return null;
  }

  /** When one derivation holds, leaving out some of its premises (weighed on their own). */
  private Cond condOf(Derivation d, List<?> except) {
    List<Signal> signals = new ArrayList<>();
    List<java.util.BitSet> all =
        holdsWhen(
            d,
            except,
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
            0,
            signals);
    return new Cond(all, signals);
  }

  /**
   * When a derivation holds: its rule's assumption (if any) and every premise but the excepted,
   * each by its own condition; the signals met on the way are added to {@code signals}.
   */
  private List<java.util.BitSet> holdsWhen(
      Derivation d, List<?> except, Set<Object> visiting, int depth, List<Signal> signals) {
    java.util.BitSet own = new java.util.BitSet();
    RuleInfo rule = d.rule();
    if (rule.isAssumption() && rule.confidence() < 1.0) {
      own.set(
          probe.draw(
              "rule:" + rule.name(),
              Structure.Draw.Kind.HOLDS,
              rule.confidence(),
              Double.NaN,
              rule.name()));
    }
    List<java.util.BitSet> all = List.of(own);
    for (Object p : d.premises()) {
      if (except.stream().anyMatch(x -> x == p)) {
        continue;
      }
      Cond pc = cond(p, visiting, depth + 1);
      for (Signal sg : pc.signals()) {
        if (signals.stream().noneMatch(x -> x == sg)) {
          signals.add(sg);
        }
      }
      List<java.util.BitSet> next = new ArrayList<>();
      for (java.util.BitSet x : all) {
        for (java.util.BitSet y : pc.alternatives()) {
          java.util.BitSet xy = (java.util.BitSet) x.clone();
          xy.or(y);
          next.add(xy);
        }
      }
      all = simplest(next);
    }
    return all;
  }

  /** Alternatives beyond which a condition keeps only the simplest (the fewest draws). */
  private static final int MAX_ALTERNATIVES = 32;

  private Cond cond(Object fact, Set<Object> visiting, int depth) {
    if (fact instanceof Signal sg) {
      return new Cond(List.of(new java.util.BitSet()), List.of(sg));
    }
    if (depth > 12 || fact instanceof Turn || !visiting.add(fact)) {
      return Cond.TRUE;
    }
    try {
      List<Derivation> justs = provenance.justifications(session, fact);
      if (justs.isEmpty()) {
        return Cond.TRUE;
      }
      List<java.util.BitSet> any = new ArrayList<>();
      List<Signal> signals = new ArrayList<>();
      for (Derivation d : justs) {
        any.addAll(holdsWhen(d, List.of(), visiting, depth, signals));
      }
      return new Cond(simplest(any), signals);
    } finally {
      visiting.remove(fact);
    }
  }

  /** Drops alternatives that need more than another one does, keeps at most the simplest 32. */
  private static List<java.util.BitSet> simplest(List<java.util.BitSet> alts) {
    List<java.util.BitSet> sorted = new ArrayList<>(alts);
    sorted.sort(
        Comparator.comparingInt(java.util.BitSet::cardinality)
            .thenComparing(java.util.BitSet::toString));
    List<java.util.BitSet> out = new ArrayList<>();
    for (java.util.BitSet a : sorted) {
      boolean covered = false;
      for (java.util.BitSet kept : out) {
        java.util.BitSet k = (java.util.BitSet) kept.clone();
        k.andNot(a);
        if (k.isEmpty()) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(a);
        if (out.size() == MAX_ALTERNATIVES) {
          break;
        }
      }
    }
    return out;
  }

  private void walk(
      Object fact,
      List<Signal> sigs,
      Set<Integer> holds,
      Set<Integer> sizes,
      Set<Object> seen,
      int depth) {
    if (!seen.add(fact) || depth > 12 || fact instanceof Turn) {
      return;
    }
    if (fact instanceof Signal sg) {
      sigs.add(sg);
      return;
    }
    Derivation d = provenance.derivation(fact);
    if (d == null) {
      if (Factors.weighted(fact)) {
        String given = givenByScenario(fact);
        if (given != null) {
          double conf = scenarioConfidence(fact);
          sizes.add(probe.draw("size:" + fact, Structure.Draw.Kind.SIZE, conf, Double.NaN, given));
        }
      }
      return;
    }
    RuleInfo rule = d.rule();
    if (rule.isAssumption() && rule.confidence() < 1.0) {
      holds.add(
          probe.draw(
              "rule:" + rule.name(),
              Structure.Draw.Kind.HOLDS,
              rule.confidence(),
              Double.NaN,
              rule.name()));
    }
    if (depth > 0 && Factors.weighted(fact)) {
      Integer known = probe.drawIndex.get("size:fact:" + fact);
      sizes.add(
          known != null ? known : sizeDraw("fact:" + fact, rule, "the size of " + describe(fact)));
    }
    for (Object p : d.premises()) {
      walk(p, sigs, holds, sizes, seen, depth + 1);
    }
  }

  private static String describe(Object fact) {
    return fact instanceof tabletop.engine.model.Describable d
        ? d.describe()
        : String.valueOf(fact);
  }

  private int sizeDraw(String key, RuleInfo rule, String label) {
    double conf = rule.isAssumption() ? rule.confidence() : Factors.UNSTATED_WEIGHT_CONFIDENCE;
    return probe.draw("size:" + key, Structure.Draw.Kind.SIZE, conf, Double.NaN, label);
  }

  /**
   * Probes the institutions: every actor stands for the moves as each direction in turn while the
   * others support, and what each stand adds to or takes from the outcomes is kept. A few random
   * stands check that the outcomes are these effects taken together.
   */
  private void institutions(Structure.TurnShape ts, List<String> actorIds, List<String> allJudged) {
    Structure st = probe;
    // a move probed last turn, with the same actors, that nothing touched since: the same effects
    Structure.TurnShape prev = st.turns.isEmpty() ? null : st.turns.get(st.turns.size() - 1);
    List<String> judged = new ArrayList<>();
    for (String mId : allJudged) {
      int m = st.indexOfMove(mId);
      if (prev != null
          && actorIds.equals(lastProbedActors)
          && prev.onTableSet.contains(m)
          && !probeTouched.contains(mId)
          && prev.outcomeKeys.containsKey(m)) {
        ts.outcomeKeys.put(m, new ArrayList<>(prev.outcomeKeys.get(m)));
        ts.baselineMap.put(m, prev.baselineMap.getOrDefault(m, 0L));
        prev.effects.forEach(
            (k, v) -> {
              if ((k >>> 40) == m) {
                ts.effects.put(k, v);
              }
            });
      } else {
        judged.add(mId);
      }
    }
    lastProbedActors = List.copyOf(actorIds);
    if (judged.isEmpty()) {
      return;
    }
    Map<String, FactHandle> handles = new LinkedHashMap<>();
    int n = ts.turn();
    for (String a : actorIds) {
      for (String m : judged) {
        handles.put(
            key(a, m), session.insert(new TeamDecision(a, m, n, Direction.SUPPORT, "probe")));
      }
    }
    fire();
    Set<Integer> probed = new java.util.HashSet<>();
    judged.forEach(mId -> probed.add(st.indexOfMove(mId)));
    Map<Integer, Long> base = outcomeMasks(ts, probed);
    ts.baselineMap.putAll(base);
    Probe p = new Probe(ts, handles, judged, n, probed, base);
    for (Direction d : Direction.values()) {
      if (d == Direction.SUPPORT) {
        continue;
      }
      // where no actor's stand at d changes an outcome, no half of them does: each half is put at d
      // at once (each stand adds and takes away outcomes on its own; the joint checks test that)
      p.effects(actorIds, d);
    }
    // check: random stands give what the effects together give
    java.util.SplittableRandom check = new java.util.SplittableRandom(0x5EEDL + n);
    for (int k = 0; k < 4 && st.separable(); k++) {
      Map<String, Direction> chosen = new LinkedHashMap<>();
      for (String a : actorIds) {
        Direction d = Direction.values()[check.nextInt(Direction.values().length)];
        chosen.put(a, d);
        setStands(handles, a, judged, d, n);
      }
      fire();
      Map<Integer, Long> got = outcomeMasks(ts, probed);
      for (String mId : judged) {
        int m = st.indexOfMove(mId);
        long add = 0;
        long remove = 0;
        for (Map.Entry<String, Direction> c : chosen.entrySet()) {
          long[] ef =
              ts.effects.get(
                  Structure.TurnShape.effectKey(m, st.actor(c.getKey()), c.getValue().ordinal()));
          if (ef != null) {
            add |= ef[0];
            remove |= ef[1];
          }
        }
        long expected = (base.getOrDefault(m, 0L) & ~remove) | add;
        if (expected != got.getOrDefault(m, 0L)) {
          st.notSeparable(
              "in turn "
                  + n
                  + " the outcome of "
                  + mId
                  + " is not what each actor's stand gives taken together");
        }
      }
    }
    handles.values().forEach(session::delete);
    fire();
  }

  /** One turn's probe of the institutions: the stands as probed, and the outcomes at baseline. */
  private final class Probe {
    final Structure.TurnShape ts;
    final Map<String, FactHandle> handles;
    final List<String> judged;
    final int n;
    final Set<Integer> probed;
    final Map<Integer, Long> base;

    Probe(
        Structure.TurnShape ts,
        Map<String, FactHandle> handles,
        List<String> judged,
        int n,
        Set<Integer> probed,
        Map<Integer, Long> base) {
      this.ts = ts;
      this.handles = handles;
      this.judged = judged;
      this.n = n;
      this.probed = probed;
      this.base = base;
    }

    /** Whether the actors of a group standing at d together change any outcome. */
    boolean changes(List<String> group, Direction d) {
      for (String a : group) {
        setStands(handles, a, judged, d, n);
      }
      fire();
      boolean any = !outcomeMasks(ts, probed).equals(base);
      for (String a : group) {
        setStands(handles, a, judged, Direction.SUPPORT, n);
      }
      return any;
    }

    /**
     * The effect of each actor of a group at d. Each stand adds and takes away outcomes on its own
     * (the joint checks test that), so a group changes an outcome exactly when one of its actors
     * does: a half that changes nothing is passed over whole, a half that does is searched the same
     * way, and where both halves change each actor is probed alone. Where no actor matters (most
     * directions) that takes two firings; where one among many does (a host's consent), a few
     * instead of one per actor.
     */
    void effects(List<String> group, Direction d) {
      if (group.size() > 3) {
        List<String> left = group.subList(0, group.size() / 2);
        List<String> right = group.subList(group.size() / 2, group.size());
        boolean l = changes(left, d);
        boolean r = changes(right, d);
        if (!l && !r) {
          return;
        }
        if (l != r) {
          effects(l ? left : right, d);
          return;
        }
        // both change: most of the group matters, so each is probed alone
      }
      Structure st = probe;
      for (String a : group) {
        setStands(handles, a, judged, d, n);
        fire();
        Map<Integer, Long> e = outcomeMasks(ts, probed);
        for (String mId : judged) {
          int m = st.indexOfMove(mId);
          long b = base.getOrDefault(m, 0L);
          long x = e.getOrDefault(m, 0L);
          long add = x & ~b;
          long remove = b & ~x;
          if ((add | remove) != 0) {
            ts.effects.put(
                Structure.TurnShape.effectKey(m, st.actor(a), d.ordinal()),
                new long[] {add, remove});
          }
        }
        setStands(handles, a, judged, Direction.SUPPORT, n);
      }
    }
  }

  /** The actors of the last institutions probe. */
  private List<String> lastProbedActors = List.of();

  private void setStands(
      Map<String, FactHandle> handles, String actor, List<String> moves, Direction d, int n) {
    for (String m : moves) {
      String k = key(actor, m);
      session.delete(handles.get(k));
      handles.put(k, session.insert(new TeamDecision(actor, m, n, d, "probe")));
    }
  }

  /** The outcomes in working memory as a mask per move over the turn's outcome keys. */
  private Map<Integer, Long> outcomeMasks(Structure.TurnShape ts, Set<Integer> moves) {
    Structure st = probe;
    Map<Integer, Long> out = new LinkedHashMap<>();
    for (QueryResultsRow row : session.getQueryResults(Engine.QUERY_OUTCOMES)) {
      Outcome o = (Outcome) row.get("$o");
      int m = st.indexOfMove(o.move());
      if (m < 0 || !moves.contains(m)) {
        continue;
      }
      Derivation d = provenance.derivation(o);
      RuleInfo rule = d == null ? null : d.rule();
      int holds =
          rule != null && rule.isAssumption() && rule.confidence() < 1.0
              ? st.draw(
                  "rule:" + rule.name(),
                  Structure.Draw.Kind.HOLDS,
                  rule.confidence(),
                  Double.NaN,
                  rule.name())
              : -1;
      int k =
          ts.keyIndex(
              m,
              new Structure.OutcomeKey(o.status(), o.by(), rule == null ? "" : rule.name(), holds));
      out.merge(m, 1L << k, (x, y) -> x | y);
    }
    return out;
  }

  /**
   * The main reason in words: the weightiest factor for the move and the weightiest against it,
   * each with its weight; or, when no appraisal bears on the move for this actor, that nothing in
   * the knowledge base does.
   */
  private String summary(Reaction r) {
    Derivation d = provenance.derivation(r);
    List<Appraisal> appraisals =
        d == null
            ? List.of()
            : d.premises().stream()
                .filter(Appraisal.class::isInstance)
                .map(Appraisal.class::cast)
                .toList();
    return Factors.mainReason(actorName(r.actor()), r.move(), appraisals, this::countered);
  }

  /** Whether an appraisal comes from the move countering what the actor is wary of or values. */
  private boolean countered(Appraisal a) {
    Derivation d = provenance.derivation(a);
    if (d == null) {
      return false;
    }
    for (Object p : d.premises()) {
      if (p instanceof Concern && a.value() > 0) {
        return true;
      }
      if (p instanceof Interest && a.value() < 0) {
        return true;
      }
    }
    return false;
  }

  private String actorName(String id) {
    if (names == null) {
      names = new LinkedHashMap<>();
      actors().forEach(a -> names.put(a.id(), a.name()));
    }
    return names.getOrDefault(id, id);
  }

  /** Actor names for the reading in progress: the actors query runs once per reading. */
  private Map<String, String> names;

  /**
   * Every assumption a reaction rests on: the rules marked as assumptions, the size of every weight
   * and strength the article gives no number for, and the weights and relations the scenario gives.
   */
  private List<AssumptionView> assumptionsBehind(Reaction r, List<RuleInfo> rules) {
    Map<String, AssumptionView> out = new LinkedHashMap<>();
    for (RuleInfo i : rules) {
      if (i.isAssumption()) {
        out.putIfAbsent(i.name(), new AssumptionView(i.name(), i.assumption(), i.confidence()));
      }
    }
    java.util.Set<Object> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
    todo.add(r);
    while (!todo.isEmpty()) {
      Object fact = todo.poll();
      if (!seen.add(fact)) {
        continue;
      }
      Derivation fd = provenance.derivation(fact);
      if (fd == null) {
        String given = givenByScenario(fact);
        if (given != null) {
          out.putIfAbsent(
              "scenario: " + given,
              new AssumptionView("the scenario", given, scenarioConfidence(fact)));
        }
        continue;
      }
      todo.addAll(fd.premises());
      RuleInfo rule = fd.rule();
      if (!rule.isAssumption() && !rule.isMechanics() && Factors.weighted(fact)) {
        out.putIfAbsent(
            rule.name(),
            new AssumptionView(
                rule.name(),
                "The size of the weight ("
                    + Factors.number(fact)
                    + ") is the knowledge base's judgement; the article gives no numbers.",
                Factors.UNSTATED_WEIGHT_CONFIDENCE));
      }
    }
    return List.copyOf(out.values());
  }

  private static String givenByScenario(Object fact) {
    if (fact instanceof Concern c && c.given()) {
      return c.describe();
    }
    if (fact instanceof Interest i && i.given()) {
      return i.describe();
    }
    if (fact instanceof Relation rel && rel.given()) {
      return rel.describe();
    }
    if (fact instanceof Position p) {
      return p.describe() + " (given by the scenario)";
    }
    return null;
  }

  private double scenarioConfidence(Object fact) {
    String owner =
        fact instanceof Concern c ? c.actor() : fact instanceof Interest i ? i.actor() : null;
    if (owner != null) {
      // the author's confidence in the actor's numbers, where the entry states one
      for (ActorSpec a : scenario.actors()) {
        if (a.id().equals(owner) && a.confidence() != null) {
          return a.confidence();
        }
      }
    }
    if (fact instanceof Relation rel) {
      for (ActorSpec a : scenario.actors()) {
        for (ActorSpec.RelationSpec spec : a.relations()) {
          if ((a.id().equals(rel.from()) && spec.with().equals(rel.to()))
              || (spec.mutual() && a.id().equals(rel.to()) && spec.with().equals(rel.from()))) {
            return spec.confidence();
          }
        }
      }
    }
    return Factors.SCENARIO_WEIGHT_CONFIDENCE;
  }

  private String sentence(String actor, String verb, String type, double weight, String tail) {
    String name =
        actors().stream()
            .filter(a -> a.id().equals(actor))
            .map(Actor::name)
            .findFirst()
            .orElse(actor);
    String what = tabletop.engine.model.Vocabulary.TYPES.getOrDefault(type, type.replace('-', ' '));
    return name
        + " "
        + verb
        + " "
        + what
        + ", "
        + tail
        + " (weight "
        + tabletop.engine.model.Fmt.num(weight)
        + ", given by the scenario).";
  }

  private static List<String> sources(List<RuleInfo> rules) {
    return rules.stream()
        .flatMap(i -> i.cites().stream())
        .distinct()
        .sorted(
            Comparator.comparingInt(Game::paragraphNumber).thenComparing(Comparator.naturalOrder()))
        .map(c -> "article#" + c)
        .toList();
  }

  private static int paragraphNumber(String cite) {
    try {
      return Integer.parseInt(cite.replaceAll("\\D", ""));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** The actors taking part, by id. */
  public List<Actor> actors() {
    List<Actor> out = new ArrayList<>();
    for (QueryResultsRow row : session.getQueryResults(Engine.QUERY_ACTORS)) {
      out.add((Actor) row.get("$a"));
    }
    out.sort(Comparator.comparing(Actor::id));
    return out;
  }

  /**
   * The report of the turns played so far, with each move's outcome as it stands: decided in the
   * turn that decided it, or as the last turn left it.
   */
  public Report report() {
    return new Report(scenario.id(), seed, knobs, history, finalOutcomes(history));
  }

  /** Each move's latest outcome over the turns played, by move id. */
  private static Map<String, OutcomeView> finalOutcomes(List<TurnReport> history) {
    Map<String, OutcomeView> latest = new java.util.TreeMap<>();
    for (TurnReport t : history) {
      latest.putAll(t.outcomeByMove());
    }
    return new LinkedHashMap<>(latest);
  }

  @Override
  public void close() {
    if (shadow != null) {
      shadow.close();
      shadow = null;
    }
    session.dispose();
  }
}
