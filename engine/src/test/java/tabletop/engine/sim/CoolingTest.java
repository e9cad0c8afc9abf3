package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.scenario.Inject;

/** A stance's intensity carries over turns and cools when nothing feeds it. */
class CoolingTest {
  private final Engine engine = MiniBase.engine();

  private static ReactionView alpha(tabletop.engine.report.TurnReport t) {
    return t.reaction("alpha", "m").orElseThrow();
  }

  @Test
  @DisplayName("softened on the same side, an actor's intensity is last turn's, cooled")
  void intensityCools() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      ReactionView t1 = alpha(game.next());
      assertThat(t1.direction()).isEqualTo("OPPOSE");
      assertThat(t1.intensity()).isEqualTo(0.8, within(1e-9));
      game.inject(new Inject("soothe", "", List.of("soothed"), List.of()));
      ReactionView t2 = alpha(game.next());
      // the appraisals give 0.4 against; last turn's 0.8, cooled, still burns at 0.64
      assertThat(t2.score()).isEqualTo(-0.4, within(1e-9));
      assertThat(t2.direction()).isEqualTo("LEAN_OPPOSE");
      assertThat(t2.intensity()).isEqualTo(0.8 * Game.COOLING, within(1e-9));
      assertThat(t2.assumptions()).extracting(AssumptionView::rule).contains(Game.ESCALATION_RULE);
      // the calm of turn 3 turns Alpha round: nothing carries across to the other side
      ReactionView t3 = alpha(game.next());
      assertThat(t3.direction()).isEqualTo("LEAN_SUPPORT");
      assertThat(t3.intensity()).isEqualTo(0.4, within(1e-9));
      assertThat(t3.assumptions())
          .extracting(AssumptionView::rule)
          .doesNotContain(Game.ESCALATION_RULE);
    }
  }

  @Test
  @DisplayName("fed as strongly as before, an actor's intensity is this turn's own")
  void fedStanceKeepsItsOwnIntensity() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      game.next();
      ReactionView t2 = alpha(game.next());
      assertThat(t2.intensity()).isEqualTo(0.8, within(1e-9));
      assertThat(t2.assumptions())
          .extracting(AssumptionView::rule)
          .doesNotContain(Game.ESCALATION_RULE);
    }
  }
}
