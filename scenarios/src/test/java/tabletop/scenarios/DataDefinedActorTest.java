package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.scenarios.io.ScenarioLoader;

/** An actor defined only by data in a scenario file reacts through the generic rules. */
class DataDefinedActorTest {
  private static final Engine ENGINE = Engine.fromClasspath();
  private static final String ACTOR = "example-coastal-state";

  @Test
  void reactsThroughTheGenericRulesAndWeighsItsOwnConcerns() throws Exception {
    // given a scenario that adds an actor by its concerns, interests and membership alone
    Scenario scenario =
        new ScenarioLoader().load(Path.of("src/test/resources/valid/data-defined-actor.yaml"));
    assertThat(scenario.actors()).extracting(a -> a.id()).containsExactly(ACTOR);

    // when it runs with a civilian Centre, and again with a standing military presence
    ReactionView civilian = reaction(ENGINE.run(scenario, Map.of(), 7));
    ReactionView military =
        reaction(ENGINE.run(scenario, Map.of("military-component", "standing-presence"), 7));

    // then the actor reacts through the generic appraisal rules: its interests in maritime
    // security and cyber carry a civilian Centre, and a military presence weighs against it
    assertThat(civilian.rules())
        .contains(
            "Any actor - values - the move serves an interest",
            "Any actor - wary - the move touches a concern");
    assertThat(civilian.direction()).isEqualTo("SUPPORT");
    assertThat(military.score()).isLessThan(civilian.score());
  }

  private static ReactionView reaction(Report report) {
    return report.turns().get(0).reactions().stream()
        .filter(r -> r.actor().equals(ACTOR) && r.move().equals("coe"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(ACTOR + " did not react to the Centre"));
  }
}
