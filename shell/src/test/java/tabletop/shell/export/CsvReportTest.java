package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTest {

  private final String csv = new Exporters().render(Fixture.afterAction(), "csv");
  private final List<List<String>> rows = parse(csv);

  @Test
  void oneRowPerReactionAfterTheHeader() {
    assertThat(rows.get(0))
        .containsExactly(
            "turn",
            "actor",
            "move",
            "direction",
            "intensity",
            "eventType",
            "goldstein",
            "overridden",
            "reason",
            "sources",
            "likelihood");
    assertThat(rows).hasSize(1 + 6).allSatisfy(r -> assertThat(r).hasSize(11));
    assertThat(csv).endsWith("\r\n");
  }

  @Test
  void reactionRowCarriesDirectionInWordsAndTheCitedParagraphs() {
    assertThat(rows.get(3))
        .containsExactly(
            "1",
            "southeast-asian-host",
            "coe",
            "lean support",
            "40%",
            "SUPPORT",
            "+3.5",
            "false",
            "The host sees shared interests in cyber and maritime security.",
            "article#P12; article#P23",
            "");
  }

  @Test
  void aReasonWithoutAFullStopNeverRunsIntoTheNextSentence() {
    tabletop.engine.report.ReactionView r =
        new tabletop.engine.report.ReactionView(
            "china",
            "coe",
            "LEAN_OPPOSE",
            0.5,
            -0.5,
            "",
            "",
            0,
            List.of(),
            List.of(),
            List.of(),
            "China reads the move as a challenge",
            List.of(),
            "OPPOSE",
            "Beijing waits");
    AfterAction a =
        new AfterAction(
            "s",
            "t",
            "",
            1,
            "main",
            java.util.Map.of(),
            List.of(
                new tabletop.engine.report.TurnReport(
                    1, "One", List.of(), List.of(), List.of(r), List.of())),
            java.util.Map.of(),
            List.of(),
            List.of(),
            java.util.Map.of());
    assertThat(new Exporters().render(a, "csv"))
        .contains(
            "Reason: Beijing waits. The model's reason: China reads the move as a challenge.");
  }

  @Test
  void commaInAReasonIsQuoted() {
    assertThat(csv)
        .contains(",\"While Russia's war goes on, Japan welcomes closer cooperation with NATO.\",");
    assertThat(rows.get(2).get(8)).startsWith("While Russia's war goes on, Japan");
  }

  @Test
  void overriddenRowGivesTheTeamsReasonAndTheModelsView() {
    List<String> host = rows.get(6);

    assertThat(host.subList(0, 8))
        .containsExactly(
            "2", "southeast-asian-host", "coe", "neutral", "50%", "CONSULT", "+1.0", "true");
    assertThat(host.get(8))
        .isEqualTo(
            "Team decided neutral; the model said lean oppose. Reason: "
                + Fixture.OVERRIDE_REASON
                + " The model's reason: Beijing's answer makes the region's complication concern weigh"
                + " more.");
  }

  @Test
  void fieldQuotingFollowsRfc4180() {
    assertThat(CsvReport.field("plain")).isEqualTo("plain");
    assertThat(CsvReport.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvReport.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(CsvReport.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvReport.field(null)).isEmpty();
  }

  /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
  private static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).as("text after the last CRLF").isEmpty();
    return records;
  }
}
