package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.ReactionView;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.scenarios.io.ScenarioLoader;
import tabletop.shell.render.Factors.Factor;

/** A factor cites the paragraphs of the rule its reason comes from, and no one else's. */
class FactorsTest {
  @Test
  void aReasonFromOutsideTheArticleCitesNoParagraphAndIsAnAssumption() throws Exception {
    var scenario =
        new ScenarioLoader()
            .load(Path.of("../scenarios/cases/china-drills-around-taiwan-2022.yaml"));
    ReactionView japan;
    try (Game g = Engine.fromClasspath().start(scenario, Map.of(), 0)) {
      japan = g.next().reaction("japan", "drills").orElseThrow();
    }
    List<Factor> factors = Factors.of(japan);
    // the US alliance is public record, not the article: no paragraph is shown for it
    Factor alliance =
        factors.stream()
            .filter(f -> f.aspect().equals("partner-targeted"))
            .findFirst()
            .orElseThrow();
    assertThat(alliance.reason()).contains("mutual defence treaties");
    assertThat(alliance.sources()).isEmpty();
    assertThat(alliance.assumption()).isTrue();
    // a factor whose reason the article gives shows that rule's paragraphs
    Factor rise =
        factors.stream().filter(f -> f.aspect().equals("china-rise")).findFirst().orElseThrow();
    assertThat(rise.sources()).isNotEmpty().allSatisfy(p -> assertThat(p).contains("P11"));
  }
}
