package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.sim.Engine;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * No reaction in the library is certain of a direction it has no reason for: where the appraisals
 * net to zero, the engine's own distribution is never at or above 99% for any direction, and the
 * main reason says so when nothing bears at all.
 */
class NoFalseCertaintyTest {
  private static final ScenarioLibrary LIBRARY =
      new ScenarioLibrary(Path.of("library"), new ScenarioLoader());
  private static final Engine ENGINE = Engine.fromClasspath();

  static List<String> ids() {
    return LIBRARY.ids();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void aNetOfZeroIsNeverCertain(String id) throws Exception {
    for (TurnReport t : ENGINE.run(LIBRARY.load(id), Map.of(), 7).turns()) {
      for (ReactionView r : t.reactions()) {
        if (r.score() == 0.0) {
          assertThat(r.distribution().values())
              .as("%s turn %d: %s on %s", id, t.turn(), r.actor(), r.move())
              .allSatisfy(p -> assertThat(p).isLessThan(0.99));
        }
        if (r.summary().startsWith("Nothing in the knowledge base bears")) {
          assertThat(r.score()).isZero();
        }
      }
    }
  }
}
