package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private final String md = new Exporters().render(Fixture.afterAction(), "md");

  @Test
  void headerNamesScenarioSeedBranchAndKnobs() {
    assertThat(md)
        .contains("| Scenario | coe-southeast-asia |")
        .contains("| Seed | 42 |")
        .contains("| Branch | main |")
        .contains("| military-component | training |")
        .contains("| funding | joint |");
  }

  @Test
  void briefingKeepsItsParagraphs() {
    assertThat(md)
        .contains("### Briefing\n\nNATO has deepened its ties")
        .contains("New Zealand.\n\nA proposal is now on the table")
        .contains("supported jointly by NATO and the host state.");
  }

  @Test
  void eachTurnTellsItsMovesOutcomesAndReactionsWithIntensityInPercent() {
    assertThat(md)
        .contains("## Turn 1: The proposal is tabled")
        .contains("| coe | new | stalled | The host has not yet agreed. |")
        .contains("| coe | in play | stalled | The host consults before deciding. |")
        .contains("| Actor | Move | Reaction | Likelihood | Intensity | Main reason |")
        .contains("| japan | coe | support |  | 80% | While Russia's war goes on");
  }

  @Test
  void aTeamDecisionCarriesTheTeamsReasonAsTheMainReason() {
    assertThat(md)
        .contains(
            "| southeast-asian-host | coe | neutral (team) |  | 50% | Team: "
                + Fixture.OVERRIDE_REASON
                + " |")
        .contains("the team decided neutral. Team's reason: " + Fixture.OVERRIDE_REASON)
        .contains("The model said lean oppose: Beijing's answer");
  }

  @Test
  void questionsFollowTheirTurnAndPredictionsScore() {
    assertThat(md)
        .contains(
            "### For discussion\n\n1. What does the host need to hear before it says yes?\n2. ")
        .contains("1. Does China's answer change the host's arithmetic?")
        .contains("| Team Blue | 4 | 3 | 75% | 0.185 |");
    // questions of turn 1 come before turn 2's heading
    assertThat(md.indexOf("What does the host need")).isLessThan(md.indexOf("## Turn 2"));
  }

  @Test
  void theImprovementPlanIsSeededFromNotesAndTeamDecisions() {
    assertThat(md)
        .contains("## Improvement plan")
        .contains("| When | From | Observation | Corrective action | Owner | Due date |")
        .contains("| Turn 2 | Note | Room asked whether")
        .contains(
            "| Turn 2 | Team decision | southeast-asian-host on coe: neutral where the model said"
                + " lean oppose.");
  }

  @Test
  void theTimelineRunsInTurnOrderThoughTypedOutOfOrder() {
    // given a timeline typed "turn 2, turn 1, turn 2" (a live inject logged before a late note)
    AfterAction f = Fixture.afterAction();
    AfterAction a =
        new AfterAction(
            f.scenarioId(),
            f.title(),
            f.briefing(),
            f.seed(),
            f.branch(),
            f.knobs(),
            f.turns(),
            f.outcome(),
            List.of(
                new TimelineEntry(2, "inject", "second"),
                new TimelineEntry(1, "note", "first"),
                new TimelineEntry(2, "note", "third")),
            f.scores(),
            f.questions());
    String out = new Exporters().render(a, "md");
    List<String> turns =
        Arrays.stream(
                out.substring(out.indexOf("## Timeline"), out.indexOf("## Predictions"))
                    .split("\n"))
            .filter(l -> l.startsWith("| Setup") || l.startsWith("| Turn "))
            .filter(l -> !l.contains("| Kind |"))
            .takeWhile(l -> !l.contains("Team Blue"))
            .map(l -> l.split("\\|")[1].strip())
            .toList();
    assertThat(turns).containsExactly("Turn 1", "Turn 2", "Turn 2");
    assertThat(out.indexOf("| second |")).isLessThan(out.indexOf("| third |"));
  }

  @Test
  void noteWithHtmlPipesAndLineBreaksIsEscapedInTheTimeline() {
    assertThat(md)
        .doesNotContain("<script>")
        .contains(
            "| Turn 2 | note | Room asked whether \\<script\\>alert('x')\\</script\\> \\&"
                + " \"quotes\" \\| pipes<br>break the report |");
  }

  @Test
  void everyTableRowHasAsManyCellsAsItsHeader() {
    List<String> lines = Arrays.asList(md.split("\n"));
    int columns = -1;
    for (String line : lines) {
      if (!line.startsWith("|")) {
        columns = -1;
        continue;
      }
      int cells = line.replace("\\|", "").split("\\|", -1).length - 2;
      if (columns < 0) {
        columns = cells;
      }
      assertThat(cells).as(line).isEqualTo(columns);
    }
  }

  @Test
  void escapeLeavesPlainWordsAloneAndBackslashesPunctuation() {
    assertThat(MarkdownReport.escape("plain words")).isEqualTo("plain words");
    assertThat(MarkdownReport.escape("a|b*c_<d>&")).isEqualTo("a\\|b\\*c\\_\\<d\\>\\&");
    assertThat(MarkdownReport.inline("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(MarkdownReport.inline("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(MarkdownReport.cell("one\r\ntwo")).isEqualTo("one<br>two");
  }
}
