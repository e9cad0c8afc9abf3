package tabletop.shell.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Actor;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;

/**
 * The words a screen uses for ids: an actor's display name ("Southeast Asian host" for {@code
 * southeast-asian-host}), a move's title and the turn that tabled it. An id nobody named is shown
 * as it is.
 */
public record Names(
    Map<String, String> actors, Map<String, String> moves, Map<String, Integer> tabledIn) {
  public Names {
    actors = Map.copyOf(actors);
    moves = Map.copyOf(moves);
    tabledIn = Map.copyOf(tabledIn);
  }

  /** No names: every id shown as it is. */
  public static Names ids() {
    return new Names(Map.of(), Map.of(), Map.of());
  }

  /**
   * The names the knowledge base gives its actors (a game's {@code actors()}), those a scenario
   * gives its own, and the scenario's move titles.
   */
  public static Names of(Scenario scenario, List<Actor> actors) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Actor a : actors) {
      if (a.name() != null && !a.name().isBlank()) {
        names.put(a.id(), a.name());
      }
    }
    Map<String, String> moves = new LinkedHashMap<>();
    Map<String, Integer> turns = new LinkedHashMap<>();
    if (scenario != null) {
      for (ActorSpec a : scenario.actors()) {
        if (a.name() != null && !a.name().isBlank()) {
          names.putIfAbsent(a.id(), a.name());
        }
      }
      for (TurnSpec t : scenario.turns()) {
        for (MoveSpec m : t.moves()) {
          if (m.title() != null && !m.title().isBlank()) {
            moves.putIfAbsent(m.id(), m.title());
          }
          turns.putIfAbsent(m.id(), t.number());
        }
      }
    }
    return new Names(names, moves, turns);
  }

  /**
   * These names with the titles and turns of moves tabled in play (team moves, counter-moves) that
   * the scenario does not name.
   */
  public Names withMoves(Map<String, tabletop.engine.model.Move> tabled) {
    Map<String, String> m = new LinkedHashMap<>(moves);
    Map<String, Integer> t = new LinkedHashMap<>(tabledIn);
    tabled.forEach(
        (id, mv) -> {
          if (mv.title() != null && !mv.title().isBlank()) {
            m.putIfAbsent(id, mv.title());
          }
          t.putIfAbsent(id, mv.turn());
        });
    return new Names(actors, m, t);
  }

  public String actor(String id) {
    return actors.getOrDefault(id, id == null ? "" : id);
  }

  /** A sentence with the actor ids in it written as the actors' names. */
  public String inText(String text) {
    return tabletop.shell.export.ActorNames.in(text, actors);
  }

  /** A move's title, or its id when the scenario gave none. */
  public String move(String id) {
    return moves.getOrDefault(id, id == null ? "" : id);
  }

  /** The turn whose moves tabled {@code id}, or 0 when unknown (a live move). */
  public int tabledIn(String id) {
    return tabledIn.getOrDefault(id, 0);
  }
}
