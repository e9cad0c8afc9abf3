package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

class PendingAndWordsTest {

  /** The fixture after a rewind: a prediction for turn 3 stands, nothing is scored. */
  private static AfterAction rewound() {
    AfterAction a = Fixture.afterAction();
    List<TimelineEntry> timeline = new ArrayList<>(a.timeline());
    timeline.add(new TimelineEntry(3, "prediction", "Team Red: japan support (0.7)"));
    return new AfterAction(
        a.scenarioId(),
        a.title(),
        a.briefing(),
        a.seed(),
        a.branch(),
        a.knobs(),
        a.turns(),
        Map.of(
            "coe",
            new OutcomeView("coe", "GOES_AHEAD", "host", "agreed", List.of(), List.of("P24"))),
        timeline,
        List.of(),
        a.questions());
  }

  @Test
  void pendingPredictionsAreListedNotDenied() {
    String md = new Exporters().render(rewound(), "md");
    assertThat(md)
        .doesNotContain("No predictions were made")
        .contains("### Pending")
        .contains("- Turn 3: Team Red: japan support (0.7)");
    String html = new Exporters().render(rewound(), "html");
    assertThat(html)
        .doesNotContain("No predictions were made")
        .contains("<h3>Pending</h3>")
        .contains("<li>Turn 3: Team Red: japan support (0.7)</li>");
    // a played turn's prediction is not pending
    assertThat(Words.pendingPredictions(Fixture.afterAction())).isEmpty();
  }

  @Test
  void outcomeStatusesReadAsWords() {
    assertThat(new Exporters().render(rewound(), "md")).contains("| coe | goes ahead |");
    assertThat(new Exporters().render(rewound(), "html"))
        .contains("<td>coe</td><td>goes ahead</td>")
        .doesNotContain("GOES_AHEAD</strong>");
  }

  @Test
  void csvEndsWithTheLikelihood() {
    AfterAction a = Fixture.afterAction();
    ReactionView r =
        new ReactionView(
            "china",
            "coe",
            "OPPOSE",
            1.0,
            -1.0,
            "PROTEST",
            "",
            -2.0,
            List.of(),
            List.of("article#P14"),
            List.of(),
            "China objects.",
            List.of(),
            null,
            null,
            0.92,
            Map.of("OPPOSE", 0.92));
    AfterAction one =
        new AfterAction(
            a.scenarioId(),
            a.title(),
            a.briefing(),
            a.seed(),
            a.branch(),
            a.knobs(),
            List.of(new TurnReport(1, "One", List.of(), List.of("coe"), List.of(r), List.of())),
            Map.of(),
            List.of(),
            List.of(),
            Map.of());
    String csv = new Exporters().render(one, "csv");
    assertThat(csv.split("\r\n")[0]).endsWith(",sources,likelihood");
    assertThat(csv.split("\r\n")[1]).endsWith(",article#P14,92%");
  }

  @Test
  void chartsKeepAReadableSizeOnWideScreens() {
    assertThat(new Exporters().render(Fixture.afterAction(), "html"))
        .contains("figure.chart svg { width: 100%; max-width: 640px;");
  }
}
