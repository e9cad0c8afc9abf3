package tabletop.shell.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.shell.export.TimelineEntry;

/**
 * Two lines of play side by side at a turn: each actor's reaction here and there with the rules
 * that fired on one side only, each move's outcome on both sides, and what differs between the
 * lines up to that turn: knob values, live injects (with the facts they assert and retract) and
 * team decisions. Those differences are the candidate causes; they are causes only where a reaction
 * or an outcome differs ({@link #differs()}). Holds data, no wording.
 */
public record Comparison(
    String here,
    String there,
    int turn,
    List<ActorDiff> actors,
    List<OutcomeDiff> outcomes,
    List<String> knobs,
    List<Decision> decisions) {
  public Comparison {
    actors = List.copyOf(actors);
    outcomes = List.copyOf(outcomes);
    knobs = List.copyOf(knobs);
    decisions = List.copyOf(decisions);
  }

  /** An actor's reaction to a move on both sides; rules that fired only on one side. */
  public record ActorDiff(
      String actor,
      String move,
      String hereDirection,
      String thereDirection,
      List<String> rulesOnlyHere,
      List<String> rulesOnlyThere) {
    public boolean differs() {
      return !Objects.equals(hereDirection, thereDirection);
    }
  }

  /** A move's outcome on both sides (null where the move is not on that side's table). */
  public record OutcomeDiff(String move, String hereStatus, String thereStatus) {
    public boolean differs() {
      return !Objects.equals(hereStatus, thereStatus);
    }
  }

  /**
   * A live inject or a team decision one line has and the other has not: on which side ({@code
   * true}: here), in which turn, what kind ({@code inject} or {@code override}), its text, and for
   * an inject the world facts it asserts and retracts (empty when only narrative).
   */
  public record Decision(
      boolean here,
      int turn,
      String kind,
      String text,
      List<String> asserts,
      List<String> retracts) {
    public Decision {
      asserts = List.copyOf(asserts);
      retracts = List.copyOf(retracts);
    }
  }

  /** Whether any reaction or outcome differs at the compared turn. */
  public boolean differs() {
    return actors.stream().anyMatch(ActorDiff::differs)
        || outcomes.stream().anyMatch(OutcomeDiff::differs);
  }

  /** Whether the lines differ in anything that could cause a difference. */
  public boolean hasCandidates() {
    return !knobs.isEmpty() || !decisions.isEmpty();
  }

  public List<String> onlyHere() {
    return decisions.stream().filter(Decision::here).map(Comparison::describe).toList();
  }

  public List<String> onlyThere() {
    return decisions.stream().filter(d -> !d.here()).map(Comparison::describe).toList();
  }

  private static String describe(Decision d) {
    return "turn " + d.turn() + " " + d.kind() + ": " + d.text();
  }

  /** Compares two lines at the turn {@code turn}; injects are known by their text only. */
  public static Comparison of(
      String hereName,
      String thereName,
      int turn,
      TurnReport here,
      TurnReport there,
      Map<String, String> hereKnobs,
      Map<String, String> thereKnobs,
      List<TimelineEntry> hereLog,
      List<TimelineEntry> thereLog) {
    return of(
        hereName,
        thereName,
        turn,
        here,
        there,
        hereKnobs,
        thereKnobs,
        hereLog,
        thereLog,
        List.of(),
        List.of());
  }

  /**
   * Compares two lines at the turn {@code turn} (1-based; both must have played it); the lines'
   * actions give each live inject's facts.
   */
  public static Comparison of(
      String hereName,
      String thereName,
      int turn,
      TurnReport here,
      TurnReport there,
      Map<String, String> hereKnobs,
      Map<String, String> thereKnobs,
      List<TimelineEntry> hereLog,
      List<TimelineEntry> thereLog,
      List<Action> hereActions,
      List<Action> thereActions) {
    Set<List<String>> pairs = new LinkedHashSet<>();
    here.reactions().forEach(r -> pairs.add(List.of(r.actor(), r.move())));
    there.reactions().forEach(r -> pairs.add(List.of(r.actor(), r.move())));
    List<ActorDiff> diffs = new ArrayList<>();
    for (List<String> p : pairs) {
      ReactionView h = reaction(here, p.get(0), p.get(1));
      ReactionView t = reaction(there, p.get(0), p.get(1));
      List<String> hr = h == null ? List.of() : h.rules();
      List<String> tr = t == null ? List.of() : t.rules();
      diffs.add(
          new ActorDiff(
              p.get(0),
              p.get(1),
              h == null ? null : h.direction(),
              t == null ? null : t.direction(),
              hr.stream().filter(r -> !tr.contains(r)).toList(),
              tr.stream().filter(r -> !hr.contains(r)).toList()));
    }
    Map<String, OutcomeView> ho = here.outcomeByMove();
    Map<String, OutcomeView> to = there.outcomeByMove();
    Set<String> moves = new LinkedHashSet<>(ho.keySet());
    moves.addAll(to.keySet());
    List<OutcomeDiff> outcomes = new ArrayList<>();
    for (String m : moves) {
      outcomes.add(
          new OutcomeDiff(
              m,
              ho.containsKey(m) ? ho.get(m).status() : null,
              to.containsKey(m) ? to.get(m).status() : null));
    }
    List<String> knobs = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(hereKnobs.keySet());
    names.addAll(thereKnobs.keySet());
    for (String k : names) {
      if (!Objects.equals(hereKnobs.get(k), thereKnobs.get(k))) {
        knobs.add(k + ": " + hereKnobs.get(k) + " here, " + thereKnobs.get(k) + " there");
      }
    }
    Map<String, Action.LiveInject> facts = new LinkedHashMap<>();
    for (List<Action> list : List.of(hereActions, thereActions)) {
      for (Action a : list) {
        if (a instanceof Action.LiveInject i) {
          facts.putIfAbsent(i.text(), i);
        }
      }
    }
    List<Decision> decisions = new ArrayList<>();
    decisions.addAll(decisions(true, hereLog, thereLog, turn, facts));
    decisions.addAll(decisions(false, thereLog, hereLog, turn, facts));
    return new Comparison(hereName, thereName, turn, diffs, outcomes, knobs, decisions);
  }

  private static ReactionView reaction(TurnReport t, String actor, String move) {
    return t.reactions().stream()
        .filter(r -> r.actor().equals(actor) && r.move().equals(move))
        .findFirst()
        .orElse(null);
  }

  /** Injects and overrides up to the turn that one log has and the other has not. */
  private static List<Decision> decisions(
      boolean here,
      List<TimelineEntry> a,
      List<TimelineEntry> b,
      int turn,
      Map<String, Action.LiveInject> facts) {
    return a.stream()
        .filter(e -> e.turn() <= turn)
        .filter(e -> e.kind().equals("inject") || e.kind().equals("override"))
        .filter(e -> !b.contains(e))
        .map(
            e -> {
              Action.LiveInject i = e.kind().equals("inject") ? facts.get(e.text()) : null;
              return new Decision(
                  here,
                  e.turn(),
                  e.kind(),
                  e.text(),
                  i == null ? List.of() : i.facts(),
                  i == null ? List.of() : i.retracts());
            })
        .toList();
  }
}
