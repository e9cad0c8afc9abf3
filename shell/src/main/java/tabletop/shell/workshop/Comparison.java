package tabletop.shell.workshop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.shell.export.TimelineEntry;

/**
 * Two lines of play side by side at a turn: each actor's reaction here and there, the rules that
 * fired on one side only, and the knobs, injects and overrides that differ.
 */
public record Comparison(
    String here,
    String there,
    int turn,
    List<ActorDiff> actors,
    List<String> knobs,
    List<String> onlyHere,
    List<String> onlyThere) {

  /** An actor's reaction on both sides; rules that fired only on one side. */
  public record ActorDiff(
      String actor,
      String hereDirection,
      String thereDirection,
      List<String> rulesOnlyHere,
      List<String> rulesOnlyThere) {
    public boolean differs() {
      return !Objects.equals(hereDirection, thereDirection);
    }
  }

  /** Compares two lines at the turn {@code turn} (1-based; both must have played it). */
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
    Set<String> actors = new LinkedHashSet<>();
    here.reactions().forEach(r -> actors.add(r.actor()));
    there.reactions().forEach(r -> actors.add(r.actor()));
    List<ActorDiff> diffs = new ArrayList<>();
    for (String a : actors) {
      ReactionView h = here.reaction(a).orElse(null);
      ReactionView t = there.reaction(a).orElse(null);
      List<String> hr = h == null ? List.of() : h.rules();
      List<String> tr = t == null ? List.of() : t.rules();
      diffs.add(
          new ActorDiff(
              a,
              h == null ? null : h.direction(),
              t == null ? null : t.direction(),
              hr.stream().filter(r -> !tr.contains(r)).toList(),
              tr.stream().filter(r -> !hr.contains(r)).toList()));
    }
    List<String> knobs = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(hereKnobs.keySet());
    names.addAll(thereKnobs.keySet());
    for (String k : names) {
      if (!Objects.equals(hereKnobs.get(k), thereKnobs.get(k))) {
        knobs.add(k + ": " + hereKnobs.get(k) + " here, " + thereKnobs.get(k) + " there");
      }
    }
    return new Comparison(
        hereName,
        thereName,
        turn,
        diffs,
        knobs,
        decisions(hereLog, thereLog, turn),
        decisions(thereLog, hereLog, turn));
  }

  /** Injects and overrides up to the turn that one log has and the other has not. */
  private static List<String> decisions(List<TimelineEntry> a, List<TimelineEntry> b, int turn) {
    return a.stream()
        .filter(e -> e.turn() <= turn)
        .filter(e -> e.kind().equals("inject") || e.kind().equals("override"))
        .filter(e -> !b.contains(e))
        .map(e -> "turn " + e.turn() + " " + e.kind() + ": " + e.text())
        .toList();
  }
}
