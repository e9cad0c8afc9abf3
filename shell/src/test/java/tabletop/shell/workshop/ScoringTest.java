package tabletop.shell.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

class ScoringTest {

  @ParameterizedTest(name = "{0} at {1} when {2}: {3}")
  @CsvSource({
    "OPPOSE, 1.0, OPPOSE, 0.0",
    "OPPOSE, 1.0, SUPPORT, 1.0",
    "LEAN_OPPOSE, 1.0, OPPOSE, 0.0",
    "OPPOSE, 0.8, OPPOSE, 0.03",
    "OPPOSE, 0.2, OPPOSE, 0.48",
    "OPPOSE, 0.2, NEUTRAL, 0.28",
    "NEUTRAL, 0.3333333333333333, SUPPORT, 0.3333333333333333"
  })
  void brierOverThreeBucketsHalved(String predicted, double p, String actual, double expected) {
    // given a prediction, when scored against the actual direction, then the Brier score is
    Prediction prediction = new Prediction("x", 1, "china", predicted, p);
    assertThat(Scoring.brier(prediction, actual)).isCloseTo(expected, within(1e-9));
  }

  private static TurnReport turnOne(String chinaDirection) {
    ReactionView china =
        new ReactionView(
            "china",
            "coe",
            chinaDirection,
            1,
            -1,
            "",
            "",
            0,
            List.of(),
            List.of(),
            List.of(),
            "",
            List.of(),
            null,
            null);
    return new TurnReport(1, "One", List.of(), List.of("coe"), List.of(china), List.of());
  }

  @Test
  void aNewPredictionReplacesTheSamePredictorsOldOneAndSaysWhich() {
    Prediction first = new Prediction("blue", 1, "china", "SUPPORT", 0.6);
    Prediction other = new Prediction("red", 1, "china", "SUPPORT", 0.6);
    Prediction again = new Prediction("blue", 1, "china", "OPPOSE", 0.9);

    Prediction.Placed placed = Prediction.place(List.of(first, other), again);

    assertThat(placed.replaced()).contains(first);
    assertThat(placed.predictions()).containsExactly(again, other);
    // another turn or another actor is a new slot, not a replacement
    assertThat(
            Prediction.place(List.of(first), new Prediction("blue", 2, "china", "OPPOSE", 1))
                .replaced())
        .isEmpty();
  }

  @Test
  void onlyTheStandingPredictionIsScoredAndThePendingAreListed() {
    // given blue changed its mind before turn 1, and predicted turn 2 too
    List<Prediction> made =
        List.of(
            new Prediction("blue", 1, "china", "SUPPORT", 0.6),
            new Prediction("blue", 1, "china", "OPPOSE", 0.9),
            new Prediction("blue", 2, "china", "OPPOSE", 0.9));

    // when turn 1 is played with China opposing
    List<Scoring.Scored> scored = Scoring.score(made, List.of(turnOne("OPPOSE")));

    // then one prediction is scored, the standing one, and turn 2's is pending
    assertThat(scored).singleElement().satisfies(s -> assertThat(s.hit()).isTrue());
    assertThat(scored.get(0).prediction().direction()).isEqualTo("OPPOSE");
    assertThat(Scoring.pending(made, List.of(turnOne("OPPOSE")))).containsExactly(made.get(2));
  }
}
