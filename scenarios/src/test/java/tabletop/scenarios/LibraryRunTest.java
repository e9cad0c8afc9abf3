package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Expectation;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * Every scenario in the library loads, runs with a fixed seed, runs the same way twice, and meets
 * each of its expectations (one test per expectation, so a report names every one that fails).
 */
class LibraryRunTest {
  private static final long SEED = 7;
  private static final ScenarioLibrary LIBRARY =
      new ScenarioLibrary(Path.of("library"), new ScenarioLoader());
  private static final Engine ENGINE = Engine.fromClasspath();
  private static final Path PENDING = Path.of("src/test/resources/pending-expectations.txt");

  /** "scenario | actor | move" to the reason the rules do not yet produce the expectation. */
  static Map<String, String> pending() throws IOException {
    return Files.readAllLines(PENDING).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\\|", 4))
        .collect(
            Collectors.toMap(
                f -> f[0].trim() + " | " + f[1].trim() + " | " + f[2].trim(), f -> f[3].trim()));
  }

  static List<String> ids() {
    return LIBRARY.ids();
  }

  static List<Arguments> expectations() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (String id : LIBRARY.ids()) {
      Scenario s = LIBRARY.load(id);
      for (int i = 0; i < s.expectations().size(); i++) {
        Expectation x = s.expectations().get(i);
        String label =
            id
                + ": "
                + (x.aboutOutcome() ? "outcome" : x.actor())
                + (x.move() == null ? "" : " on " + x.move())
                + (x.knobs().isEmpty() ? "" : " with " + x.knobs())
                + " -> "
                + (x.aboutOutcome() ? x.outcomes() : x.directions());
        out.add(Arguments.of(label, id, i));
      }
    }
    return out;
  }

  /**
   * The last turn in which the expectation's actor reacted to its move (any move if none is named;
   * a decided move is off the table after the turn that decided it); the last turn if none.
   */
  static int lastJudged(Report r, Expectation x, List<String> own) {
    for (int i = r.turns().size() - 1; i >= 0; i--) {
      boolean judged =
          r.turns().get(i).reactions().stream()
              .anyMatch(
                  v ->
                      (x.actor() == null || v.actor().equals(x.actor()))
                          && (x.move() == null
                              ? own.contains(v.move())
                              : v.move().equals(x.move())));
      if (judged) {
        return i + 1;
      }
    }
    return r.turns().size();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void runsEveryTurnTheSameWayTwice(String id) throws Exception {
    // given a library scenario
    Scenario scenario = LIBRARY.load(id);

    // when it runs twice with its default knobs and the same seed
    Report first = ENGINE.run(scenario, Map.of(), SEED);
    Report second = ENGINE.run(scenario, Map.of(), SEED);

    // then every turn is played, actors react to every tabled move while it is on the table, and
    // the runs agree
    assertThat(first.turns()).hasSize(scenario.lastTurn());
    List<String> tabled =
        scenario.turns().stream().flatMap(t -> t.moves().stream()).map(m -> m.id()).toList();
    assertThat(first.turns().stream().flatMap(t -> t.reactions().stream()).map(r -> r.move()))
        .containsAll(tabled);
    // beside the scenario's moves, only the counter-moves the model proposed have outcomes
    java.util.Set<String> answers = new java.util.HashSet<>();
    first.turns().forEach(t -> t.answers().forEach(a -> answers.add(a.id())));
    assertThat(first.outcome()).containsKeys(tabled.toArray(String[]::new));
    assertThat(answers)
        .containsAll(first.outcome().keySet().stream().filter(m -> !tabled.contains(m)).toList());
    assertThat(second).isEqualTo(first);
  }

  /** The scenario's own moves: no counter-move, no team's move. */
  private static List<String> own(Scenario scenario) {
    return scenario.turns().stream().flatMap(t -> t.moves().stream()).map(m -> m.id()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void meetsItsExpectation(String label, String id, int index) throws Exception {
    // given an expectation the source supports
    Scenario scenario = LIBRARY.load(id);
    Expectation x = scenario.expectations().get(index);

    // when the scenario runs with the expectation's knobs
    Report r = ENGINE.run(scenario, x.knobs(), SEED);

    // turn 0 is the move's last judgement: the turn that decided it, or the last turn played
    int turn = x.turn() == 0 ? lastJudged(r, x, own(scenario)) : x.turn();
    if (x.aboutOutcome()) {
      // then the move's outcome in the expected turn is one of the expected statuses
      var outcomes = x.turn() == 0 ? r.outcome() : r.turns().get(turn - 1).outcomeByMove();
      // an expectation that names no move is about the scenario's own move, not a counter-move
      var outcome =
          x.move() == null
              ? outcomes.values().stream().filter(o -> own(scenario).contains(o.move())).findFirst()
              : Optional.ofNullable(outcomes.get(x.move()));
      assertThat(outcome).as("%s: an outcome in turn %d", label, turn).isPresent();
      assertThat(outcome.get().status())
          .as("%s (%s); expected because: %s", label, outcome.get().reason(), x.because())
          .isIn(x.outcomes());
      return;
    }
    // then the actor's reaction in the expected turn is one of the expected directions
    Optional<ReactionView> reaction =
        r.turns().get(turn - 1).reactions().stream()
            .filter(
                v ->
                    v.actor().equals(x.actor())
                        && (x.move() == null
                            ? own(scenario).contains(v.move())
                            : v.move().equals(x.move())))
            .findFirst();
    assertThat(reaction).as("%s reacts in turn %d", x.actor(), turn).isPresent();
    String reason = pending().get(id + " | " + x.actor() + " | " + x.move());
    if (reason != null) {
      // a known gap in the rules: reported as skipped, with the reason, until the rules close it
      Assumptions.assumeTrue(
          x.directions().stream().map(Enum::name).toList().contains(reaction.get().direction()),
          "pending: " + reason);
    }
    assertThat(reaction.get().direction())
        .as(
            "%s (score %.2f, rules %s); expected because: %s",
            label, reaction.get().score(), reaction.get().rules(), x.because())
        .isIn(x.directions().stream().map(Enum::name).toList());
  }
}
