package tabletop.engine.sim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Direction;

/**
 * What whole-run trials found: for every turn, each actor's stand on each move (its reaction, or
 * its last reaction once the move is off the table) as a distribution over the five directions, and
 * each move's outcome as it stands after the turn, as a distribution over the statuses. Counts are
 * kept exactly; probabilities are counts over trials.
 */
public final class TrialResult {
  private final Structure structure;
  private final Uncertainty uncertainty;
  private final long seed;
  private final int asked;
  private final Trials.Counts counts;

  TrialResult(Structure structure, Uncertainty u, long seed, int asked, Trials.Counts counts) {
    this.structure = structure;
    this.uncertainty = u;
    this.seed = seed;
    this.asked = asked;
    this.counts = counts;
  }

  public long seed() {
    return seed;
  }

  public Uncertainty uncertainty() {
    return uncertainty;
  }

  /** Trials played (fewer than asked when stopped). */
  public long trials() {
    return counts.trials;
  }

  public int asked() {
    return asked;
  }

  /** Whether the trials were stopped before all asked were played. */
  public boolean stopped() {
    return counts.stopped;
  }

  /** The turns covered, 1 to n. */
  public int turns() {
    return counts.turns;
  }

  public List<String> actors() {
    return structure.actors();
  }

  public List<String> moves() {
    return structure.moves();
  }

  /** The turn number of a turn index (0-based). */
  private int index(int turn) {
    // turns are shaped once each, in order from 1: turn n is at n - 1 (no search per lookup, which
    // made a long run's reports quadratic in its turns)
    if (turn >= 1 && turn <= structure.turns.size() && structure.turns.get(turn - 1).turn == turn) {
      return turn - 1;
    }
    for (int i = 0; i < structure.turns.size(); i++) {
      if (structure.turns.get(i).turn == turn) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the model stands the actor on the move after the turn (its reaction this turn, or its
   * last once the move is off the table), over the trials where it has reacted to the move by then;
   * empty when it never has. A team's decision does not enter it: this is the model's view.
   */
  public Map<Direction, Double> stance(int turn, String actor, String move) {
    return distribution(counts.stance, turn, actor, move);
  }

  private Map<Direction, Double> distribution(long[] table, int turn, String actor, String move) {
    int t = index(turn);
    int a = structure.indexOfActor(actor);
    int m = structure.indexOfMove(move);
    Map<Direction, Double> out = new EnumMap<>(Direction.class);
    if (t < 0 || a < 0 || m < 0) {
      return out;
    }
    if (counts.stanceAt(t, a, m, 0) < 0) {
      return out;
    }
    long total = 0;
    for (int d = 0; d < Direction.values().length; d++) {
      total += table[counts.stanceAt(t, a, m, d)];
    }
    if (total == 0) {
      return out;
    }
    for (Direction d : Direction.values()) {
      out.put(d, (double) table[counts.stanceAt(t, a, m, d.ordinal())] / total);
    }
    return out;
  }

  /**
   * The model's reaction of the actor to the move in the turn, over the trials in which the move
   * was on the table then; empty when it never was. Where a team decided for the actor, this is
   * still the model's reaction: what the actor would do left to itself.
   */
  public Map<Direction, Double> reaction(int turn, String actor, String move) {
    return distribution(counts.reaction, turn, actor, move);
  }

  /**
   * The share of trials in which the actor judged the move in this turn (the move was on the
   * table).
   */
  public double judged(int turn, String actor, String move) {
    int t = index(turn);
    int a = structure.indexOfActor(actor);
    int m = structure.indexOfMove(move);
    if (t < 0 || a < 0 || m < 0 || counts.trials == 0 || counts.stanceAt(t, a, m, 0) < 0) {
      return 0;
    }
    long n = 0;
    for (int d = 0; d < Direction.values().length; d++) {
      n += counts.reaction[counts.stanceAt(t, a, m, d)];
    }
    return (double) n / counts.trials;
  }

  /**
   * The move's outcome as it stands after the turn: status to probability, zero entries left out.
   */
  public Map<Trials.Standing, Double> outcome(int turn, String move) {
    int t = index(turn);
    int m = structure.indexOfMove(move);
    Map<Trials.Standing, Double> out = new EnumMap<>(Trials.Standing.class);
    if (t < 0 || m < 0 || counts.trials == 0 || counts.outcomeAt(t, m, 0) < 0) {
      return out;
    }
    for (Trials.Standing s : Trials.Standing.values()) {
      long n = counts.outcome[counts.outcomeAt(t, m, s.ordinal())];
      if (n > 0) {
        out.put(s, (double) n / counts.trials);
      }
    }
    return out;
  }

  /**
   * Who the move's outcome names after the turn, for one status: actor to the share of all trials
   * in which the move stands at that status with the actor among those who block, decline or stall
   * it. A trial with two blockers counts for both, so the shares may add up to more than the
   * status's probability. Zero entries are left out; the weightiest first, ties by actor order.
   */
  public Map<String, Double> by(int turn, String move, Trials.Standing status) {
    int t = index(turn);
    int m = structure.indexOfMove(move);
    Map<String, Double> out = new LinkedHashMap<>();
    if (t < 0 || m < 0 || counts.trials == 0 || counts.outcomeAt(t, m, 0) < 0) {
      return out;
    }
    List<Map.Entry<String, Long>> found = new ArrayList<>();
    for (int a = 0; a < structure.actors.size(); a++) {
      long n = counts.by[counts.byAt(t, m, status.ordinal(), a)];
      if (n > 0) {
        found.add(Map.entry(structure.actors.get(a), n));
      }
    }
    found.sort((x, y) -> Long.compare(y.getValue(), x.getValue()));
    found.forEach(e -> out.put(e.getKey(), (double) e.getValue() / counts.trials));
    return out;
  }

  /**
   * {@link #by} for every status that names someone: status name to actor to probability (rounded
   * as the table's figures are).
   */
  public Map<String, Map<String, Double>> byStatus(int turn, String move) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Trials.Standing st : Trials.Standing.values()) {
      Map<String, Double> named = new LinkedHashMap<>();
      by(turn, move, st).forEach((a, p) -> named.put(a, round(p)));
      if (!named.isEmpty()) {
        out.put(st.name(), named);
      }
    }
    return out;
  }

  /** Three buckets: support (support, lean support), neutral, oppose (lean oppose, oppose). */
  public static double[] threeBuckets(Map<Direction, Double> five) {
    double[] p = new double[3];
    five.forEach(
        (d, v) -> {
          int b = d.isSupportive() ? 0 : d.isOpposed() ? 2 : 1;
          p[b] += v;
        });
    return p;
  }

  /** Every turn's distributions in a plain shape for reports: turn → rows. */
  public List<TurnLikelihood> table() {
    List<TurnLikelihood> out = new ArrayList<>();
    for (Structure.TurnShape t : structure.turns) {
      List<StanceRow> stances = new ArrayList<>();
      List<OutcomeRow> outcomes = new ArrayList<>();
      for (String m : structure.moves) {
        Map<Trials.Standing, Double> o = outcome(t.turn, m);
        if (o.isEmpty() || o.getOrDefault(Trials.Standing.NOT_TABLED, 0.0) == 1.0) {
          continue;
        }
        Map<String, Double> named = new LinkedHashMap<>();
        o.forEach((k, v) -> named.put(k.name(), round(v)));
        outcomes.add(new OutcomeRow(m, named, byStatus(t.turn, m)));
        for (String a : structure.actors) {
          Map<Direction, Double> st = stance(t.turn, a, m);
          if (st.isEmpty()) {
            continue;
          }
          Map<String, Double> dist = new LinkedHashMap<>();
          st.forEach((k, v) -> dist.put(k.name(), round(v)));
          stances.add(new StanceRow(a, m, round(judged(t.turn, a, m)), dist));
        }
      }
      out.add(new TurnLikelihood(t.turn, stances, outcomes));
    }
    return out;
  }

  static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  /** One turn of the table. */
  public record TurnLikelihood(int turn, List<StanceRow> stances, List<OutcomeRow> outcomes) {}

  /**
   * An actor's stand on a move after a turn: {@code judged} is the share of trials in which the
   * move was still on the table, and {@code distribution} the five directions.
   */
  public record StanceRow(
      String actor, String move, double judged, Map<String, Double> distribution) {}

  /**
   * A move's outcome after a turn, as probabilities of its statuses, and for a status that names
   * actors (who blocks, declines or stalls it) each one's probability ({@link #by}).
   */
  public record OutcomeRow(
      String move, Map<String, Double> probabilities, Map<String, Map<String, Double>> by) {
    public OutcomeRow {
      by = by == null ? Map.of() : by;
    }

    /** A row that names no one. */
    public OutcomeRow(String move, Map<String, Double> probabilities) {
      this(move, probabilities, Map.of());
    }
  }
}
