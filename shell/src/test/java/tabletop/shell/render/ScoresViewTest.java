package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tabletop.shell.workshop.Prediction;
import tabletop.shell.workshop.Scoring;

class ScoresViewTest {
  private static final Names NAMES =
      new Names(Map.of("china", "China", "japan", "Japan"), Map.of(), Map.of());
  private static final Views VIEWS = new Views(new Display(false, () -> 100), NAMES);

  @Test
  void scoresListThePendingAndEachScoredPredictionPerPredictor() {
    Prediction hit = new Prediction("blue", 1, "china", "OPPOSE", 0.8);
    Prediction miss = new Prediction("blue", 1, "japan", "SUPPORT", 0.7);
    Prediction later = new Prediction("red", 2, "japan", "NEUTRAL", 0.5);
    List<Scoring.Scored> scored =
        List.of(
            new Scoring.Scored(hit, "OPPOSE", true, 0.03),
            new Scoring.Scored(miss, "LEAN_OPPOSE", false, 0.67));

    String out = VIEWS.scores(scored, List.of(later));

    assertThat(out)
        .contains("Waiting for their turn")
        .contains("red: Japan neutral in turn 2 (50% sure)");
    assertThat(out)
        .contains("blue: 1 of 2 predictions on the right side, Brier 0.350 (0 best, 1 worst)");
    assertThat(out).containsPattern("China +oppose \\(80%\\) +oppose +hit +0\\.030");
    assertThat(out).containsPattern("Japan +support \\(70%\\) +lean oppose +miss +0\\.670");
  }

  @Test
  void pendingPredictionsShowEvenBeforeAnyIsScored() {
    String out = VIEWS.scores(List.of(), List.of(new Prediction("red", 1, "china", "OPPOSE", 1)));
    assertThat(out)
        .contains("red: China oppose in turn 1 (100% sure)")
        .contains("No prediction is scored yet");
  }

  @Test
  void aReplacedPredictionIsNamedInTheConfirmation() {
    Prediction old = new Prediction("blue", 1, "china", "SUPPORT", 0.6);
    Prediction now = new Prediction("blue", 1, "china", "OPPOSE", 0.9);
    assertThat(VIEWS.predicted(now, Optional.of(old)).replace("\n", " "))
        .contains("It replaces blue's earlier prediction, support (60% sure)");
    assertThat(VIEWS.predicted(now, Optional.empty())).doesNotContain("replaces");
  }
}
