package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private final AfterAction fixture = Fixture.afterAction();
  private final String json = new Exporters().render(fixture, "json");

  @Test
  void readsBackToTheSameRecord() throws Exception {
    assertThat(new ObjectMapper().readValue(json, AfterAction.class)).isEqualTo(fixture);
  }

  @Test
  void fieldsComeInRecordOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json);
    List<String> names = new ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);

    assertThat(names)
        .containsExactly(
            "scenarioId",
            "title",
            "briefing",
            "seed",
            "branch",
            "knobs",
            "turns",
            "outcome",
            "timeline",
            "scores",
            "questions",
            "actorNames",
            "predictions",
            "branches");
  }

  @Test
  void prettyPrintedWithUnixLineEnds() {
    assertThat(json)
        .startsWith("{\n  \"scenarioId\" : \"coe-southeast-asia\",\n")
        .doesNotContain("\r");
  }

  @Test
  void keepsTheOverrideAndTheNoteAsWritten() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode host = root.at("/turns/1/reactions/2");

    assertThat(host.get("actor").asText()).isEqualTo("southeast-asian-host");
    assertThat(host.get("modelDirection").asText()).isEqualTo("LEAN_OPPOSE");
    assertThat(host.get("overrideReason").asText()).isEqualTo(Fixture.OVERRIDE_REASON);
    assertThat(root.at("/timeline/5/text").asText()).startsWith(Fixture.NOTE_HEAD);
    assertThat(root.at("/scores/0/brier").asDouble()).isEqualTo(0.185);
  }
}
