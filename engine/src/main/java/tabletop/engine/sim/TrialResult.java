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
    int a = structure.actors.indexOf(actor);
    int m = structure.moves.indexOf(move);
    Map<Direction, Double> out = new EnumMap<>(Direction.class);
    if (t < 0 || a < 0 || m < 0) {
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
    int a = structure.actors.indexOf(actor);
    int m = structure.moves.indexOf(move);
    if (t < 0 || a < 0 || m < 0 || counts.trials == 0) {
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
    int m = structure.moves.indexOf(move);
    Map<Trials.Standing, Double> out = new EnumMap<>(Trials.Standing.class);
    if (t < 0 || m < 0 || counts.trials == 0) {
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
        outcomes.add(new OutcomeRow(m, named));
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

  /** A move's outcome after a turn, as probabilities of its statuses. */
  public record OutcomeRow(String move, Map<String, Double> probabilities) {}
}
