package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportersTest {

  private final Exporters exporters = new Exporters();

  @Test
  void offersTheFourFormats() {
    assertThat(Exporters.formats()).containsExactly("md", "html", "json", "csv");
  }

  @ParameterizedTest
  @MethodSource("tabletop.shell.export.Exporters#formats")
  void sameRecordGivesTheSameBytes(String format) {
    // given two records read separately from the same file
    AfterAction first = Fixture.afterAction();
    AfterAction second = Fixture.afterAction();

    // when / then
    assertThat(exporters.render(first, format))
        .isNotBlank()
        .isEqualTo(exporters.render(second, format))
        .isEqualTo(exporters.render(first, format));
  }

  @ParameterizedTest
  @MethodSource("tabletop.shell.export.Exporters#formats")
  void everyFormatNamesEachActor(String format) {
    String out = exporters.render(Fixture.afterAction(), format);

    assertThat(out).contains(Fixture.ACTORS);
  }

  @Test
  void formatNameIgnoresCaseAndBlanks() {
    AfterAction a = Fixture.afterAction();

    assertThat(exporters.render(a, " HTML ")).isEqualTo(exporters.render(a, "html"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pdf", "markdown", "", "  "})
  void unknownFormatIsRefusedNamingTheAllowedOnes(String format) {
    assertThatThrownBy(() -> exporters.render(Fixture.afterAction(), format))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("md, html, json, csv");
  }

  @Test
  void nullFormatIsRefusedToo() {
    assertThatThrownBy(() -> exporters.render(Fixture.afterAction(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("md, html, json, csv");
  }

  @ParameterizedTest
  @MethodSource("tabletop.shell.export.Exporters#formats")
  void aSessionWithNothingPlayedStillExports(String format) {
    AfterAction empty =
        new AfterAction("empty", null, null, 7L, null, null, null, null, null, null, null);

    String out = exporters.render(empty, format);

    if (format.equals("csv")) {
      assertThat(out).isEqualTo(String.join(",", CsvReport.HEADER) + "\r\n");
    } else {
      assertThat(out).contains("empty");
    }
  }

  @Test
  void questionsAreOrderedByTurnWhateverTheMapGiven() {
    AfterAction a =
        new AfterAction(
            "s",
            "t",
            "",
            1L,
            "main",
            Map.of(),
            List.of(),
            Map.of(),
            List.of(),
            List.of(),
            Map.of(3, List.of("c"), 1, List.of("a"), 2, List.of("b")));

    assertThat(a.questions().keySet()).containsExactly(1, 2, 3);
  }
}
