package tabletop.shell.workshop;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tabletop.engine.model.Vocabulary;
import tabletop.engine.report.AnswerView;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.Suggest;
import tabletop.engine.scenario.TurnSpec;
import tabletop.engine.sim.Game;
import tabletop.shell.support.BadInputException;

/**
 * Moves a team tables and the features it gives them, checked against the knowledge base's
 * vocabulary before anything changes: a bad word is refused with the words that would do.
 */
public final class Moves {
  private Moves() {}

  /** Features whose values are moves rather than actors. */
  private static final Set<String> MOVE_VALUED = Set.of("answers", "assures");

  /** The move a team tables, checked; its id is generated when none is given. */
  static MoveSpec spec(Scenario s, Game game, List<String> actors, Action.TableMove t) {
    if (!actors.contains(t.actor())) {
      throw new BadInputException(
          "unknown actor '"
              + t.actor()
              + "'"
              + Suggest.didYouMean(t.actor(), actors)
              + "; the actors are: "
              + String.join(", ", actors));
    }
    if (!Vocabulary.MOVE_KINDS.containsKey(t.kind())) {
      throw new BadInputException(
          "unknown move kind '"
              + t.kind()
              + "'"
              + Suggest.didYouMean(t.kind(), Vocabulary.MOVE_KINDS.keySet())
              + "; the kinds are: "
              + String.join(", ", Vocabulary.MOVE_KINDS.keySet()));
    }
    if (t.title() == null || t.title().isBlank()) {
      throw new BadInputException(
          "a move needs its title: move table --actor ACTOR --kind KIND --title TEXT");
    }
    String id = t.id() == null || t.id().isBlank() ? idFor(t, game) : t.id();
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new BadInputException(
          "a move id is lower-case letters, digits and dashes (e.g. host-conditions), not '"
              + id
              + "'");
    }
    for (TurnSpec turn : s.turns()) {
      if (turn.number() > game.turn() + 1
          && turn.moves().stream().anyMatch(m -> m.id().equals(id))) {
        throw new BadInputException(
            "'"
                + id
                + "' is the id of the scenario's move in turn "
                + turn.number()
                + "; give the team's move another id with --id");
      }
    }
    checkFeatures(t.features(), actors, game);
    return new MoveSpec(id, t.actor(), t.kind(), t.title(), t.title(), t.features(), null);
  }

  /** An id for a team's move: actor, kind and the turn it is tabled in, made unique. */
  private static String idFor(Action.TableMove t, Game game) {
    String base = t.actor() + "-" + t.kind() + "-t" + (game.turn() + 1);
    String id = base;
    int n = 2;
    Set<String> taken = new TreeSet<>(game.movesTabled());
    game.movesWaiting().forEach(m -> taken.add(m.id()));
    while (taken.contains(id)) {
      id = base + "-" + n++;
    }
    return id;
  }

  /** Checks feature names and values against the vocabulary and the actors. */
  static void checkFeatures(Map<String, List<String>> features, List<String> actors) {
    checkFeatures(features, actors, null);
  }

  private static void checkFeatures(
      Map<String, List<String>> features, List<String> actors, Game game) {
    for (Map.Entry<String, List<String>> e : features.entrySet()) {
      String name = e.getKey();
      Set<String> allowed = Vocabulary.FEATURES.get(name);
      if (allowed == null) {
        throw new BadInputException(
            "unknown feature '"
                + name
                + "'"
                + Suggest.didYouMean(name, Vocabulary.FEATURES.keySet())
                + "; the features are: "
                + String.join(", ", new TreeSet<>(Vocabulary.FEATURES.keySet())));
      }
      for (String v : e.getValue()) {
        if (!allowed.isEmpty() && !allowed.contains(v)) {
          throw new BadInputException(
              "'"
                  + v
                  + "' is not a value of "
                  + name
                  + Suggest.didYouMean(v, allowed)
                  + "; its values are: "
                  + String.join(", ", new TreeSet<>(allowed)));
        }
        if (Vocabulary.ROLES.contains(name) && !actors.contains(v)) {
          throw new BadInputException(
              name
                  + " names an actor, and '"
                  + v
                  + "' is none"
                  + Suggest.didYouMean(v, actors)
                  + "; the actors are: "
                  + String.join(", ", actors));
        }
        if (game != null && MOVE_VALUED.contains(name) && !game.movesTabled().contains(v)) {
          throw new BadInputException(
              name
                  + " names a move on the record, and '"
                  + v
                  + "' is none"
                  + Suggest.didYouMean(v, game.movesTabled())
                  + "; the moves tabled so far are: "
                  + String.join(", ", game.movesTabled()));
        }
      }
    }
  }

  /** The title of a counter-move proposed after the turn just played; bad input if none. */
  static String proposedTitle(Game game, String answer) {
    List<AnswerView> waiting = game.proposedAnswers();
    return waiting.stream()
        .filter(a -> a.id().equals(answer))
        .map(AnswerView::title)
        .findFirst()
        .orElseThrow(
            () ->
                new BadInputException(
                    waiting.isEmpty()
                        ? "no counter-move is waiting to be tabled; 'move list' shows the moves"
                        : "no counter-move '"
                            + answer
                            + "' is waiting"
                            + Suggest.didYouMean(
                                answer, waiting.stream().map(AnswerView::id).toList())
                            + "; waiting: "
                            + String.join(", ", waiting.stream().map(AnswerView::id).toList())));
  }

  /** Features in words: {@code against=china; region=southeast-asia}. */
  public static String describe(Map<String, List<String>> features) {
    StringBuilder sb = new StringBuilder();
    features.forEach(
        (k, v) -> {
          if (sb.length() > 0) {
            sb.append("; ");
          }
          sb.append(k).append('=').append(v.isEmpty() ? "(none)" : String.join(",", v));
        });
    return sb.toString();
  }

  /**
   * Parses {@code name=value[,value]} pairs into features (repeated names add values; an empty
   * value removes the feature in an amendment).
   */
  public static Map<String, List<String>> parse(String[] pairs) {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    if (pairs == null) {
      return out;
    }
    for (String p : pairs) {
      String s = p.strip();
      if (s.isEmpty()) {
        continue;
      }
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new BadInputException(
            "a feature is name=value (e.g. --feature military-component=none), not '" + s + "'");
      }
      String name = s.substring(0, eq).strip();
      List<String> values = new java.util.ArrayList<>(out.getOrDefault(name, List.of()));
      for (String v : s.substring(eq + 1).split(",")) {
        if (!v.isBlank() && !values.contains(v.strip())) {
          values.add(v.strip());
        }
      }
      out.put(name, List.copyOf(values));
    }
    return out;
  }
}
