package tabletop.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import tabletop.engine.model.Direction;
import tabletop.engine.model.Outcome;

/**
 * Whole-run trials of a {@link Structure}: each trial draws every uncertain number once (each
 * assumption holds or not, each weight's size, each actor's thresholds, what the knowledge base
 * leaves out of each reaction) and plays every turn, so a reaction drawn in turn 1 is the signal
 * the others read in turn 2, and an outcome drawn in turn 1 takes the move off the table for the
 * turns after. Trial {@code i} draws from a stream derived from {@code (seed, i)} alone, and the
 * counts are sums, so the result is the same for any number of threads.
 */
public final class Trials {
  private static final int DIRS = Direction.values().length;

  /** The outcome of a move in a turn, as counted: the statuses, plus not yet tabled. */
  public enum Standing {
    GOES_AHEAD,
    STALLED,
    DECLINED,
    BLOCKED,
    WITHDRAWN,
    NOT_TABLED;

    static Standing of(Outcome.Status s) {
      return Standing.valueOf(s.name());
    }
  }

  private static final int STANDINGS = Standing.values().length;

  private Trials() {}

  /**
   * The threads trials run on, kept between runs (a run of a few thousand trials would otherwise
   * spend a good part of its time starting threads); daemons, so they never keep the JVM alive. A
   * run stops its parts through its own flag, never by shutting the pool down.
   */
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          r -> {
            Thread th = new Thread(r, "tabletop-trials");
            th.setDaemon(true);
            return th;
          });

  /** Runs trials on one thread. */
  public static TrialResult run(Structure s, Uncertainty u, long seed, int trials) {
    return run(s, u, seed, trials, 1, n -> {}, () -> false);
  }

  /**
   * Runs trials on one thread with some draws fixed, by index in {@link Structure#draws()}: an
   * assumption holds where its value is not 0, a weight's size is multiplied by its value.
   */
  public static TrialResult run(
      Structure s, Uncertainty u, long seed, int trials, Map<Integer, Double> fixed) {
    s.seal();
    Counts c = new Counts(s);
    Trial trial = new Trial(s, u);
    trial.fixed = Map.copyOf(fixed);
    for (long i = 0; i < trials; i++) {
      trial.play(new SplittableRandom(streamSeed(seed, i)), c);
      c.trials++;
    }
    return new TrialResult(s, u, seed, trials, c);
  }

  /**
   * Runs {@code trials} trials over {@code threads} threads. {@code progress} hears how many trials
   * are done (from any thread); when {@code cancelled} turns true the trials stop and the result
   * counts those done (the result says so).
   */
  public static TrialResult run(
      Structure s,
      Uncertainty u,
      long seed,
      int trials,
      int threads,
      LongConsumer progress,
      BooleanSupplier cancelled) {
    if (trials < 1) {
      throw new IllegalArgumentException("the number of trials must be at least 1, not " + trials);
    }
    if (threads < 1) {
      throw new IllegalArgumentException(
          "the number of threads must be at least 1, not " + threads);
    }
    if (!s.separable()) {
      throw new IllegalStateException("these trials cannot run on this play: " + s.whyNot());
    }
    s.seal();
    int t = Math.min(threads, trials);
    AtomicLong done = new AtomicLong();
    Counts total = new Counts(s);
    if (t == 1) {
      runRange(s, u, seed, 0, trials, total, done, progress, cancelled);
    } else {
      ExecutorService pool = POOL;
      // an interrupt of the caller stops the trials as on one thread: what ran is counted
      java.util.concurrent.atomic.AtomicBoolean interrupted =
          new java.util.concurrent.atomic.AtomicBoolean();
      BooleanSupplier stop = () -> interrupted.get() || cancelled.getAsBoolean();
      try {
        List<Future<Counts>> parts = new ArrayList<>();
        for (int k = 1; k < t; k++) {
          long from = (long) trials * k / t;
          long to = (long) trials * (k + 1) / t;
          parts.add(
              pool.submit(
                  () -> {
                    Counts c = new Counts(s);
                    runRange(s, u, seed, from, to, c, done, progress, stop);
                    return c;
                  }));
        }
        // the first part on this thread, which would otherwise only wait
        Counts first = new Counts(s);
        try {
          runRange(s, u, seed, 0, trials / t, first, done, progress, stop);
        } catch (RuntimeException | Error e) {
          interrupted.set(true); // the other parts stop at their next check
          throw e;
        }
        total.add(first);
        if (Thread.interrupted()) {
          interrupted.set(true);
        }
        for (Future<Counts> f : parts) {
          while (true) {
            try {
              total.add(f.get());
              break;
            } catch (InterruptedException e) {
              interrupted.set(true);
            }
          }
        }
        // the workers' last reports may arrive out of order: the count once all have joined is last
        progress.accept(done.get());
        if (interrupted.get()) {
          total.stopped = true;
          Thread.currentThread().interrupt();
        }
      } catch (java.util.concurrent.ExecutionException e) {
        interrupted.set(true); // the other parts stop at their next check
        Throwable c = e.getCause();
        if (c instanceof RuntimeException r) {
          throw r;
        }
        if (c instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(c);
      }
    }
    return new TrialResult(s, u, seed, trials, total);
  }

  private static void runRange(
      Structure s,
      Uncertainty u,
      long seed,
      long from,
      long to,
      Counts c,
      AtomicLong done,
      LongConsumer progress,
      BooleanSupplier cancelled) {
    Trial trial = new Trial(s, u);
    for (long i = from; i < to; i++) {
      if ((i & 255) == 0 && (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted())) {
        c.stopped = true;
        return;
      }
      trial.play(new SplittableRandom(streamSeed(seed, i)), c);
      c.trials++;
      long n = done.incrementAndGet();
      if ((n & 1023) == 0) {
        progress.accept(n);
      }
    }
    progress.accept(done.get());
  }

  /** The seed of trial {@code i}'s stream: a function of the run's seed and i alone. */
  static long streamSeed(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + (i + 1) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Counters streamed from trials: nothing per trial is kept. Counted per turn for the moves on the
   * table in the structure that turn (a slot per turn and move), so a long game's counters grow
   * with the moves judged, not with turns times moves.
   */
  static final class Counts {
    final int actors;
    final int moves;
    final int turns;

    /** [turn][move]: the move's slot, or -1 when it is not on the table that turn. */
    final int[][] slot;

    /**
     * [slot][actor][direction]: where the model stands the actor on the move after the turn: its
     * reaction this turn, or its last one once the move is off the table.
     */
    final long[] stance;

    /**
     * [slot][actor][direction]: the model's reaction, in trials where the move was on the table
     * this turn (also where a team's decision fixes the stand: it is what the model would do).
     */
    final long[] reaction;

    /** [slot][standing]. */
    final long[] outcome;

    /**
     * [slot][standing][actor]: trials in which the move stands at the status after the turn with
     * the actor among those the outcome names (who blocks, declines or stalls it).
     */
    final long[] by;

    long trials;
    boolean stopped;

    Counts(Structure s) {
      actors = s.actors.size();
      moves = s.moves.size();
      turns = s.turns.size();
      slot = new int[turns][];
      int slots = 0;
      for (int t = 0; t < turns; t++) {
        slot[t] = new int[moves];
        java.util.Arrays.fill(slot[t], -1);
        for (int m : s.turns.get(t).onTableList) {
          slot[t][m] = slots++;
        }
      }
      stance = new long[slots * actors * DIRS];
      reaction = new long[slots * actors * DIRS];
      outcome = new long[slots * STANDINGS];
      by = new long[slots * STANDINGS * actors];
    }

    void add(Counts o) {
      for (int i = 0; i < stance.length; i++) {
        stance[i] += o.stance[i];
      }
      for (int i = 0; i < reaction.length; i++) {
        reaction[i] += o.reaction[i];
      }
      for (int i = 0; i < outcome.length; i++) {
        outcome[i] += o.outcome[i];
      }
      for (int i = 0; i < by.length; i++) {
        by[i] += o.by[i];
      }
      trials += o.trials;
      stopped |= o.stopped;
    }

    /** The index of a stance or reaction count, or -1 when the move is not counted that turn. */
    int stanceAt(int t, int a, int m, int d) {
      int sl = slot[t][m];
      return sl < 0 ? -1 : (sl * actors + a) * DIRS + d;
    }

    int outcomeAt(int t, int m, int st) {
      int sl = slot[t][m];
      return sl < 0 ? -1 : sl * STANDINGS + st;
    }

    /** The index of a count by actor, or -1 when the move is not counted that turn. */
    int byAt(int t, int m, int st, int a) {
      int sl = slot[t][m];
      return sl < 0 ? -1 : (sl * STANDINGS + st) * actors + a;
    }
  }

  /** One trial's working arrays, reused from trial to trial on one thread. */
  static final class Trial {
    final Structure s;
    final Uncertainty u;
    final int actors;
    final int moves;
    final boolean[] holds;
    final double[] size;
    final double[] sigma;

    /** By draw: σ²/2, so a size's mean stays 1 (a lognormal's). */
    final double[] halfVariance;

    /** By draw: the chance an assumption holds in a trial, or -1 for a size. */
    final double[] chance;

    final double[] noise;
    final double[] scale;

    /** By turn parity: each actor's stand on each move, and the turn each move was judged in. */
    final int[][] dir;

    final int[][] stamp;
    final int[] stance;
    final Outcome.Status[] decided;
    final Outcome.Status[] last;

    /**
     * By move: the actors the outcome names, as a mask per 64 actors; {@code decidedBy} those of
     * the outcome that took the move off the table, {@code lastBy} those of this turn's.
     */
    final long[][] decidedBy;

    final long[][] lastBy;

    /** [turn][move][key]: the actor an outcome key names, or -1. */
    final int[][][] keyBy;

    /** Counter-moves, tabled in a trial only once set off; and which are tabled in this trial. */
    final boolean[] answerMove;

    final boolean[] tabled;

    Map<Integer, Double> fixed = Map.of();

    Trial(Structure s, Uncertainty u) {
      this.s = s;
      this.u = u;
      actors = s.actors.size();
      moves = s.moves.size();
      holds = new boolean[s.draws.size()];
      size = new double[s.draws.size()];
      sigma = new double[s.draws.size()];
      halfVariance = new double[s.draws.size()];
      chance = new double[s.draws.size()];
      for (int i = 0; i < sigma.length; i++) {
        Structure.Draw d = s.draws.get(i);
        boolean isSize = d.kind() == Structure.Draw.Kind.SIZE;
        sigma[i] = isSize ? u.sizeSpread(d) : 0;
        halfVariance[i] = sigma[i] * sigma[i] / 2;
        chance[i] = isSize ? -1 : u.holds(d.confidence());
      }
      noise = new double[actors * moves];
      scale = new double[actors];
      dir = new int[2][actors * moves];
      stamp = new int[2][moves];
      stance = new int[actors * moves];
      decided = new Outcome.Status[moves];
      last = new Outcome.Status[moves];
      int words = (actors + 63) / 64;
      decidedBy = new long[moves][words];
      lastBy = new long[moves][words];
      keyBy = new int[s.turns.size()][][];
      for (int ti = 0; ti < s.turns.size(); ti++) {
        Structure.TurnShape t = s.turns.get(ti);
        keyBy[ti] = new int[t.onTableList.length][];
        for (int i = 0; i < t.onTableList.length; i++) {
          List<Structure.OutcomeKey> keys = t.outcomeKeys(t.onTableList[i]);
          keyBy[ti][i] = new int[keys.size()];
          for (int k = 0; k < keys.size(); k++) {
            keyBy[ti][i][k] = s.indexOfActor(keys.get(k).by());
          }
        }
      }

      answerMove = s.answerMoves();
      tabled = new boolean[moves];
    }

    void play(SplittableRandom r, Counts c) {
      draw(r);
      java.util.Arrays.fill(stamp[0], -1);
      java.util.Arrays.fill(stamp[1], -1);
      java.util.Arrays.fill(stance, -1);
      java.util.Arrays.fill(decided, null);
      java.util.Arrays.fill(last, null);
      for (int m = 0; m < moves; m++) {
        tabled[m] = !answerMove[m];
      }
      for (int ti = 0; ti < s.turns.size(); ti++) {
        Structure.TurnShape t = s.turns.get(ti);
        int now = ti & 1;
        // last turn's decisive outcomes take their moves off the table; a cause reopens them
        if (ti > 0) {
          for (int m : s.turns.get(ti - 1).onTableList) {
            if (last[m] != null && last[m].decisive() && decided[m] == null) {
              decided[m] = last[m];
              System.arraycopy(lastBy[m], 0, decidedBy[m], 0, lastBy[m].length);
            }
            last[m] = null;
          }
        }
        for (int m : t.reopenList) {
          decided[m] = null;
        }
        for (int i = 0; i < t.onTableList.length; i++) {
          int m = t.onTableList[i];
          if (decided[m] != null || !tabled[m]) {
            continue;
          }
          stamp[now][m] = ti;
          for (int a = 0; a < actors; a++) {
            int model = react(t, ti, a, m, i);
            int d = t.fixed[a][i] >= 0 ? t.fixed[a][i] : model;
            dir[now][a * moves + m] = d;
            stance[a * moves + m] = model;
            c.reaction[c.stanceAt(ti, a, m, model)]++;
          }
        }
        for (int i = 0; i < t.onTableList.length; i++) {
          int m = t.onTableList[i];
          Standing st;
          if (!tabled[m]) {
            c.outcome[c.outcomeAt(ti, m, Standing.NOT_TABLED.ordinal())]++;
            continue;
          }
          long[] named;
          if (decided[m] == null) {
            Outcome.Status o = outcome(t, ti, m, i, now);
            last[m] = o;
            named = lastBy[m];
            // no institution gave an outcome (an assumption behind it did not hold): undecided
            st = o == null ? Standing.STALLED : Standing.of(o);
          } else {
            st = Standing.of(decided[m]);
            named = decidedBy[m];
          }
          c.outcome[c.outcomeAt(ti, m, st.ordinal())]++;
          for (int w = 0; w < named.length; w++) {
            for (long bits = named[w]; bits != 0; bits &= bits - 1) {
              c.by[c.byAt(ti, m, st.ordinal(), w * 64 + Long.numberOfTrailingZeros(bits))]++;
            }
          }
          for (int a = 0; a < actors; a++) {
            int d = stance[a * moves + m];
            if (d >= 0) {
              c.stance[c.stanceAt(ti, a, m, d)]++;
            }
          }
        }
        setOff(t, ti, now);
      }
    }

    /**
     * The counter-moves this turn's stands set off, tabled from the next turn: a gate whose
     * answered move was judged this turn, whose watched actor stood in one of its directions and
     * whose assumptions hold; at most {@link tabletop.engine.model.Answer#PER_TURN}, in order.
     */
    private void setOff(Structure.TurnShape t, int ti, int now) {
      int n = 0;
      for (Structure.Gate g : t.gates) {
        if (n == tabletop.engine.model.Answer.PER_TURN) {
          return;
        }
        if (tabled[g.move()] || stamp[now][g.answers()] != ti) {
          continue;
        }
        int d = dir[now][g.watch() * moves + g.answers()];
        if ((g.mask() & (1 << d)) == 0 || !anyHolds(g.holds())) {
          continue;
        }
        tabled[g.move()] = true;
        n++;
      }
    }

    /** Whether every assumption holds in this trial: then an alternative holds if there is one. */
    private boolean allHold;

    private void draw(SplittableRandom r) {
      for (int i = 0; i < holds.length; i++) {
        if (chance[i] >= 0) {
          holds[i] = r.nextDouble() < chance[i];
          size[i] = 1.0;
        } else {
          holds[i] = true;
          double sd = sigma[i];
          double z = r.nextGaussian();
          size[i] = sd == 0 ? 1.0 : Math.exp(sd * z - halfVariance[i]);
        }
      }
      for (Map.Entry<Integer, Double> f : fixed.entrySet()) {
        int i = f.getKey();
        if (s.draws.get(i).kind() == Structure.Draw.Kind.HOLDS) {
          holds[i] = f.getValue() != 0;
        } else {
          size[i] = f.getValue();
        }
      }
      allHold = true;
      for (boolean h : holds) {
        allHold &= h;
      }
      for (int i = 0; i < noise.length; i++) {
        noise[i] = u.structural() * r.nextGaussian();
      }
      for (int a = 0; a < actors; a++) {
        scale[a] =
            u.thresholdSpread() == 0 ? 1.0 : Math.exp(u.thresholdSpread() * r.nextGaussian());
      }
    }

    /** The model's direction for actor {@code a} on move {@code m}, at slot {@code i} this turn. */
    private int react(Structure.TurnShape t, int ti, int a, int m, int i) {
      double score = noise[a * moves + m];
      int before = (ti - 1) & 1;
      int[] from = t.signalFrom;
      for (int k = t.start[a * t.onTableList.length + i],
              end = t.start[a * t.onTableList.length + i + 1];
          k < end;
          k++) {
        if (from[k] >= 0
            && (ti == 0
                || stamp[before][t.signalMove[k]] != ti - 1
                || dir[before][from[k] * moves + t.signalMove[k]] != t.signalDirection[k])) {
          continue;
        }
        if (!anyHolds(t.holds[k])) {
          continue;
        }
        double v = t.value[k];
        for (int q = t.sizeStart[k], qe = t.sizeStart[k + 1]; q < qe; q++) {
          v *= size[t.sizeOf[q]];
        }
        if (t.weighs[k]) {
          double up = 0;
          double down = 0;
          for (int j = t.touchStart[k], je = t.touchStart[k + 1]; j < je; j++) {
            if (!anyHolds(t.touchHolds[j])) {
              continue;
            }
            int sz = t.touchSize[j];
            double st = t.touchStrength[j] * (sz >= 0 ? size[sz] : 1.0);
            up = Math.max(up, st);
            down = Math.min(down, st);
          }
          v *= up + down;
        }
        score += v;
      }
      score = Math.round(score * 1000.0) / 1000.0;
      double k = scale[a];
      if (score >= Direction.SUPPORT_AT * k) {
        return Direction.SUPPORT.ordinal();
      }
      if (score >= Direction.LEAN_SUPPORT_AT * k) {
        return Direction.LEAN_SUPPORT.ordinal();
      }
      if (score > -Direction.LEAN_SUPPORT_AT * k) {
        return Direction.NEUTRAL.ordinal();
      }
      if (score > -Direction.SUPPORT_AT * k) {
        return Direction.LEAN_OPPOSE.ordinal();
      }
      return Direction.OPPOSE.ordinal();
    }

    /** Whether any of these alternatives has all its assumption draws holding. */
    private boolean anyHolds(int[][] alternatives) {
      if (allHold) {
        return alternatives.length > 0;
      }
      for (int[] alternative : alternatives) {
        boolean all = true;
        for (int h : alternative) {
          if (!holds[h]) {
            all = false;
            break;
          }
        }
        if (all) {
          return true;
        }
      }
      return false;
    }

    private Outcome.Status outcome(Structure.TurnShape t, int ti, int m, int i, int now) {
      long add = 0;
      long remove = 0;
      for (int a = 0; a < actors; a++) {
        int d = dir[now][a * moves + m];
        add |= t.added[i][a][d];
        remove |= t.removed[i][a][d];
      }
      long set = (t.baseline[i] & ~remove) | add;
      Outcome.Status best = null;
      List<Structure.OutcomeKey> keys = t.outcomeKeys(m);
      int[] rule = t.holdsOf[i];
      for (int k = 0; k < keys.size(); k++) {
        if ((set & (1L << k)) == 0 || (rule[k] >= 0 && !holds[rule[k]])) {
          continue;
        }
        Outcome.Status st = keys.get(k).status();
        if (best == null || st.weight() > best.weight()) {
          best = st;
        }
      }
      // who the outcome names: every actor of a key at the status that stands
      long[] named = lastBy[m];
      java.util.Arrays.fill(named, 0L);
      if (best != null) {
        for (int k = 0; k < keys.size(); k++) {
          int a = keyBy[ti][i][k];
          if (a >= 0
              && keys.get(k).status() == best
              && (set & (1L << k)) != 0
              && (rule[k] < 0 || holds[rule[k]])) {
            named[a >>> 6] |= 1L << (a & 63);
          }
        }
      }
      return best;
    }
  }
}
