package tabletop.engine.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import tabletop.engine.model.Direction;
import tabletop.engine.model.Outcome;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.KnobValues;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.Suggest;
import tabletop.engine.scenario.TurnSpec;

/**
 * What package could pass: every combination of the knobs an author marked negotiable for a move
 * (those that set the move's features, and those that set world facts), each played to the
 * scenario's end and sampled by whole-run trials, ranked by the probability that the move goes
 * ahead by the end and then by the support it draws; with what each package concedes relative to
 * the knobs as they stand, to whom, and which veto player is closest to blocking it.
 *
 * <p>Every package's trials share the seed (common random numbers), so two packages differ by what
 * the knobs change, not by the luck of the draws; packages are spread over threads but each is
 * computed alone, so the result is the same for any number of threads. {@link #bargain} adds a
 * proposal–counter-proposal sequence in the spirit of expected-utility bargaining models (Bueno de
 * Mesquita's; KAPSARC's KTAB): a veto player proposes, the mover accepts or counters.
 */
public final class Deal {
  /** Trials behind each package's figures when none are asked for. */
  public static final int TRIALS = 2000;

  /** The most packages one search plays: beyond, fewer knobs should be marked negotiable. */
  public static final int MAX_PACKAGES = 512;

  /** How much higher P(goes ahead) must be for a package to count as a better outcome. */
  public static final double BETTER_BY = 0.05;

  /** A rise in an actor's support below this is not counted as a concession to it. */
  public static final double GAIN_AT = 0.02;

  private Deal() {}

  /** A knob turned from the value it stands at to another. */
  public record Change(String knob, String from, String to) {
    public String describe() {
      return knob + " " + show(from) + " -> " + show(to);
    }

    private static String show(String v) {
      return v.isEmpty() ? "(none)" : v;
    }
  }

  /** An actor whose probability of supporting the move rises under a package. */
  public record Gain(String actor, double before, double after) {
    public double rise() {
      return after - before;
    }
  }

  /** A mechanism or threshold the search rests on, with how far to trust it (0 to 1). */
  public record Assumption(String text, double confidence) {}

  /**
   * One package: the negotiable knobs' values, and what the trials make of the move under it.
   *
   * @param concedes the knobs changed from where they stand
   * @param goesAhead P(the move goes ahead by the end); {@code stalled}, {@code declined} and
   *     {@code blocked} likewise, with {@code other} the rest (withdrawn, never tabled)
   * @param run the move's outcome at the end of the scenario's own run (nothing drawn)
   * @param support the support drawn: Σ over actors of weight × P(support or lean support)
   * @param supportBy each actor's P(support or lean support) at the end
   * @param blocking each veto player's P(ending in a stand that blocks or declines the move)
   * @param closestVeto the veto player most likely to block or decline it, or null if none
   * @param gains the actors whose support rises against the knobs as they stand, most first
   * @param better whether it reaches a better outcome than the knobs as they stand
   */
  public record Package(
      Map<String, String> knobs,
      List<Change> concedes,
      double goesAhead,
      double stalled,
      double declined,
      double blocked,
      double other,
      String run,
      double support,
      Map<String, Double> supportBy,
      Map<String, Double> blocking,
      String closestVeto,
      double closestVetoBlocks,
      List<Gain> gains,
      boolean better) {}

  /**
   * One round of bargaining: who proposed what, whether the mover accepted, the mover's counter
   * where it did not, and the package standing after the round.
   */
  public record Round(
      int number,
      String proposer,
      Change proposal,
      boolean accepted,
      Change counter,
      boolean counterStands,
      Map<String, String> knobs,
      double goesAhead,
      double support,
      String note) {}

  /**
   * What the search found.
   *
   * @param negotiable the knobs searched, in the scenario's order
   * @param base the package of the knobs as they stand
   * @param ranked every package, best first (the base among them)
   * @param better the packages that reach a better outcome than the base, best first (may be empty:
   *     then none does, and the screen says so)
   * @param rounds the bargaining rounds, if asked for
   * @param ended why the bargaining ended, or null when no rounds were asked for
   */
  public record Result(
      String scenario,
      String move,
      String mover,
      int turn,
      long seed,
      int trials,
      List<String> negotiable,
      List<String> vetoPlayers,
      Map<String, Double> weights,
      Package base,
      List<Package> ranked,
      List<Package> better,
      List<Round> rounds,
      String ended,
      List<Assumption> assumptions) {}

  /**
   * The knobs {@code deal} searches for a move: marked negotiable, setting its features or the
   * world.
   */
  public static List<Knob> negotiable(Scenario scenario, String move) {
    return scenario.knobs().stream()
        .filter(Knob::negotiable)
        .filter(k -> k.setsFeatureOf(move) || k.setsWorld())
        .toList();
  }

  /**
   * The values a negotiable knob is searched over, the one it stands at first: a boolean's two, a
   * choice's every value, a set's current value and that with one value removed or added (not every
   * subset: a set of n values has 2^n), a number's min, current value and max.
   */
  public static List<String> values(Knob k, String current) {
    Set<String> out = new LinkedHashSet<>();
    out.add(current);
    switch (k.type()) {
      case BOOLEAN -> {
        out.add("false");
        out.add("true");
      }
      case CHOICE -> out.addAll(k.values());
      case SET -> {
        List<String> items = current.isEmpty() ? List.of() : List.of(current.split(","));
        for (String v : k.values()) {
          List<String> next = new ArrayList<>(items);
          if (items.contains(v)) {
            next.remove(v);
          } else {
            next.add(v);
          }
          out.add(KnobValues.normalise(k, String.join(",", next)));
        }
      }
      case NUMBER -> {
        if (k.min() != null) {
          out.add(KnobValues.normalise(k, String.valueOf(k.min())));
        }
        if (k.max() != null) {
          out.add(KnobValues.normalise(k, String.valueOf(k.max())));
        }
      }
      default -> throw new IllegalStateException(k.type().toString());
    }
    return List.copyOf(out);
  }

  /** The move tabled under this id, or an exception naming the moves there are. */
  public static MoveSpec move(Scenario scenario, String move) {
    List<String> ids = new ArrayList<>();
    for (TurnSpec t : scenario.turns()) {
      for (MoveSpec m : t.moves()) {
        if (m.id().equals(move)) {
          return m;
        }
        ids.add(m.id());
      }
    }
    throw new IllegalArgumentException(
        scenario.id()
            + " has no move '"
            + move
            + "'"
            + Suggest.didYouMean(move, ids)
            + (ids.isEmpty()
                ? "; it tables no moves"
                : "; its moves are: " + String.join(", ", ids)));
  }

  /**
   * Searches every package of the negotiable knobs for a move.
   *
   * @param knobs the knobs as they stand (unset ones at their defaults): the base every package is
   *     measured against
   * @param weights each actor's weight in the support drawn (missing: 1.0)
   * @param rounds bargaining rounds to play after the search (0: none)
   * @param progress hears how many packages are done
   * @param cancelled when it turns true the search stops with an exception whose cause is an {@link
   *     InterruptedException}
   * @throws IllegalArgumentException for an unknown move, bad knob settings, or too many packages
   */
  public static Result search(
      Engine engine,
      Scenario scenario,
      String move,
      Map<String, String> knobs,
      long seed,
      Uncertainty u,
      int trials,
      Map<String, Double> weights,
      int rounds,
      int threads,
      LongConsumer progress,
      BooleanSupplier cancelled) {
    if (trials < 1) {
      throw new IllegalArgumentException("the number of trials must be at least 1, not " + trials);
    }
    if (rounds < 0) {
      throw new IllegalArgumentException("the number of rounds must be 0 or more, not " + rounds);
    }
    MoveSpec spec = move(scenario, move);
    Map<String, String> base = KnobValues.resolve(scenario, knobs);
    List<Knob> searched = negotiable(scenario, move);
    List<List<String>> values = new ArrayList<>();
    for (Knob k : searched) {
      values.add(values(k, base.get(k.name())));
    }
    List<Map<String, String>> packages = packages(scenario, move, knobs);
    Search s =
        new Search(engine, scenario, spec, base, seed, u, trials, weights, searched, cancelled);
    List<Measured> measured = s.measureAll(packages, threads, progress);
    Measured b = measured.get(0); // every knob at its first value: where it stands
    List<Package> all = new ArrayList<>();
    for (Measured m : measured) {
      all.add(s.toPackage(m, b));
    }
    List<Package> ranked = new ArrayList<>(all);
    ranked.sort(RANKING);
    List<Package> better = ranked.stream().filter(Package::better).toList();
    List<Round> played = new ArrayList<>();
    String ended = null;
    if (rounds > 0) {
      ended = s.bargain(measured, values, rounds, played);
    }
    Set<String> vetoes = new LinkedHashSet<>();
    measured.forEach(m -> vetoes.addAll(m.blocking.keySet()));
    Map<String, Double> w = new LinkedHashMap<>();
    for (String a : b.supportBy.keySet()) {
      w.put(a, s.weight(a));
    }
    return new Result(
        scenario.id(),
        move,
        spec.actor(),
        scenario.lastTurn(),
        seed,
        trials,
        searched.stream().map(Knob::name).toList(),
        List.copyOf(vetoes),
        w,
        all.get(0),
        ranked,
        better,
        played,
        ended,
        assumptions(weights, rounds > 0));
  }

  /**
   * Every package the search plays for a move, the knobs as they stand first: the values of the
   * negotiable knobs only, in the scenario's knob order.
   *
   * @throws IllegalArgumentException for an unknown move, bad knob settings, or more than {@link
   *     #MAX_PACKAGES} packages
   */
  public static List<Map<String, String>> packages(
      Scenario scenario, String move, Map<String, String> knobs) {
    move(scenario, move);
    Map<String, String> base = KnobValues.resolve(scenario, knobs);
    List<Knob> searched = negotiable(scenario, move);
    long count = 1;
    List<List<String>> values = new ArrayList<>();
    for (Knob k : searched) {
      List<String> v = values(k, base.get(k.name()));
      values.add(v);
      count *= v.size();
    }
    if (count > MAX_PACKAGES) {
      throw new IllegalArgumentException(
          "the negotiable knobs of "
              + move
              + " make "
              + count
              + " packages, more than the "
              + MAX_PACKAGES
              + " one search plays; mark fewer knobs negotiable");
    }
    List<Map<String, String>> packages = new ArrayList<>();
    packages.add(new LinkedHashMap<>());
    for (int i = 0; i < searched.size(); i++) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> p : packages) {
        for (String v : values.get(i)) {
          Map<String, String> q = new LinkedHashMap<>(p);
          q.put(searched.get(i).name(), v);
          next.add(q);
        }
      }
      packages = next;
    }
    return packages;
  }

  /** By P(goes ahead), then support drawn, then fewer concessions; the enumeration order last. */
  static final Comparator<Package> RANKING =
      Comparator.comparingDouble(Package::goesAhead)
          .reversed()
          .thenComparing(Comparator.comparingDouble(Package::support).reversed())
          .thenComparingInt(p -> p.concedes().size());

  static List<Assumption> assumptions(Map<String, Double> weights, boolean rounds) {
    List<Assumption> out = new ArrayList<>();
    out.add(
        new Assumption(
            String.format(
                Locale.ROOT,
                "A package reaches a better outcome when P(goes ahead) is at least %.0f points"
                    + " above the knobs as they stand (smaller gaps are within the trials' noise)",
                BETTER_BY * 100),
            0.6));
    out.add(
        new Assumption(
            "An actor's support counts support and lean support alike, at the end of the run",
            0.7));
    if (weights.isEmpty()) {
      out.add(
          new Assumption(
              "Every actor weighs 1.0 in the support drawn (no capability is given yet)", 0.4));
    } else {
      out.add(
          new Assumption(
              "Each actor's support weighs its capability (its weight where decisions are not"
                  + " vetoes; explain ACTOR shows it)",
              0.5));
    }
    out.add(
        new Assumption(
            "The veto player closest to blocking is the one most likely to end in a stand that"
                + " blocks or declines the move (the host's consent, NATO's consensus)",
            0.8));
    out.add(
        new Assumption(
            "A set knob is searched over its value and that with one item added or removed,"
                + " not every subset",
            0.7));
    if (rounds) {
      out.add(
          new Assumption(
              "Each round the veto player closest to blocking proposes the one knob change that"
                  + " most raises its own support",
              0.6));
      out.add(
          new Assumption(
              "The mover accepts a proposal that does not lower P(goes ahead); else it counters"
                  + " with the change that raises P(goes ahead) most",
              0.6));
      out.add(
          new Assumption(
              "A counter stands when it does not lower the proposer's own support", 0.5));
      out.add(
          new Assumption(
              "Bargaining ends after the rounds asked for, when a round changes nothing, or when"
                  + " it comes back to a package already agreed",
              0.9));
    }
    return out;
  }

  /** What the trials make of one package, before it is set against the base. */
  static final class Measured {
    final Map<String, String> knobs;
    final Map<Trials.Standing, Double> end;
    final String run;
    final Map<String, Double> supportBy;
    final Map<String, Double> blocking;

    Measured(
        Map<String, String> knobs,
        Map<Trials.Standing, Double> end,
        String run,
        Map<String, Double> supportBy,
        Map<String, Double> blocking) {
      this.knobs = knobs;
      this.end = end;
      this.run = run;
      this.supportBy = supportBy;
      this.blocking = blocking;
    }

    /** The same figures for another package whose structure is the same. */
    Measured as(Map<String, String> negotiated) {
      return new Measured(
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(negotiated)),
          end,
          run,
          supportBy,
          blocking);
    }

    double p(Trials.Standing s) {
      return end.getOrDefault(s, 0.0);
    }

    double goesAhead() {
      return p(Trials.Standing.GOES_AHEAD);
    }
  }

  /** One search's settings, and the packages it has measured. */
  static final class Search {
    final Engine engine;
    final Scenario scenario;
    final MoveSpec move;
    final Map<String, String> base;
    final long seed;
    final Uncertainty u;
    final int trials;
    final Map<String, Double> weights;
    final List<Knob> searched;
    final BooleanSupplier cancelled;
    final Map<Map<String, String>, Measured> cache = new LinkedHashMap<>();

    /**
     * What the trials made of each structure met so far, by {@link Structure#fingerprint()}: two
     * packages whose knobs change nothing the trials read (a concession no rule weighs in this
     * play) share one set of trials, with the same figures they would each have drawn.
     */
    final Map<String, Measured> byStructure = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many packages were measured by their own trials (the rest shared a structure's). */
    final AtomicLong sampled = new AtomicLong();

    Search(
        Engine engine,
        Scenario scenario,
        MoveSpec move,
        Map<String, String> base,
        long seed,
        Uncertainty u,
        int trials,
        Map<String, Double> weights,
        List<Knob> searched,
        BooleanSupplier cancelled) {
      this.engine = engine;
      this.scenario = scenario;
      this.move = move;
      this.base = base;
      this.seed = seed;
      this.u = u;
      this.trials = trials;
      this.weights = Map.copyOf(weights);
      this.searched = searched;
      this.cancelled = cancelled;
    }

    double weight(String actor) {
      return weights.getOrDefault(actor, 1.0);
    }

    /** Measures the packages over threads; the results in the packages' order. */
    List<Measured> measureAll(List<Map<String, String>> packages, int threads, LongConsumer done) {
      int t = Math.max(1, Math.min(threads, packages.size()));
      Measured[] out = new Measured[packages.size()];
      AtomicLong count = new AtomicLong();
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              t,
              r -> {
                Thread th = new Thread(r, "tabletop-deal");
                th.setDaemon(true);
                return th;
              });
      try {
        List<Future<?>> parts = new ArrayList<>();
        for (int k = 0; k < t; k++) {
          int from = k;
          int step = t;
          parts.add(
              pool.submit(
                  () -> {
                    for (int i = from; i < packages.size(); i += step) {
                      if (stop.get()) {
                        return;
                      }
                      out[i] = measure(packages.get(i));
                      done.accept(count.incrementAndGet());
                    }
                  }));
        }
        for (Future<?> f : parts) {
          while (true) {
            try {
              f.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
              break;
            } catch (java.util.concurrent.TimeoutException e) {
              if (cancelled.getAsBoolean()) {
                stop.set(true);
                throw new IllegalStateException(
                    "the deal search was stopped", new InterruptedException());
              }
            }
          }
        }
      } catch (InterruptedException e) {
        stop.set(true);
        throw new IllegalStateException("the deal search was stopped", e);
      } catch (ExecutionException e) {
        stop.set(true);
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) {
          throw re;
        }
        if (c instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(c);
      } finally {
        pool.shutdownNow();
      }
      for (int i = 0; i < out.length; i++) {
        cache.put(packages.get(i), out[i]);
      }
      return List.of(out);
    }

    /** Plays one package to the end and samples its structure. */
    Measured measure(Map<String, String> negotiated) {
      Measured known = cache.get(negotiated);
      if (known != null) {
        return known;
      }
      Map<String, String> knobs = new LinkedHashMap<>(base);
      knobs.putAll(negotiated);
      Structure s = Game.wholeRun(engine, scenario, knobs, seed);
      if (!s.separable()) {
        throw new IllegalArgumentException(
            "trials cannot sample " + scenario.id() + " with " + negotiated + ": " + s.whyNot());
      }
      String fingerprint = s.fingerprint();
      Measured same = byStructure.get(fingerprint);
      if (same != null) {
        return same.as(negotiated);
      }
      sampled.incrementAndGet();
      int last = endTurn(s, move.id());
      TrialResult r = Trials.run(s, u, seed, trials);
      TrialResult own = Trials.run(s, Uncertainty.NONE, seed, 1);
      String id = move.id();
      Map<Trials.Standing, Double> end = r.outcome(last, id);
      String run =
          own.outcome(last, id).entrySet().stream()
              .filter(e -> e.getValue() > 0)
              .map(e -> e.getKey().name())
              .findFirst()
              .orElse(Trials.Standing.NOT_TABLED.name());
      Map<String, Double> supportBy = new LinkedHashMap<>();
      for (String a : s.actors) {
        if (a.equals(move.actor())) {
          continue;
        }
        Map<Direction, Double> d = r.stance(last, a, id);
        if (d.isEmpty()) {
          continue;
        }
        supportBy.put(
            a,
            d.getOrDefault(Direction.SUPPORT, 0.0) + d.getOrDefault(Direction.LEAN_SUPPORT, 0.0));
      }
      Map<String, Double> blocking = new LinkedHashMap<>();
      blockingStands(s, id)
          .forEach(
              (a, dirs) -> {
                Map<Direction, Double> d = r.stance(last, s.actors.get(a), id);
                double p = 0;
                for (Direction x : dirs) {
                  p += d.getOrDefault(x, 0.0);
                }
                blocking.put(s.actors.get(a), p);
              });
      // in the scenario's knob order, so the JSON of a result reads the same in every JVM
      Measured m =
          new Measured(
              java.util.Collections.unmodifiableMap(new LinkedHashMap<>(negotiated)),
              end,
              run,
              java.util.Collections.unmodifiableMap(supportBy),
              java.util.Collections.unmodifiableMap(blocking));
      byStructure.putIfAbsent(fingerprint, m);
      return m;
    }

    /**
     * The turn whose counts say where a move stands at the end of the run: the last turn in which
     * the trials judged it. A move decided in every trial (or followed as long as the trials follow
     * any) leaves the structure's table, and stands after that turn as it stood then; reading the
     * final turn instead would find no count for it at all.
     */
    static int endTurn(Structure s, String move) {
      int m = s.indexOfMove(move);
      for (int i = s.turns.size() - 1; i >= 0 && m >= 0; i--) {
        if (s.turns.get(i).onTableSet.contains(m)) {
          return s.turns.get(i).turn;
        }
      }
      return s.turns.isEmpty() ? 0 : s.turns.get(s.turns.size() - 1).turn;
    }

    /**
     * The veto players of a move and the stands in which each blocks or declines it: an actor whose
     * stand in some direction adds an outcome, blocked or declined, given by that actor.
     */
    static Map<Integer, Set<Direction>> blockingStands(Structure s, String move) {
      int m = s.indexOfMove(move);
      Map<Integer, Set<Direction>> out = new LinkedHashMap<>();
      if (m < 0) {
        return out;
      }
      for (Structure.TurnShape t : s.turns) {
        int i = t.slot == null ? -1 : t.slot[m];
        if (i < 0) {
          continue;
        }
        List<Structure.OutcomeKey> keys = t.outcomeKeys(m);
        for (int a = 0; a < s.actors.size(); a++) {
          for (Direction d : Direction.values()) {
            long mask = t.added[i][a][d.ordinal()];
            for (int k = 0; k < keys.size(); k++) {
              Structure.OutcomeKey key = keys.get(k);
              if ((mask & (1L << k)) != 0
                  && (key.status() == Outcome.Status.BLOCKED
                      || key.status() == Outcome.Status.DECLINED)
                  && s.actors.get(a).equals(key.by())) {
                out.computeIfAbsent(a, x -> new java.util.TreeSet<>()).add(d);
              }
            }
          }
        }
      }
      return out;
    }

    double support(Measured m) {
      double sum = 0;
      for (Map.Entry<String, Double> e : m.supportBy.entrySet()) {
        sum += weight(e.getKey()) * e.getValue();
      }
      return sum;
    }

    Package toPackage(Measured m, Measured b) {
      List<Change> concedes = new ArrayList<>();
      for (Knob k : searched) {
        String from = b.knobs.get(k.name());
        String to = m.knobs.get(k.name());
        if (!from.equals(to)) {
          concedes.add(new Change(k.name(), from, to));
        }
      }
      List<Gain> gains = new ArrayList<>();
      m.supportBy.forEach(
          (a, p) -> {
            double before = b.supportBy.getOrDefault(a, 0.0);
            if (p - before >= GAIN_AT) {
              gains.add(new Gain(a, before, p));
            }
          });
      gains.sort(Comparator.comparingDouble(Gain::rise).reversed().thenComparing(Gain::actor));
      String closest = null;
      double most = -1;
      for (Map.Entry<String, Double> e : m.blocking.entrySet()) {
        if (e.getValue() > most) {
          most = e.getValue();
          closest = e.getKey();
        }
      }
      double other = m.p(Trials.Standing.WITHDRAWN) + m.p(Trials.Standing.NOT_TABLED);
      return new Package(
          m.knobs,
          concedes,
          m.goesAhead(),
          m.p(Trials.Standing.STALLED),
          m.p(Trials.Standing.DECLINED),
          m.p(Trials.Standing.BLOCKED),
          other,
          m.run,
          support(m),
          m.supportBy,
          m.blocking,
          closest,
          closest == null ? 0 : most,
          gains,
          m.goesAhead() >= b.goesAhead() + BETTER_BY - 1e-9);
    }

    /** The veto player most likely to block or decline under a package, or null. */
    static String closestVeto(Measured m) {
      String closest = null;
      double most = -1;
      for (Map.Entry<String, Double> e : m.blocking.entrySet()) {
        if (e.getValue() > most) {
          most = e.getValue();
          closest = e.getKey();
        }
      }
      return closest;
    }

    /** Every package one knob change away from this one, within the searched values. */
    List<Change> neighbours(Map<String, String> at, List<List<String>> values) {
      List<Change> out = new ArrayList<>();
      for (int i = 0; i < searched.size(); i++) {
        String k = searched.get(i).name();
        for (String v : values.get(i)) {
          if (!v.equals(at.get(k))) {
            out.add(new Change(k, at.get(k), v));
          }
        }
      }
      return out;
    }

    static Map<String, String> apply(Map<String, String> at, Change c) {
      Map<String, String> next = new LinkedHashMap<>(at);
      next.put(c.knob(), c.to());
      return next;
    }

    /** Plays the rounds from the base package; returns why the bargaining ended. */
    String bargain(
        List<Measured> measured, List<List<String>> values, int rounds, List<Round> out) {
      Measured at = measured.get(0);
      Set<Map<String, String>> agreed = new LinkedHashSet<>();
      agreed.add(at.knobs);
      String mover = move.actor();
      for (int n = 1; n <= rounds; n++) {
        String veto = closestVeto(at);
        if (veto == null) {
          return "no actor can block or decline " + move.id() + ": there is nobody to bargain with";
        }
        double own = at.supportBy.getOrDefault(veto, 0.0);
        Change proposal = null;
        double best = own;
        for (Change c : neighbours(at.knobs, values)) {
          double p = measure(apply(at.knobs, c)).supportBy.getOrDefault(veto, 0.0);
          if (p > best + 1e-12) {
            best = p;
            proposal = c;
          }
        }
        if (proposal == null) {
          out.add(
              new Round(
                  n,
                  veto,
                  null,
                  false,
                  null,
                  false,
                  at.knobs,
                  at.goesAhead(),
                  support(at),
                  "no single change raises its support"));
          return veto + " has no change to propose that raises its own support";
        }
        Measured proposed = measure(apply(at.knobs, proposal));
        if (proposed.goesAhead() >= at.goesAhead()) {
          at = proposed;
          out.add(
              new Round(
                  n,
                  veto,
                  proposal,
                  true,
                  null,
                  false,
                  at.knobs,
                  at.goesAhead(),
                  support(at),
                  mover + " accepts: P(goes ahead) does not fall"));
        } else {
          Change counter = null;
          double bestGo = at.goesAhead();
          double bestSupport = support(at);
          for (Change c : neighbours(at.knobs, values)) {
            Measured m = measure(apply(at.knobs, c));
            double s = support(m);
            if (m.goesAhead() > bestGo + 1e-12
                || m.goesAhead() == bestGo && counter != null && s > bestSupport) {
              bestGo = m.goesAhead();
              bestSupport = s;
              counter = c;
            }
          }
          boolean stands = false;
          String note;
          if (counter == null) {
            note = mover + " declines and has no change that raises P(goes ahead)";
          } else {
            Measured m = measure(apply(at.knobs, counter));
            stands = m.supportBy.getOrDefault(veto, 0.0) >= own;
            if (stands) {
              at = m;
              note = mover + " declines and counters; " + veto + " accepts the counter";
            } else {
              note =
                  mover
                      + " declines and counters; "
                      + veto
                      + " rejects it (its support would fall)";
            }
          }
          out.add(
              new Round(
                  n,
                  veto,
                  proposal,
                  false,
                  counter,
                  stands,
                  at.knobs,
                  at.goesAhead(),
                  support(at),
                  note));
          if (!stands) {
            return "round " + n + " changed nothing: the bargaining is stuck";
          }
        }
        if (!agreed.add(at.knobs)) {
          return "round " + n + " came back to a package already agreed";
        }
      }
      return "the " + rounds + " round" + (rounds == 1 ? "" : "s") + " asked for are played";
    }
  }
}
