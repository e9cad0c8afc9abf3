package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tabletop.shell.workshop.Prediction;
import tabletop.shell.workshop.Scoring;

/** Each score on the scores screen says what it was scored against. */
class ScoresAgainstViewTest {
  @Test
  void eachScoreSaysRecordOrModel() {
    Prediction onRecord = new Prediction("blue", 1, "china", "OPPOSE", 0.8);
    Prediction onModel = new Prediction("blue", 1, "united-states", "SUPPORT", 0.6);
    List<Scoring.Scored> scored =
        List.of(
            new Scoring.Scored(
                onRecord,
                "OPPOSE",
                true,
                0.03,
                new Scoring.Against("partners-attend", 2, "MFA press conference, 29 June 2022")),
            new Scoring.Scored(onModel, "NEUTRAL", false, 0.28));

    String screen = new Views(Display.plain()).scores(scored, List.of());

    assertThat(screen.replaceAll("\\s+", " "))
        .contains(
            "against the record (its reaction to partners-attend, the first move tabled that"
                + " turn): MFA press conference, 29 June 2022")
        .contains("against the model");
  }

  @Test
  void oneRecordedMoveIsNotNamed() {
    assertThat(Views.against(new Scoring.Against("aukus", 1, "MFA, 16 September 2021")))
        .isEqualTo("against the record: MFA, 16 September 2021");
  }
}
