package tabletop.engine.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Direction;
import tabletop.engine.model.Outcome;

/**
 * What the knowledge base makes of one play, with everything uncertain left open: for each turn,
 * which moves are on the table, which appraisals each actor makes of each move (and which of them
 * depend on what another actor signalled last turn), which team decisions fix a stand, which causes
 * reopen a decided move, and how the institutions turn the actors' stands into an outcome.
 *
 * <p>Drools derives it once per play ({@link Game} in its probing mode): every move is judged in
 * every turn whatever earlier outcomes were, the signals of last turn are put in direction by
 * direction to see which appraisals each one sets off, and the institutions are probed one actor
 * and direction at a time. {@link Trials} then samples it in plain Java. Where a play does not
 * break down this way (an appraisal resting on two signals, an outcome that is not the sum of each
 * actor's effect), {@link #separable()} is false and says why.
 */
public final class Structure {
  /** A number drawn once per trial and shared by everything resting on it. */
  public record Draw(String key, Kind kind, double confidence, double spread, String label) {
    public enum Kind {
      /** An assumption: holds in a trial with its confidence. */
      HOLDS,
      /** A weight's size: a multiplicative error, spread by its confidence or given. */
      SIZE
    }
  }

  /**
   * One appraisal an actor makes of a move: its value at the knowledge base's weights, the draws it
   * rests on, and the signal it needs, if any (another actor's direction on a move last turn).
   */
  public record Term(
      int actor,
      int move,
      double value,
      int[][] holds,
      int[] sizes,
      int signalFrom,
      int signalMove,
      int signalDirection,
      String type,
      String rule,
      Touches touches) {
    public boolean conditional() {
      return signalFrom >= 0;
    }
  }

  /**
   * The touches an appraisal weighs, where its value is a weight times the net of the touches that
   * hold ({@link tabletop.engine.model.Touch#net}: the strongest advance plus the strongest
   * counter): then the term's value is the signed weight, and in a trial the net is taken over the
   * touches whose assumptions hold, each at its drawn size, as the knowledge base would take it.
   */
  public record Touches(double[] strength, int[][][] holds, int[] size) {}

  /** An outcome the institutions give: its status and the draw of its rule's assumption, or -1. */
  public record OutcomeKey(Outcome.Status status, String by, String rule, int holds) {}

  /**
   * A counter-move held ready in a turn: the move {@code move} is tabled the next turn in a trial
   * where {@code watch}'s stand on {@code answers} this turn is one of the directions in {@code
   * mask} (a bit per direction) and one of the alternatives of assumption draws {@code holds}
   * holds. At most {@link tabletop.engine.model.Answer#PER_TURN} are set off a turn, in the gates'
   * order.
   */
  public record Gate(
      String id, int move, int watch, int answers, int mask, int[][] holds, int priority) {}

  /** One turn of the structure. */
  public static final class TurnShape {
    final int turn;
    final java.util.Set<Integer> onTableSet = new java.util.LinkedHashSet<>();
    final java.util.Set<Integer> reopenSet = new java.util.LinkedHashSet<>();

    final Map<Long, Integer> fixedMap = new LinkedHashMap<>();
    final List<Term> terms = new ArrayList<>();
    final Map<Integer, List<OutcomeKey>> outcomeKeys = new LinkedHashMap<>();
    final Map<Integer, Long> baselineMap = new LinkedHashMap<>();

    /** Per move, actor and direction: outcome masks added and removed against the baseline. */
    final Map<Long, long[]> effects = new LinkedHashMap<>();

    /** The counter-moves held ready this turn, in the order they are set off. */
    final List<Gate> gateList = new ArrayList<>();

    // sealed arrays
    Gate[] gates;
    int[] onTableList;
    int[] reopenList;

    /** Each move's slot this turn (its index in {@link #onTableList}), or -1 when off the table. */
    int[] slot;

    // by actor and slot, or by slot: only the moves on the table this turn
    int[][] fixed;

    /**
     * Each actor's terms on each slot, laid out flat for trials: the terms of actor a on slot i are
     * {@code [start[a * n + i], start[a * n + i + 1])}; sizes and touches likewise by their own
     * starts.
     */
    int[] start;

    int[] signalFrom;
    int[] signalMove;
    int[] signalDirection;
    double[] value;
    int[][][] holds;
    int[] sizeStart;
    int[] sizeOf;
    int[] touchStart;

    /** Whether a term's value is a weight times the net of its touches. */
    boolean[] weighs;

    double[] touchStrength;
    int[][][] touchHolds;
    int[] touchSize;
    long[] baseline;
    long[][][] added;
    long[][][] removed;
    int[][] holdsOf;

    TurnShape(int turn) {
      this.turn = turn;
    }

    public int turn() {
      return turn;
    }

    /**
     * Whether a move is tabled and not withdrawn this turn (it may still be decided in a trial).
     */
    public boolean onTable(int move) {
      return onTableSet.contains(move);
    }

    /** The team's direction for an actor on a move this turn, or null. */
    public Direction fixed(int actor, int move) {
      Integer d = fixedMap.get(pair(actor, move));
      return d == null ? null : Direction.values()[d];
    }

    /** The counter-moves held ready this turn, in the order they are set off. */
    public List<Gate> gates() {
      return List.copyOf(gateList);
    }

    public List<Term> terms() {
      return List.copyOf(terms);
    }

    /** The outcomes the institutions may give a move this turn, by index in the masks. */
    public List<OutcomeKey> outcomeKeys(int move) {
      return outcomeKeys.getOrDefault(move, List.of());
    }

    static long pair(int a, int b) {
      return ((long) a << 32) | (b & 0xffffffffL);
    }

    static long effectKey(int move, int actor, int direction) {
      return ((long) move << 40) | ((long) actor << 8) | direction;
    }

    /** The outcome key index for a move, added when new. */
    int keyIndex(int move, OutcomeKey key) {
      List<OutcomeKey> keys = outcomeKeys.computeIfAbsent(move, m -> new ArrayList<>());
      int i = keys.indexOf(key);
      if (i >= 0) {
        return i;
      }
      if (keys.size() == 63) {
        throw new IllegalStateException("more than 63 different outcomes for one move");
      }
      keys.add(key);
      return keys.size() - 1;
    }

    /** Lays each actor's terms on each slot out in the flat arrays trials read. */
    private void flatten(Term[][][] byPair, int actors, int n) {
      int terms = 0;
      int sizes = 0;
      int touches = 0;
      for (Term[][] bySlot : byPair) {
        for (Term[] ts : bySlot) {
          for (Term t : ts) {
            terms++;
            sizes += t.sizes().length;
            touches += t.touches() == null ? 0 : t.touches().strength().length;
          }
        }
      }
      start = new int[actors * n + 1];
      signalFrom = new int[terms];
      signalMove = new int[terms];
      signalDirection = new int[terms];
      value = new double[terms];
      holds = new int[terms][][];
      sizeStart = new int[terms + 1];
      sizeOf = new int[sizes];
      touchStart = new int[terms + 1];
      weighs = new boolean[terms];
      touchStrength = new double[touches];
      touchHolds = new int[touches][][];
      touchSize = new int[touches];
      int k = 0;
      int z = 0;
      int u = 0;
      for (int a = 0; a < actors; a++) {
        for (int i = 0; i < n; i++) {
          start[a * n + i] = k;
          for (Term t : byPair[a][i]) {
            signalFrom[k] = t.signalFrom();
            signalMove[k] = t.signalMove();
            signalDirection[k] = t.signalDirection();
            value[k] = t.value();
            holds[k] = t.holds();
            sizeStart[k] = z;
            for (int x : t.sizes()) {
              sizeOf[z++] = x;
            }
            touchStart[k] = u;
            Touches tc = t.touches();
            weighs[k] = tc != null;
            if (tc != null) {
              for (int j = 0; j < tc.strength().length; j++) {
                touchStrength[u] = tc.strength()[j];
                touchHolds[u] = tc.holds()[j];
                touchSize[u] = tc.size()[j];
                u++;
              }
            }
            k++;
          }
        }
      }
      start[actors * n] = k;
      sizeStart[k] = z;
      touchStart[k] = u;
    }

    /** The sizes the arrays were built for, and whether anything changed since. */
    private int sealedActors = -1;

    private int sealedMoves = -1;
    boolean dirty = true;

    /**
     * Builds the arrays trials read, per move only for the moves on the table this turn (a long
     * game's structure grows with the moves judged, not with turns times moves). Skipped when
     * nothing changed since the last time at these sizes.
     */
    void seal(int actors, int moves) {
      if (!dirty && sealedActors == actors && sealedMoves == moves) {
        return;
      }
      int dirs = Direction.values().length;
      gates =
          gateList.stream()
              .sorted(java.util.Comparator.comparingInt(Gate::priority).thenComparing(Gate::id))
              .toArray(Gate[]::new);
      onTableList = onTableSet.stream().mapToInt(Integer::intValue).sorted().toArray();
      reopenList = reopenSet.stream().mapToInt(Integer::intValue).sorted().toArray();
      // per move only for the moves on the table, by their slot: its index in onTableList
      int n = onTableList.length;
      slot = new int[moves];
      Arrays.fill(slot, -1);
      for (int i = 0; i < n; i++) {
        slot[onTableList[i]] = i;
      }
      fixed = new int[actors][n];
      for (int[] row : fixed) {
        Arrays.fill(row, -1);
      }
      fixedMap.forEach(
          (k, d) -> {
            int i = slot[(int) (long) k];
            if (i >= 0) {
              fixed[(int) (k >>> 32)][i] = d;
            }
          });
      Map<Long, List<Term>> lists = new LinkedHashMap<>();
      for (Term t : terms) {
        lists.computeIfAbsent(pair(t.actor(), t.move()), k -> new ArrayList<>()).add(t);
      }
      Term[][][] byPair = new Term[actors][n][];
      added = new long[n][actors][dirs];
      removed = new long[n][actors][dirs];
      baseline = new long[n];
      holdsOf = new int[n][];
      Term[] none = new Term[0];
      for (int i = 0; i < n; i++) {
        int m = onTableList[i];
        for (int a = 0; a < actors; a++) {
          List<Term> l = lists.get(pair(a, m));
          byPair[a][i] = l == null ? none : l.toArray(Term[]::new);
        }
        baseline[i] = baselineMap.getOrDefault(m, 0L);
        holdsOf[i] = outcomeKeys(m).stream().mapToInt(OutcomeKey::holds).toArray();
      }
      flatten(byPair, actors, n);
      effects.forEach(
          (k, v) -> {
            int i = slot[(int) (k >>> 40)];
            int a = (int) ((k >>> 8) & 0xffffffffL);
            int d = (int) (k & 0xff);
            if (i >= 0) {
              added[i][a][d] = v[0];
              removed[i][a][d] = v[1];
            }
          });
      sealedActors = actors;
      sealedMoves = moves;
      dirty = false;
    }
  }

  final List<String> actors;
  final List<String> moves;
  final List<Draw> draws = new ArrayList<>();
  final Map<String, Integer> drawIndex = new LinkedHashMap<>();
  final List<TurnShape> turns = new ArrayList<>();
  String inseparable;

  Structure(List<String> actors) {
    this.actors = new ArrayList<>();
    this.moves = new ArrayList<>();
    actors.forEach(this::actor);
  }

  public List<String> actors() {
    return List.copyOf(actors);
  }

  public List<String> moves() {
    return List.copyOf(moves);
  }

  public List<Draw> draws() {
    return List.copyOf(draws);
  }

  public List<TurnShape> turns() {
    return List.copyOf(turns);
  }

  /** True when trials may sample this structure; else {@link #whyNot()} says what stops them. */
  public boolean separable() {
    return inseparable == null;
  }

  public String whyNot() {
    return inseparable;
  }

  /** Each actor's and each move's index, kept with the lists (a long game has thousands). */
  private final Map<String, Integer> actorIndex = new java.util.HashMap<>();

  private final Map<String, Integer> moveIndex = new java.util.HashMap<>();

  int actor(String id) {
    return actorIndex.computeIfAbsent(
        id,
        k -> {
          actors.add(k);
          return actors.size() - 1;
        });
  }

  int move(String id) {
    return moveIndex.computeIfAbsent(
        id,
        k -> {
          moves.add(k);
          return moves.size() - 1;
        });
  }

  /** The index of an actor, or -1 when the structure has none of that id. */
  int indexOfActor(String id) {
    return actorIndex.getOrDefault(id, -1);
  }

  /** The index of a move, or -1 when the structure has none of that id. */
  int indexOfMove(String id) {
    return moveIndex.getOrDefault(id, -1);
  }

  int draw(String key, Draw.Kind kind, double confidence, double spread, String label) {
    Integer i = drawIndex.get(key);
    if (i != null) {
      return i;
    }
    draws.add(new Draw(key, kind, confidence, spread, label));
    drawIndex.put(key, draws.size() - 1);
    return draws.size() - 1;
  }

  void notSeparable(String why) {
    if (inseparable == null) {
      inseparable = why;
    }
  }

  /** The structure up to and including a turn. */
  Structure upTo(int turn) {
    Structure s = new Structure(actors);
    moves.forEach(s::move);
    s.draws.addAll(draws);
    s.drawIndex.putAll(drawIndex);
    s.inseparable = inseparable;
    for (TurnShape t : turns) {
      if (t.turn <= turn) {
        s.turns.add(t);
      }
    }
    s.seal();
    return s;
  }

  /** The moves that are counter-moves: tabled in a trial only once a gate sets them off. */
  boolean[] answerMoves() {
    boolean[] out = new boolean[moves.size()];
    for (TurnShape t : turns) {
      for (Gate g : t.gateList) {
        out[g.move()] = true;
      }
    }
    return out;
  }

  /**
   * Everything trials read from this structure, as text: two structures with the same fingerprint
   * give the same counts for the same seed and uncertainty, whatever knobs or scenario gave them.
   * Conservative: the order things were derived in is part of it, so equal structures derived in
   * another order only miss being recognised as equal.
   */
  public String fingerprint() {
    StringBuilder b = new StringBuilder(4096);
    b.append(actors).append('|').append(moves).append('|').append(inseparable).append('\n');
    for (Draw d : draws) {
      b.append(d.kind())
          .append(',')
          .append(d.confidence())
          .append(',')
          .append(d.spread())
          .append(',')
          .append(d.key())
          .append(';');
    }
    for (TurnShape t : turns) {
      b.append("\nturn ").append(t.turn);
      b.append(" table").append(t.onTableSet).append(" reopen").append(t.reopenSet);
      b.append(" fixed").append(t.fixedMap).append(" keys").append(t.outcomeKeys);
      b.append(" baseline").append(t.baselineMap).append(" effects");
      t.effects.forEach((k, v) -> b.append(k).append('=').append(v[0]).append('/').append(v[1]));
      b.append(" gates");
      for (Gate g : t.gateList) {
        b.append(g.id())
            .append(',')
            .append(g.move())
            .append(',')
            .append(g.watch())
            .append(',')
            .append(g.answers())
            .append(',')
            .append(g.mask())
            .append(',')
            .append(Arrays.deepToString(g.holds()))
            .append(',')
            .append(g.priority())
            .append(';');
      }
      b.append(" terms");
      for (Term x : t.terms) {
        b.append(x.actor())
            .append(',')
            .append(x.move())
            .append(',')
            .append(x.value())
            .append(',')
            .append(Arrays.deepToString(x.holds()))
            .append(',')
            .append(Arrays.toString(x.sizes()))
            .append(',')
            .append(x.signalFrom())
            .append(',')
            .append(x.signalMove())
            .append(',')
            .append(x.signalDirection());
        Touches tc = x.touches();
        if (tc != null) {
          b.append(",touches")
              .append(Arrays.toString(tc.strength()))
              .append(Arrays.deepToString(tc.holds()))
              .append(Arrays.toString(tc.size()));
        }
        b.append(';');
      }
    }
    return b.toString();
  }

  /** Fixes the sizes: every turn's arrays over the actors and moves known now. */
  void seal() {
    for (TurnShape t : turns) {
      t.seal(actors.size(), moves.size());
    }
  }
}
