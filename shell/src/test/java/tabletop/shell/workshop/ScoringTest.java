package tabletop.shell.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

  @ParameterizedTest(name = "{0} at {1} when {2}: {3}")
  @CsvSource({
    "OPPOSE, 1.0, OPPOSE, 0.0",
    "OPPOSE, 1.0, SUPPORT, 2.0",
    "OPPOSE, 0.8, OPPOSE, 0.05",
    "OPPOSE, 0.2, OPPOSE, 0.8",
    "OPPOSE, 0.2, NEUTRAL, 0.8"
  })
  void multiClassBrierOverTheFiveDirections(
      String predicted, double p, String actual, double expected) {
    // given a prediction, when scored against the actual direction, then the Brier score is
    Prediction prediction = new Prediction("x", 1, "china", predicted, p);
    assertThat(Scoring.brier(prediction, actual)).isCloseTo(expected, within(1e-9));
  }
}
