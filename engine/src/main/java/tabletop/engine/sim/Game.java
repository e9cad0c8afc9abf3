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
import tabletop.engine.explain.Provenance;
import tabletop.engine.explain.RuleInfo;
import tabletop.engine.model.Actor;
import tabletop.engine.model.Adjustment;
import tabletop.engine.model.Appraisal;
import tabletop.engine.model.Concern;
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
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
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
 * here, not by rule salience: (1) the turn's injects change the world, (2) its moves are tabled,
 * (3) last turn's reactions become signals, (4) the turn advances and the rules fire to a fixed
 * point within the firing limit, (5) reactions and outcomes are read back through queries.
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
  private final Map<String, String> knobs;
  private final Map<String, FactHandle> world = new LinkedHashMap<>();
  private final Map<String, List<FactHandle>> features = new LinkedHashMap<>();
  private final Set<String> tabled = new LinkedHashSet<>();
  private final List<FactHandle> signals = new ArrayList<>();
  private final List<Inject> pendingInjects = new ArrayList<>();
  private final Set<String> pendingKnobs = new LinkedHashSet<>();
  private final Map<String, TeamDecision> overrides = new LinkedHashMap<>();
  private final List<TurnReport> history = new ArrayList<>();
  private FactHandle turnHandle;
  private int turn;

  Game(
      Engine engine,
      Scenario scenario,
      Map<String, String> knobSettings,
      long seed,
      boolean explain) {
    this.engine = engine;
    this.scenario = scenario;
    this.seed = seed;
    this.knobs = new LinkedHashMap<>(KnobValues.resolve(scenario, knobSettings));
    this.provenance = new Provenance(explain);
    this.session = engine.kieBase().newKieSession();
    session.addEventListener((org.kie.api.event.rule.AgendaEventListener) provenance);
    session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) provenance);
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
    FactHandle old = world.remove(id);
    if (old != null) {
      session.delete(old);
    }
    world.put(id, session.insert(new WorldFact(id, value)));
  }

  private void retractWorld(String spec) {
    int eq = spec.indexOf('=');
    String id = eq > 0 ? spec.substring(0, eq).trim() : spec.trim();
    FactHandle old = world.remove(id);
    if (old != null) {
      session.delete(old);
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

  private void applyFeatureEffects(Knob k, String value) {
    for (KnobEffect e : k.effects()) {
      if (e.setsWorld() || !tabled.contains(e.move())) {
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
    List<FactHandle> old = features.remove(key);
    if (old != null) {
      old.forEach(session::delete);
    }
    List<FactHandle> handles = new ArrayList<>();
    for (String v : values) {
      handles.add(session.insert(new MoveFeature(move, name, v)));
    }
    features.put(key, handles);
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

  /** Plays the next turn and returns what happened in it. */
  public TurnReport next() {
    int n = turn + 1;
    for (String name : pendingKnobs) {
      Knob k = scenario.knob(name).orElseThrow();
      applyWorldEffects(k, knobs.get(name));
      applyFeatureEffects(k, knobs.get(name));
    }
    pendingKnobs.clear();
    TurnSpec spec =
        scenario.turn(n).orElse(new TurnSpec(n, "Turn " + n, List.of(), List.of(), List.of()));
    List<String> injectTitles = new ArrayList<>();
    List<Inject> injects = new ArrayList<>(spec.injects());
    injects.addAll(pendingInjects);
    pendingInjects.clear();
    for (Inject i : injects) {
      i.asserts().forEach(this::assertWorld);
      i.retracts().forEach(this::retractWorld);
      injectTitles.add(i.title());
    }
    List<String> moveTitles = new ArrayList<>();
    for (MoveSpec m : spec.moves()) {
      table(m, n);
      moveTitles.add(m.title());
    }
    signals.forEach(session::delete);
    signals.clear();
    if (!history.isEmpty()) {
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
    session.delete(turnHandle);
    turnHandle = session.insert(new Turn(n));
    turn = n;
    fire();
    TurnReport report = read(spec.title(), injectTitles, moveTitles);
    history.add(report);
    return report;
  }

  /** Plays every remaining turn. */
  public void playToEnd() {
    while (!finished()) {
      next();
    }
  }

  private void table(MoveSpec m, int n) {
    session.insert(new Move(m.id(), n, m.actor(), m.kind(), m.title()));
    tabled.add(m.id());
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
      applyFeatureEffects(k, knobs.get(k.name()));
    }
  }

  /** A live inject: its world changes apply at the start of the next turn. */
  public void inject(Inject inject) {
    pendingInjects.add(Objects.requireNonNull(inject));
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
    knobs.put(name, KnobValues.normalise(k, value));
    // the turn already played stays as played, even if it is re-fired for a team's decision
    pendingKnobs.add(name);
  }

  /**
   * The team's decision replaces the model's reaction of an actor to a move (null: every move it
   * reacted to) in the current turn. Other actors see it as a signal next turn.
   */
  public TurnReport override(String actor, String move, Direction direction, String reason) {
    if (history.isEmpty()) {
      throw new IllegalStateException("no turn played yet: play a turn before overriding it");
    }
    TurnReport last = history.get(history.size() - 1);
    List<ReactionView> matching =
        last.reactions().stream()
            .filter(r -> r.actor().equals(actor) && (move == null || r.move().equals(move)))
            .toList();
    if (matching.isEmpty()) {
      throw new IllegalArgumentException(
          "no reaction of '"
              + actor
              + "'"
              + (move == null ? "" : " to " + move)
              + " in turn "
              + turn);
    }
    for (ReactionView r : matching) {
      TeamDecision o = new TeamDecision(actor, r.move(), turn, direction, reason);
      overrides.put(actor + "\u0000" + r.move() + "\u0000" + turn, o);
      session.insert(o);
    }
    fire();
    TurnReport again = read(last.title(), last.injects(), last.moves());
    history.set(history.size() - 1, again);
    return again;
  }

  private void fire() {
    provenance.resetCounts();
    int fired = session.fireAllRules(engine.firingLimit());
    if (fired >= engine.firingLimit()) {
      throw new RuleLoopException(turn, engine.firingLimit(), provenance.busiestRecentRules(5));
    }
  }

  // ---- reading back
  // ------------------------------------------------------------------------------

  private TurnReport read(String title, List<String> injects, List<String> moves) {
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
      views.add(view(r));
    }
    List<OutcomeView> outcomes = new ArrayList<>();
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
    return new TurnReport(turn, title, injects, moves, views, outcomes);
  }

  private ReactionView view(Reaction r) {
    List<RuleInfo> rules = provenance.rulesBehind(r);
    List<AssumptionView> assumptions =
        rules.stream()
            .filter(RuleInfo::isAssumption)
            .map(i -> new AssumptionView(i.name(), i.assumption(), i.confidence()))
            .toList();
    TeamDecision o = overrides.get(r.actor() + "\u0000" + r.move() + "\u0000" + turn);
    Direction shown = o == null ? r.direction() : o.direction();
    double intensity = o == null ? r.intensity() : Math.max(0.5, r.intensity());
    EventType ev = EventType.forReaction(shown, intensity);
    Map<String, Double> distribution = likelihood(r);
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
        sources(rules),
        assumptions,
        summary(r),
        provenance.chain(r),
        o == null ? null : r.direction().name(),
        o == null ? null : o.reason(),
        distribution == null ? null : distribution.get(r.direction().name()),
        distribution);
  }

  /** The seeded Monte Carlo estimate over the reaction's appraisals, or null without provenance. */
  private Map<String, Double> likelihood(Reaction r) {
    Derivation d = provenance.derivation(r);
    if (d == null) {
      return null;
    }
    List<Likelihood.Term> terms = new ArrayList<>();
    for (Object p : d.premises()) {
      if (p instanceof Appraisal a) {
        double confidence =
            provenance.rulesBehind(a).stream()
                .filter(RuleInfo::isAssumption)
                .mapToDouble(RuleInfo::confidence)
                .min()
                .orElse(1.0);
        terms.add(new Likelihood.Term(a.value(), confidence));
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    Likelihood.distribution(terms, seed, r.actor() + "/" + r.move() + "/" + r.turn())
        .forEach((dir, p) -> out.put(dir.name(), p));
    return out;
  }

  /** The main reason in words: the actor-specific rule behind the weightiest appraisal. */
  private String summary(Reaction r) {
    Derivation d = provenance.derivation(r);
    if (d == null) {
      return "";
    }
    Appraisal main =
        d.premises().stream()
            .filter(Appraisal.class::isInstance)
            .map(Appraisal.class::cast)
            .filter(
                a ->
                    r.direction() == Direction.NEUTRAL
                        || Math.signum(a.value()) == Math.signum(r.score()))
            .max(
                Comparator.comparingDouble((Appraisal a) -> Math.abs(a.value()))
                    .thenComparing(Appraisal::type))
            .orElse(null);
    if (main == null) {
      return d.rule().meaning();
    }
    for (RuleInfo info : provenance.rulesBehind(main)) {
      if (!info.name().startsWith("Any ")) {
        return info.meaning();
      }
    }
    // no actor rule behind it: a weight the scenario gave a data-defined actor
    Derivation md = provenance.derivation(main);
    if (md != null) {
      for (Object p : md.premises()) {
        if (p instanceof Interest i && provenance.derivation(i) == null) {
          return sentence(i.actor(), "values", i.type(), i.weight(), "which this move serves");
        }
        if (p instanceof Concern c && provenance.derivation(c) == null) {
          return sentence(c.actor(), "is wary of", c.type(), c.weight(), "which this move touches");
        }
      }
    }
    return md == null ? main.describe() : md.rule().meaning();
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

  /** The report of the turns played so far. */
  public Report report() {
    Map<String, OutcomeView> outcome =
        history.isEmpty() ? Map.of() : history.get(history.size() - 1).outcomeByMove();
    return new Report(scenario.id(), seed, knobs, history, outcome);
  }

  @Override
  public void close() {
    session.dispose();
  }
}
