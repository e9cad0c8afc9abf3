package tabletop.engine.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tabletop.engine.model.Direction;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.KnobValues;
import tabletop.engine.scenario.Scenario;

/**
 * How sensitive one actor's reaction to a move is, and the move's outcome: a tornado of the knobs,
 * assumptions and weights ranked by how far each moves the probability of the actor's direction and
 * of the move's outcome; how far the reaction's net lies from the nearest threshold; and the
 * smallest combination of up to three knob changes that flips the direction or the outcome.
 *
 * <p>Knobs are varied over their other values (a new structure each); an assumption is forced to
 * hold and not to hold; a weight is set one spread below and above its value. The trials of every
 * bar share the seed, so differences between bars are not noise of the draws. Flips are searched in
 * the model's own run (no uncertainty drawn): singles, then pairs, then triples among the knobs the
 * tornado ranks highest.
 */
public final class Sensitivity {
  /** Trials behind each bar. */
  public static final int TRIALS = 1000;

  /** Triples are searched among this many of the knobs the tornado ranks highest. */
  static final int TRIPLE_KNOBS = 6;

  private Sensitivity() {}

  /** One bar of the tornado. */
  public record Bar(
      String kind,
      String name,
      String low,
      String high,
      double directionLow,
      double directionHigh,
      double outcomeLow,
      double outcomeHigh) {
    /** The widest swing of either probability. */
    public double swing() {
      return Math.max(Math.abs(directionHigh - directionLow), Math.abs(outcomeHigh - outcomeLow));
    }
  }

  /** A knob set to a value. */
  public record Change(String knob, String value) {}

  /** A combination of knob changes and what it flips. */
  public record Flip(List<Change> changes, String what, String from, String to) {}

  /** The nearest threshold to the reaction's net, and the direction on its other side. */
  public record Threshold(double cut, double distance, Direction across) {}

  /** What the analysis found. */
  public record Result(
      String actor,
      String move,
      int turn,
      Direction direction,
      double score,
      double directionProbability,
      String outcome,
      double outcomeProbability,
      Threshold nearest,
      List<Bar> bars,
      List<Flip> flips,
      int directionFlipSize,
      int combinationsTried) {}

  /**
   * Analyses one actor's reaction to a move in a turn (move and turn null: the actor's first move
   * and the last turn in which it reacted to it).
   */
  public static Result of(
      Engine engine,
      Scenario scenario,
      Map<String, String> knobs,
      long seed,
      Uncertainty u,
      String actor,
      String move,
      Integer turn,
      Consumer<String> progress) {
    Map<String, String> base = KnobValues.resolve(scenario, knobs);
    Run run = play(engine, scenario, base, seed);
    ReactionView row = find(run, actor, move, turn);
    String m = row.move();
    int t = turnOf(run, row);
    Direction d = Direction.valueOf(row.direction());
    String outcome = run.outcomeAt(m, t);
    TrialResult r0 = Trials.run(run.structure, u, seed, TRIALS, Map.of());
    double p0 = r0.stance(t, actor, m).getOrDefault(d, 0.0);
    double q0 = outcomeProbability(r0, t, m, outcome);

    List<Bar> bars = new ArrayList<>();
    Map<String, Double> knobSwing = new LinkedHashMap<>();
    for (Knob k : scenario.knobs()) {
      progress.accept("knob " + k.name());
      String cur = base.get(k.name());
      String lowV = cur;
      String highV = cur;
      double lowP = p0;
      double highP = p0;
      double lowQ = q0;
      double highQ = q0;
      String tried = null;
      for (String alt : WhatIf.alternatives(k, cur)) {
        tried = tried == null ? alt : tried;
        Map<String, String> changed = new LinkedHashMap<>(base);
        changed.put(k.name(), alt);
        Run other = play(engine, scenario, changed, seed);
        if (!other.structure.separable()) {
          continue;
        }
        TrialResult r = Trials.run(other.structure, u, seed, TRIALS, Map.of());
        double p = r.stance(t, actor, m).getOrDefault(d, 0.0);
        double q = outcomeProbability(r, t, m, outcome);
        if (p < lowP || (p == lowP && q < lowQ)) {
          lowP = p;
          lowQ = q;
          lowV = alt;
        }
        if (p > highP || (p == highP && q > highQ)) {
          highP = p;
          highQ = q;
          highV = alt;
        }
      }
      if (lowV.equals(highV) && tried != null) {
        // no other value moves either probability: the bar names the value tried, not "x → x"
        highV = tried;
      }
      Bar b = new Bar("knob", k.name(), lowV, highV, lowP, highP, lowQ, highQ);
      bars.add(b);
      knobSwing.put(k.name(), b.swing());
    }
    progress.accept("assumptions and weights");
    Structure s = run.structure;
    for (int i : relevantDraws(s, m, t)) {
      Structure.Draw draw = s.draws().get(i);
      if (draw.kind() == Structure.Draw.Kind.HOLDS) {
        TrialResult no = Trials.run(s, u, seed, TRIALS, Map.of(i, 0.0));
        TrialResult yes = Trials.run(s, u, seed, TRIALS, Map.of(i, 1.0));
        bars.add(
            new Bar(
                "assumption",
                draw.label(),
                "does not hold",
                "holds",
                no.stance(t, actor, m).getOrDefault(d, 0.0),
                yes.stance(t, actor, m).getOrDefault(d, 0.0),
                outcomeProbability(no, t, m, outcome),
                outcomeProbability(yes, t, m, outcome)));
      } else {
        double sd = u.sizeSpread(draw);
        if (sd == 0) {
          continue;
        }
        double lo = Math.exp(-sd);
        double hi = Math.exp(sd);
        TrialResult low = Trials.run(s, u, seed, TRIALS, Map.of(i, lo));
        TrialResult high = Trials.run(s, u, seed, TRIALS, Map.of(i, hi));
        bars.add(
            new Bar(
                "weight",
                draw.label(),
                String.format(java.util.Locale.ROOT, "x%.2f", lo),
                String.format(java.util.Locale.ROOT, "x%.2f", hi),
                low.stance(t, actor, m).getOrDefault(d, 0.0),
                high.stance(t, actor, m).getOrDefault(d, 0.0),
                outcomeProbability(low, t, m, outcome),
                outcomeProbability(high, t, m, outcome)));
      }
    }
    bars.sort(Comparator.comparingDouble(Bar::swing).reversed().thenComparing(Bar::name));

    progress.accept("the smallest flip");
    List<String> ranked =
        knobSwing.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(Map.Entry::getKey)
            .toList();
    FlipSearch search = new FlipSearch(engine, scenario, base, seed, actor, m, t, d, outcome);
    List<Flip> flips = search.find(ranked);
    return new Result(
        actor,
        m,
        t,
        d,
        row.score(),
        p0,
        outcome,
        q0,
        nearest(row.score()),
        bars,
        flips,
        flips.stream()
            .filter(f -> f.what().equals("direction"))
            .mapToInt(f -> f.changes().size())
            .min()
            .orElse(0),
        search.tried);
  }

  /** The draws resting under any actor's appraisal of the move up to the turn, or its outcome. */
  static Set<Integer> relevantDraws(Structure s, String move, int turn) {
    int m = s.indexOfMove(move);
    Set<Integer> out = new LinkedHashSet<>();
    for (Structure.TurnShape t : s.turns) {
      if (t.turn > turn) {
        break;
      }
      for (Structure.Term term : t.terms) {
        if (term.move() == m) {
          for (int[] alternative : term.holds()) {
            for (int h : alternative) {
              out.add(h);
            }
          }
          for (int z : term.sizes()) {
            out.add(z);
          }
        }
      }
      for (Structure.OutcomeKey k : t.outcomeKeys(m)) {
        if (k.holds() >= 0) {
          out.add(k.holds());
        }
      }
    }
    return out;
  }

  static double outcomeProbability(TrialResult r, int turn, String move, String status) {
    if (status == null) {
      return 0;
    }
    try {
      return r.outcome(turn, move).getOrDefault(Trials.Standing.valueOf(status), 0.0);
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  /** The cut nearest to a net, and the direction on its other side. */
  static Threshold nearest(double score) {
    double[] cuts = {
      Direction.SUPPORT_AT,
      Direction.LEAN_SUPPORT_AT,
      -Direction.LEAN_SUPPORT_AT,
      -Direction.SUPPORT_AT
    };
    double best = cuts[0];
    for (double c : cuts) {
      if (Math.abs(score - c) < Math.abs(score - best)) {
        best = c;
      }
    }
    // just across the cut, on the other side from the score
    double across = score >= best ? best - 1e-6 : best + 1e-6;
    if (best < 0 && score < best) {
      across = best + 1e-6;
    }
    return new Threshold(best, Math.abs(score - best), Direction.fromScore(across));
  }

  /** A quiet play and its structure. */
  record Run(List<TurnReport> history, Structure structure) {
    String outcomeAt(String move, int turn) {
      String last = null;
      for (TurnReport t : history) {
        if (t.turn() > turn) {
          break;
        }
        OutcomeView o = t.outcomeByMove().get(move);
        if (o != null) {
          last = o.status();
        }
      }
      return last;
    }

    Direction direction(String actor, String move, int turn) {
      Direction last = null;
      for (TurnReport t : history) {
        if (t.turn() > turn) {
          break;
        }
        for (ReactionView r : t.reactions()) {
          if (r.actor().equals(actor) && r.move().equals(move)) {
            last = Direction.valueOf(r.direction());
          }
        }
      }
      return last;
    }
  }

  static Run play(Engine engine, Scenario scenario, Map<String, String> knobs, long seed) {
    try (Game g = engine.startQuiet(scenario, knobs, seed)) {
      g.playToEnd();
      // the structure of a whole run at these knobs: derived once, then kept by the engine
      return new Run(g.history(), Game.wholeRun(engine, scenario, knobs, seed));
    }
  }

  private static Run playOnly(
      Engine engine, Scenario scenario, Map<String, String> knobs, long seed) {
    try (Game g = engine.startQuiet(scenario, knobs, seed)) {
      g.playToEnd();
      return new Run(g.history(), null);
    }
  }

  private static ReactionView find(Run run, String actor, String move, Integer turn) {
    List<String> moves = new ArrayList<>();
    for (TurnReport t : run.history) {
      for (ReactionView r : t.reactions()) {
        if (r.actor().equals(actor) && !moves.contains(r.move())) {
          moves.add(r.move());
        }
      }
    }
    String m = move != null ? move : moves.isEmpty() ? null : moves.get(0);
    ReactionView found = null;
    for (TurnReport t : run.history) {
      if (turn != null && t.turn() > turn) {
        break;
      }
      for (ReactionView r : t.reactions()) {
        if (r.actor().equals(actor) && r.move().equals(m)) {
          found = r;
        }
      }
    }
    if (found == null) {
      throw new IllegalArgumentException(
          "no reaction of '"
              + actor
              + "'"
              + (move == null ? "" : " to " + move)
              + (turn == null ? "" : " by turn " + turn)
              + (moves.isEmpty() ? "" : "; it reacts to: " + String.join(", ", moves)));
    }
    return found;
  }

  private static int turnOf(Run run, ReactionView row) {
    for (TurnReport t : run.history) {
      if (t.reactions().contains(row)) {
        return t.turn();
      }
    }
    throw new IllegalStateException("reaction not in the run");
  }

  /** Searches knob combinations, smallest first, for a change of direction or outcome. */
  static final class FlipSearch {
    final Engine engine;
    final Scenario scenario;
    final Map<String, String> base;
    final long seed;
    final String actor;
    final String move;
    final int turn;
    final Direction direction;
    final String outcome;
    int tried;

    FlipSearch(
        Engine engine,
        Scenario scenario,
        Map<String, String> base,
        long seed,
        String actor,
        String move,
        int turn,
        Direction direction,
        String outcome) {
      this.engine = engine;
      this.scenario = scenario;
      this.base = base;
      this.seed = seed;
      this.actor = actor;
      this.move = move;
      this.turn = turn;
      this.direction = direction;
      this.outcome = outcome;
    }

    private final Map<List<Change>, Run> cache = new LinkedHashMap<>();

    /**
     * The smallest combinations that flip the direction, then the smallest that flip the outcome:
     * each searched singles first, then pairs, then triples among the top knobs.
     */
    List<Flip> find(List<String> ranked) {
      List<List<Change>> singles = new ArrayList<>();
      for (Knob k : scenario.knobs()) {
        for (String alt : WhatIf.alternatives(k, base.get(k.name()))) {
          singles.add(List.of(new Change(k.name(), alt)));
        }
      }
      List<List<Change>> pairs = new ArrayList<>();
      for (int i = 0; i < singles.size(); i++) {
        for (int j = i + 1; j < singles.size(); j++) {
          Change a = singles.get(i).get(0);
          Change b = singles.get(j).get(0);
          if (!a.knob().equals(b.knob())) {
            pairs.add(List.of(a, b));
          }
        }
      }
      List<String> top = ranked.subList(0, Math.min(TRIPLE_KNOBS, ranked.size()));
      List<Change> pool =
          singles.stream().map(l -> l.get(0)).filter(c -> top.contains(c.knob())).toList();
      List<List<Change>> triples = new ArrayList<>();
      for (int i = 0; i < pool.size(); i++) {
        for (int j = i + 1; j < pool.size(); j++) {
          for (int k = j + 1; k < pool.size(); k++) {
            Set<String> knobs =
                new java.util.HashSet<>(
                    List.of(pool.get(i).knob(), pool.get(j).knob(), pool.get(k).knob()));
            if (knobs.size() == 3) {
              triples.add(List.of(pool.get(i), pool.get(j), pool.get(k)));
            }
          }
        }
      }
      List<Flip> out = new ArrayList<>();
      for (String what : List.of("direction", "outcome")) {
        for (List<List<Change>> level : List.of(singles, pairs, triples)) {
          List<Flip> found = test(level, what);
          if (!found.isEmpty()) {
            out.addAll(found);
            break;
          }
        }
      }
      return out;
    }

    private List<Flip> test(List<List<Change>> combos, String what) {
      List<Flip> out = new ArrayList<>();
      for (List<Change> combo : combos) {
        Run r =
            cache.computeIfAbsent(
                combo,
                c -> {
                  Map<String, String> changed = new LinkedHashMap<>(base);
                  c.forEach(x -> changed.put(x.knob(), x.value()));
                  tried++;
                  return playOnly(engine, scenario, changed, seed);
                });
        if (what.equals("direction")) {
          Direction d = r.direction(actor, move, turn);
          if (d != null && d != direction) {
            out.add(new Flip(combo, what, direction.name(), d.name()));
          }
        } else {
          String o = r.outcomeAt(move, turn);
          if (o != null && outcome != null && !o.equals(outcome)) {
            out.add(new Flip(combo, what, outcome, o));
          }
        }
      }
      return out;
    }
  }
}
