package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;

/** A team's handout fits the screen it is printed on, every team of the library's exercise. */
class HandoutTest {
  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {80, 100})
  void everyTeamsHandoutFitsTheWidthAndNamesItsActors(int width) throws Exception {
    // given the library scenario that declares an exercise with teams
    Scenario s =
        new ScenarioLibrary(Path.of("../scenarios/library"), new ScenarioLoader())
            .load("coe-southeast-asia");
    assertThat(s.exercise().teams()).hasSizeGreaterThanOrEqualTo(2);
    Names names = Names.of(s, List.of());

    for (var team : s.exercise().teams()) {
      // when its handout is rendered at that width
      String out = new Handout(new Display(false, () -> width), names).render(s, team);

      // then no line is wider than the screen, and it opens with the team and its objective
      assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
      assertThat(out).startsWith("Handout for " + team.name());
      assertThat(out).contains("Your objective: " + team.objective().substring(0, 20));
      assertThat(out.lines().count()).isLessThan(45);
    }
  }
}
