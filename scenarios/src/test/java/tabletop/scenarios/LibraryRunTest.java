package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Expectation;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;

/** Every scenario in the library loads, runs with a fixed seed, and meets its expectations. */
class LibraryRunTest {
  private static final ScenarioLibrary LIBRARY =
      new ScenarioLibrary(Path.of("library"), new ScenarioLoader());
  private static final Engine ENGINE = Engine.fromClasspath();

  static List<String> ids() {
    return LIBRARY.ids();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void runsAndMeetsItsExpectations(String id) throws Exception {
    // given a library scenario
    Scenario scenario = LIBRARY.load(id);

    // when it runs with its default knobs and seed 7
    Report report = ENGINE.run(scenario, Map.of(), 7);

    // then every turn is played and every expectation holds
    assertThat(report.turns()).hasSize(scenario.lastTurn());
    for (Expectation x : scenario.expectations()) {
      Report r = x.knobs().isEmpty() ? report : ENGINE.run(scenario, x.knobs(), 7);
      int turn = x.turn() == 0 ? r.turns().size() : x.turn();
      var reaction =
          r.turns().get(turn - 1).reactions().stream()
              .filter(
                  v ->
                      v.actor().equals(x.actor())
                          && (x.move() == null || v.move().equals(x.move())))
              .findFirst();
      assertThat(reaction).as("%s reacts in turn %d", x.actor(), turn).isPresent();
      assertThat(reaction.get().direction())
          .as("%s in %s with %s", x.actor(), id, x.knobs())
          .isIn(x.directions().stream().map(Enum::name).toList());
    }
  }
}
