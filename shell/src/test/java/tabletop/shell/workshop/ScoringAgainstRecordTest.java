package tabletop.shell.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Recorded;
import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * In a historical case, predictions are scored against the record where it holds the actor's
 * reaction that turn, otherwise against the model; each score says which.
 */
class ScoringAgainstRecordTest {
  /** Madrid 2022: China is recorded on both moves of turn 1, the United States on none. */
  private static Scenario madrid() throws Exception {
    return new ScenarioLoader().load(Path.of("../scenarios/cases/madrid-summit-2022.yaml"));
  }

  private static ReactionView reaction(String actor, String move, String direction) {
    return new ReactionView(
        actor, move, direction, 1, -1, "", "", 0, List.of(), List.of(), List.of(), "", List.of(),
        null, null);
  }

  /** The model's turn 1: China supports (against the record), the United States is neutral. */
  private static List<TurnReport> modelSays() {
    return List.of(
        new TurnReport(
            1,
            "One",
            List.of(),
            List.of("partners-attend", "strategic-concept"),
            List.of(
                reaction("china", "strategic-concept", "SUPPORT"),
                reaction("united-states", "strategic-concept", "NEUTRAL")),
            List.of()));
  }

  @Test
  void aRecordedActorIsScoredAgainstTheRecordOfTheMoveTabledFirst() throws Exception {
    Scenario s = madrid();
    Prediction china = new Prediction("blue", 1, "china", "OPPOSE", 0.8);

    List<Scoring.Scored> scored = Scoring.score(List.of(china), modelSays(), s);

    // the record says oppose, though the model said support
    assertThat(scored).hasSize(1);
    Scoring.Scored x = scored.get(0);
    assertThat(x.actual()).isEqualTo("OPPOSE");
    assertThat(x.hit()).isTrue();
    assertThat(x.brier()).isCloseTo(0.03, within(1e-9));
    // two moves recorded that turn: the first tabled, partners-attend, is the one used
    Recorded first =
        s.record().stream()
            .filter(r -> r.actor().equals("china") && r.move().equals("partners-attend"))
            .findFirst()
            .orElseThrow();
    assertThat(x.against().isRecord()).isTrue();
    assertThat(x.against().move()).isEqualTo("partners-attend");
    assertThat(x.against().movesRecorded()).isEqualTo(2);
    assertThat(x.against().source()).isEqualTo(first.source());
  }

  @Test
  void anActorTheRecordDoesNotHoldIsScoredAgainstTheModel() throws Exception {
    Prediction us = new Prediction("blue", 1, "united-states", "SUPPORT", 0.6);
    List<Scoring.Scored> scored = Scoring.score(List.of(us), modelSays(), madrid());
    assertThat(scored).hasSize(1);
    assertThat(scored.get(0).actual()).isEqualTo("NEUTRAL");
    assertThat(scored.get(0).against()).isEqualTo(Scoring.Against.MODEL);
  }

  @Test
  void withoutACaseEveryPredictionIsScoredAgainstTheModel() {
    Prediction china = new Prediction("blue", 1, "china", "OPPOSE", 0.8);
    List<Scoring.Scored> scored = Scoring.score(List.of(china), modelSays(), null);
    assertThat(scored.get(0).actual()).isEqualTo("SUPPORT");
    assertThat(scored.get(0).hit()).isFalse();
    assertThat(scored.get(0).against().isRecord()).isFalse();
  }

  @Test
  void aTurnNotPlayedIsNotScoredEvenWhenTheRecordKnowsIt() throws Exception {
    Prediction china = new Prediction("blue", 1, "china", "OPPOSE", 0.8);
    assertThat(Scoring.score(List.of(china), List.of(), madrid())).isEmpty();
  }
}
