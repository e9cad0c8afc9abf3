package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Recorded;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * Every historical case loads with its record of reactions, names only moves and actors it has, and
 * runs; the library as a whole holds the episodes and reactions the backtest needs.
 */
class CasesTest {
  private static final Path CASES = Path.of("cases");
  private static final Engine ENGINE = Engine.fromClasspath();

  static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aCaseLoadsWithItsRecordAndRuns(Path file) throws Exception {
    Scenario s = new ScenarioLoader().forLibraryFiles().load(file);
    assertThat(s.isCase()).isTrue();
    assertThat(s.caseDate()).matches("20(19|2[0-5])-\\d\\d(-\\d\\d)?");
    for (Recorded r : s.record()) {
      assertThat(r.source()).as("a recorded reaction names its source").isNotBlank();
      assertThat(r.source()).doesNotContain("http").doesNotContain("file:");
    }
    Report report = ENGINE.run(s, java.util.Map.of(), 7);
    for (Recorded r : s.record()) {
      assertThat(report.turns())
          .as("%s: the model reacts to %s in turn %d", r.actor(), r.move(), r.turn())
          .anySatisfy(
              t -> {
                assertThat(t.turn()).isEqualTo(r.turn());
                assertThat(t.reaction(r.actor(), r.move())).isPresent();
              });
    }
  }

  @Test
  void theLibraryHoldsEnoughOfTheRecord() throws Exception {
    int episodes = 0;
    int reactions = 0;
    for (Path file : cases()) {
      Scenario s = new ScenarioLoader().forLibraryFiles().load(file);
      episodes++;
      reactions += s.record().size();
    }
    assertThat(episodes).isGreaterThanOrEqualTo(20);
    assertThat(reactions).isGreaterThanOrEqualTo(80);
  }
}
