package tabletop.shell.workshop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.shell.export.TimelineEntry;
import tabletop.shell.support.BadInputException;

/**
 * The state of a workshop: branches, each an ordered list of actions, and the branch in use. A
 * line's game is rebuilt by replaying its actions (the engine is deterministic), so rewinding is
 * replaying a prefix and branching is copying the list. Every action applied is passed to the
 * listener (the session journal) after it succeeded.
 */
public final class Workshop {
  public static final String MAIN = "main";

  private final ScenarioLibrary library;
  private final Supplier<Engine> engine;
  private final Map<String, List<Action>> branches = new LinkedHashMap<>();
  private final Map<String, List<String>> actorsByScenario = new ConcurrentHashMap<>();
  private final List<Action> preamble;
  private String current = MAIN;
  private Line line; // the current branch materialised, or null until needed
  private Consumer<Action> listener = a -> {};

  public Workshop(ScenarioLibrary library, Supplier<Engine> engine, String scenario, long seed) {
    this.library = library;
    this.engine = engine;
    this.preamble = List.of(new Action.Load(scenario, seed));
    branches.put(MAIN, new ArrayList<>(preamble));
  }

  /**
   * The actions that put a fresh workshop in its starting state (what a journal starts with), with
   * the scenario's text once it has been read.
   */
  public synchronized List<Action> preamble() {
    List<Action> main = branches.get(MAIN);
    if (main != null
        && !main.isEmpty()
        && main.get(0) instanceof Action.Load l
        && l.content() != null) {
      return List.of(l);
    }
    return preamble;
  }

  /** The scenario files whose text differs now from what these actions loaded. */
  public List<Path> changedOnDisk(List<Action> actions) {
    List<Path> changed = new ArrayList<>();
    for (Action a : actions) {
      if (a instanceof Action.Load l) {
        ScenarioSource.changedOnDisk(library, l)
            .filter(p -> !changed.contains(p))
            .ifPresent(changed::add);
      }
    }
    return changed;
  }

  public void onApplied(Consumer<Action> listener) {
    this.listener = listener;
  }

  public ScenarioLibrary library() {
    return library;
  }

  public Supplier<Engine> engine() {
    return engine;
  }

  // ---- applying actions ---------------------------------------------------------------------

  /**
   * Applies an action to the workshop. Bad input leaves everything as it was. Returns the turn
   * report an action produced (a played turn, an override), else null.
   */
  public synchronized TurnReport apply(Action action) {
    Map<String, List<Action>> savedBranches = new LinkedHashMap<>();
    branches.forEach((k, v) -> savedBranches.put(k, new ArrayList<>(v)));
    String savedCurrent = current;
    Line savedLine = line;
    try {
      return applyAndRecord(action);
    } catch (BadInputException e) {
      if (line != savedLine || !branches.equals(savedBranches)) {
        undo(savedBranches, savedCurrent);
      }
      throw e;
    } catch (RuntimeException | Error e) {
      // a fault, a stack overflow, no memory, or a journal that cannot be written: the workshop
      // goes back to what it was before the command; the game is rebuilt from the actions
      undo(savedBranches, savedCurrent);
      throw e;
    }
  }

  private void undo(Map<String, List<Action>> savedBranches, String savedCurrent) {
    branches.clear();
    branches.putAll(savedBranches);
    current = savedCurrent;
    dropLine();
  }

  private TurnReport applyAndRecord(Action action) {
    TurnReport result = null;
    Action done = action;
    if (action instanceof Action.Fork fork) {
      String name = checkBranchName(fork.name());
      if (branches.containsKey(name)) {
        throw new BadInputException(
            "a branch named '" + name + "' exists; 'branch switch " + name + "' goes to it");
      }
      branches.put(name, new ArrayList<>(branches.get(current)));
      current = name;
      dropLine();
    } else if (action instanceof Action.Switch sw) {
      if (!branches.containsKey(sw.name())) {
        throw new BadInputException(
            "no branch named '"
                + sw.name()
                + "'"
                + tabletop.engine.scenario.Suggest.didYouMean(sw.name(), branches.keySet())
                + "; the branches are: "
                + String.join(", ", branches.keySet()));
      }
      if (!sw.name().equals(current)) {
        current = sw.name();
        dropLine();
      }
    } else if (action instanceof Action.Rewind rw) {
      checkRewind(rw.turn());
      branches.put(current, rewound(branches.get(current), rw.turn()));
      dropLine();
    } else if (action instanceof Action.Load) {
      Line fresh = new Line();
      fresh.apply(action, context()); // the old line stays if the scenario does not load
      dropLine();
      line = fresh;
      branches.put(current, new ArrayList<>(fresh.actions()));
      done = fresh.actions().get(fresh.actions().size() - 1);
    } else {
      Line l = line();
      result = l.apply(action, context());
      branches.put(current, new ArrayList<>(l.actions()));
    }
    listener.accept(done);
    return result;
  }

  /**
   * What {@code turn rewind N} would drop from the current line, in the order it was done; bad
   * input (a turn not played) says so as the rewind itself would.
   */
  public synchronized List<Action> droppedByRewind(int turn) {
    checkRewind(turn);
    List<Action> all = branches.get(current);
    return List.copyOf(all.subList(rewound(all, turn).size(), all.size()));
  }

  private void checkRewind(int turn) {
    int played = turn();
    if (turn < 0 || turn > played) {
      throw new BadInputException(
          played == 0
              ? "no turn played yet; there is nothing to rewind"
              : "rewind goes back to a turn already played, 0 to "
                  + played
                  + " (0: the start, before turn 1), not "
                  + turn);
    }
  }

  /**
   * A line rewound to the end of turn N, as that turn was played: what came after the N-th turn
   * (overrides, injects, notes, predictions, knob changes) is dropped; at 0, everything after the
   * last load before the first turn.
   */
  static List<Action> rewound(List<Action> actions, int turn) {
    List<Action> kept = new ArrayList<>();
    int nexts = 0;
    int lastLoad = 0;
    for (Action a : actions) {
      if (turn == 0 && a instanceof Action.Next) {
        return new ArrayList<>(kept.subList(0, lastLoad));
      }
      kept.add(a);
      if (a instanceof Action.Load) {
        lastLoad = kept.size();
      }
      if (a instanceof Action.Next && ++nexts == turn) {
        return kept;
      }
    }
    return turn == 0 ? new ArrayList<>(kept.subList(0, lastLoad)) : kept;
  }

  /** Replays actions (a journal) onto this workshop, without telling the listener. */
  public synchronized void replay(List<Action> actions) {
    Consumer<Action> saved = listener;
    listener = a -> {};
    try {
      int i = 0;
      for (Action a : actions) {
        i++;
        try {
          apply(a);
        } catch (BadInputException e) {
          throw new BadInputException("entry " + i + " cannot be replayed: " + e.getMessage(), e);
        }
      }
    } finally {
      listener = saved;
    }
  }

  /**
   * Replaces this workshop's state with the state the actions build from a fresh start; if any
   * action fails, nothing changes.
   */
  public synchronized void restore(List<Action> actions) {
    Workshop fresh = new Workshop(library, engine, ((Action.Load) preamble.get(0)).scenario(), 0);
    fresh.actorsByScenario.putAll(actorsByScenario);
    fresh.replay(actions);
    dropLine();
    branches.clear();
    branches.putAll(fresh.branches);
    current = fresh.current;
    line = fresh.line;
  }

  private static String checkBranchName(String name) {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
      throw new BadInputException(
          "a branch name is one word of letters, digits, '-', '_' or '.', like what-if-2, not '"
              + name
              + "'");
    }
    return name;
  }

  private Line.Context context() {
    return new Line.Context(library, engine, this::actorIds);
  }

  private Line line() {
    if (line == null) {
      line = Line.replay(branches.get(current), context());
      // the replay read the scenario files: keep their text with the loads
      branches.put(current, new ArrayList<>(line.actions()));
    }
    return line;
  }

  private void dropLine() {
    if (line != null) {
      line.close();
      line = null;
    }
  }

  // ---- reading the state --------------------------------------------------------------------

  /** Checks a team's move against the current line, changing nothing; bad input says why. */
  public synchronized void checkTable(Action.TableMove t) {
    Line l = line();
    if (l.game() == null) {
      throw new BadInputException("no scenario loaded: 'scenario load ID' first");
    }
    Moves.spec(l.scenario(), l.game(), actorIds(l.scenario()), t);
  }

  public synchronized String branch() {
    return current;
  }

  public synchronized List<String> branchNames() {
    return List.copyOf(branches.keySet());
  }

  public synchronized List<Action> actions(String branch) {
    List<Action> a = branches.get(branch);
    return a == null ? List.of() : List.copyOf(a);
  }

  /** The scenario of the current line as the user named it: id or file name, without loading. */
  public synchronized String scenarioLabel() {
    return labelOf(branches.get(current));
  }

  static String labelOf(List<Action> actions) {
    for (int i = actions.size() - 1; i >= 0; i--) {
      if (actions.get(i) instanceof Action.Load load) {
        String s = load.scenario();
        String name = Path.of(s).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
      }
    }
    return "";
  }

  /** The last turn played on the current line, counted from its actions, without replaying. */
  public synchronized int turn() {
    return (int) branches.get(current).stream().filter(Action.Next.class::isInstance).count();
  }

  public synchronized Scenario scenario() {
    return line().scenario();
  }

  public synchronized Game game() {
    return line().game();
  }

  public synchronized List<TurnReport> history() {
    return line().game().history();
  }

  public synchronized List<TimelineEntry> timeline() {
    return line().timeline();
  }

  public synchronized List<Prediction> predictions() {
    return line().predictions();
  }

  /** A turn already played on the current line. */
  public synchronized TurnReport turnReport(Integer turn) {
    List<TurnReport> h = history();
    if (h.isEmpty()) {
      throw new BadInputException("no turn played yet: 'turn next' plays the first turn");
    }
    int n = turn == null ? h.size() : turn;
    if (n < 1 || n > h.size()) {
      throw new BadInputException(
          "turn " + n + " is out of range: turns 1 to " + h.size() + " have been played");
    }
    return h.get(n - 1);
  }

  /** The line a branch holds, materialised apart from the current one (for comparisons). */
  synchronized Line materialise(List<Action> actions) {
    return Line.replay(actions, context());
  }

  /**
   * The actors of a scenario: those it names, and those the knowledge base brings in once the first
   * turn is played (found by playing it on a scratch game, once per scenario).
   */
  public List<String> actorIds(Scenario s) {
    return actorsByScenario.computeIfAbsent(
        s.id(),
        id -> {
          Set<String> ids = new LinkedHashSet<>();
          try (Game g = engine.get().startQuiet(s, Map.of(), 0)) {
            if (!g.finished()) {
              for (ReactionView r : g.next().reactions()) {
                ids.add(r.actor());
              }
            }
            g.actors().forEach(a -> ids.add(a.id()));
          }
          s.actors().forEach(a -> ids.add(a.id()));
          return ids.stream().sorted().toList();
        });
  }

  /** The current line against another branch, at the last turn both have played. */
  public synchronized Comparison compareWith(String branch) {
    if (!branches.containsKey(branch)) {
      throw new BadInputException(
          "no branch named '"
              + branch
              + "'"
              + tabletop.engine.scenario.Suggest.didYouMean(branch, branches.keySet())
              + "; the branches are: "
              + String.join(", ", branches.keySet()));
    }
    try (Line other = materialise(branches.get(branch))) {
      return compare(branch, other);
    }
  }

  /**
   * {@code f} applied to each branch but the current one, replayed, in the order they were made.
   */
  synchronized <T> List<T> eachOtherBranch(java.util.function.BiFunction<String, Line, T> f) {
    List<T> out = new ArrayList<>();
    for (var e : branches.entrySet()) {
      if (!e.getKey().equals(current)) {
        try (Line other = materialise(e.getValue())) {
          out.add(f.apply(e.getKey(), other));
        }
      }
    }
    return out;
  }

  /** The current line against a fresh run of its scenario with default knobs and no decisions. */
  public synchronized Comparison compareWithBaseline() {
    List<Action> actions = branches.get(current);
    List<Action> base = new ArrayList<>();
    base.add(actions.get(0));
    for (int i = 0; i < turn(); i++) {
      base.add(new Action.Next());
    }
    try (Line other = materialise(base)) {
      return compare("baseline", other);
    }
  }

  /**
   * What the last comparison compared: the turn, which side has not played a later turn yet, and
   * the outcome of each move on both sides.
   */
  public synchronized List<String> lastComparisonNotes() {
    return lastNotes;
  }

  private List<String> lastNotes = List.of();

  private Comparison compare(String otherName, Line other) {
    Line here = line();
    int turn = Math.min(here.game().turn(), other.game().turn());
    lastNotes = notes(otherName, here, other, turn);
    if (turn == 0) {
      throw new BadInputException(
          "nothing to compare yet: both lines need a played turn ('turn next')");
    }
    if (!here.scenario().id().equals(other.scenario().id())) {
      throw new BadInputException(
          "'" + otherName + "' plays another scenario (" + other.scenario().id() + ")");
    }
    return Comparison.of(
        current,
        otherName,
        turn,
        here.game().history().get(turn - 1),
        other.game().history().get(turn - 1),
        here.game().knobs(),
        other.game().knobs(),
        here.timeline(),
        other.timeline(),
        here.actions(),
        other.actions());
  }

  private List<String> notes(String otherName, Line here, Line other, int turn) {
    List<String> out = new ArrayList<>();
    int h = here.game().turn();
    int o = other.game().turn();
    if (turn == 0) {
      return out;
    }
    String compared = "Comparing turn " + turn + ", the last turn both have played";
    if (h > o) {
      compared +=
          "; " + otherName + " has not played turn " + (o + 1) + " yet (it is at turn " + o + ")";
    } else if (o > h) {
      compared += "; " + current + " (here) has not played turn " + (h + 1) + " yet";
    }
    out.add(compared + ".");
    TurnReport mine = here.game().history().get(turn - 1);
    TurnReport theirs = other.game().history().get(turn - 1);
    for (var outcome : mine.outcomes()) {
      String there =
          theirs.outcomes().stream()
              .filter(x -> x.move().equals(outcome.move()))
              .map(x -> words(x.status()))
              .findFirst()
              .orElse("not on the table");
      String hereWords = words(outcome.status());
      out.add(
          "Outcome of "
              + outcome.move()
              + ": "
              + (hereWords.equals(there)
                  ? hereWords + " on both"
                  : hereWords + " here, " + there + " in " + otherName));
    }
    return out;
  }

  /** An outcome status in words: GOES_AHEAD → goes ahead. */
  public static String words(String status) {
    return status == null ? "" : status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  public List<String> actorIds() {
    return actorIds(scenario());
  }

  public synchronized void close() {
    dropLine();
  }
}
