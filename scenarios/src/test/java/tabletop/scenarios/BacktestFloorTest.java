package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.backtest.Backtest;

/**
 * The build's guard against regression: the model, with the committed uncertainty parameters
 * ({@link Uncertainty#fitted()}), scored on the case library must stay above a floor and must beat
 * the base rate (each actor's recorded directions in the other cases). The floor is not the target:
 * the 85% / 0.15 targets are reported by {@code backtest} and {@code calibrate}, never gated.
 */
class BacktestFloorTest {
  /**
   * The lowest accuracy of the most likely direction, three buckets (support / neutral / oppose),
   * the build accepts. Set from the figures reached: a little under what the committed parameters
   * give on scenarios/cases, so that a change to the knowledge base or the uncertainty model that
   * loses ground fails the build. Raise it when the figures rise; never lower it to pass. With the
   * parameters committed on 2026-12-07 the library gives 0.837 (123 reactions; 0.829 before an
   * actor that takes part in another's move backed it; 0.724 on 2026-11-28, before the knowledge
   * base learnt the United States' treaty alliances, armed action on a state's own soil and forces
   * sent to fight for Russia, that another power's forces are not NATO's military expansion, who
   * condemns Russia's war beside NATO, Japan and Ukraine, and that a move aimed against someone
   * serves no one else's stake in its scope or the Korean Peninsula, and that NATO and its allies
   * were wary of support for Russia's war before the Vilnius communiqué).
   */
  static final double FLOOR_ACCURACY = 0.82;

  /**
   * The highest three-bucket Brier score (squared errors summed over the buckets and halved, mean
   * over the recorded reactions; 0 perfect, 1 worst, a uniform guess 0.33) the build accepts. Set
   * from the figures reached, a little above what the committed parameters give (0.146 on
   * 2026-12-07, 0.151 before taking part backed a move, 0.188 on 2026-11-28; the base rate gives
   * 0.307).
   */
  static final double FLOOR_BRIER = 0.155;

  /** The seed of the trials; the figures depend on it only in the third decimal. */
  static final long SEED = 1;

  private static Backtest.Result result;

  @BeforeAll
  static void backtest() throws Exception {
    List<Backtest.Case> cases = Backtest.load(Engine.fromClasspath(), Path.of("cases"));
    result = Backtest.run(cases, Uncertainty.fitted(), SEED, Backtest.TRIALS);
  }

  @Test
  void theLibraryIsScoredAlmostWhole() {
    // a floor reached by scoring only the easy records would mean nothing
    assertThat(result.model().n()).isGreaterThanOrEqualTo(80);
    assertThat(result.unscored().size()).isLessThanOrEqualTo(result.scored().size() / 10);
  }

  @Test
  void accuracyOfTheMostLikelyDirectionStaysAboveTheFloor() {
    assertThat(result.model().accuracy3())
        .as("accuracy (3 buckets) on %d recorded reactions", result.model().n())
        .isGreaterThanOrEqualTo(FLOOR_ACCURACY);
  }

  @Test
  void brierScoreStaysUnderTheFloor() {
    assertThat(result.model().brier3())
        .as("Brier score (3 buckets) on %d recorded reactions", result.model().n())
        .isLessThanOrEqualTo(FLOOR_BRIER);
  }

  @Test
  void theModelBeatsTheBaseRate() {
    assertThat(result.model().brier3())
        .as("the model's Brier score against the base rate's %.3f", result.baseRate().brier3())
        .isLessThan(result.baseRate().brier3());
  }
}
