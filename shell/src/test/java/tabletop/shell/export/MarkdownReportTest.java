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
        .startsWith("# After-action report: A NATO Centre of Excellence in Southeast Asia\n")
        .contains("| Scenario id | coe-southeast-asia |")
        .contains("| Seed | 42 |")
        .contains("| Branch | main |")
        .contains("| military-component | training |")
        .contains("| funding | joint |");
  }

  @Test
  void briefingKeepsItsParagraphs() {
    assertThat(md)
        .contains("## Briefing\n\nNATO has deepened its ties")
        .contains("New Zealand.\n\nA proposal is now on the table")
        .contains("supported jointly by NATO and the host state.");
  }

  @Test
  void reactionsShowDirectionInWordsEventReasonRulesAndSources() {
    assertThat(md)
        .contains(
            "| china | coe | oppose | 0.90 | PROTEST · CAMEO 14 · Goldstein -6.5 | China reads NATO's"
                + " reach into Asia")
        .contains("| japan | coe | support | 0.80 | AGREE · CAMEO 03 · Goldstein +4.0 |")
        .contains("| southeast-asian-host | coe | lean support |")
        .contains("China - NATO legitimacy - NATO reaches into Asia | article#P14 |");
  }

  @Test
  void overrideShowsTeamDecisionModelDirectionAndReason() {
    assertThat(md)
        .contains("| southeast-asian-host | coe | neutral (team; model: lean oppose) | 0.50 |")
        .contains("**Team decisions (the model overridden)**")
        .contains(
            "- southeast-asian-host on coe: Team decided neutral; the model said lean oppose."
                + " Reason: "
                + Fixture.OVERRIDE_REASON);
  }

  @Test
  void assumptionsStandApartWithTheirConfidence() {
    assertThat(md)
        .contains("**Assumptions (not from the article)**")
        .contains(
            "- southeast-asian-host: The host values cyber and maritime help more than it fears"
                + " Beijing's displeasure. (Host - shared interests - cyber and maritime scope;"
                + " confidence 60%)");
  }

  @Test
  void outcomePredictionsAndQuestions() {
    assertThat(md)
        .contains("## Outcome per move\n\n| Move | Status | By | Reason | Rules | Sources |")
        .contains("| coe | stalled | southeast-asian-host | The host consults before deciding. |")
        .contains("| Team Blue | 4 | 3 | 75% | 0.185 |")
        .contains("### Turn 1\n\n1. What does the host need to hear before it says yes?\n2. ")
        .contains("### Turn 2\n\n1. Does China's answer change the host's arithmetic?");
  }

  @Test
  void endsWithTheImprovementPlanSkeleton() {
    assertThat(md)
        .contains("## After-action review and improvement plan")
        .contains("### Strengths")
        .contains("### Areas for improvement")
        .contains("### Recommendations")
        .contains("| Issue / observation | Corrective action | Owner | Due date |")
        .endsWith("| | | | |\n\n");
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
