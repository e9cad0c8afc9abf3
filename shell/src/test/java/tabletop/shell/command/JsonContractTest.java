package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import tabletop.shell.Fixtures;
import tabletop.shell.render.Display;
import tabletop.shell.workshop.Workshop;

/** The JSON of {@code run --format json} is a contract with scripts: its keys must not drift. */
class JsonContractTest {
  private final ObjectMapper json = Fixtures.json();

  @Test
  void runAsJsonHasTheContractKeys() throws Exception {
    // given the run command over the default scenario
    Workshop w = Fixtures.workshop();
    RunCommands run =
        new RunCommands(w, Fixtures.library(), Fixtures.ENGINE, Display.plain(), json);

    // when it runs with a knob and a seed as JSON
    String out = run.run(null, new String[] {"military-component=training"}, 7, "json");

    // then the top level and every reaction carry the contract's keys
    JsonNode root = json.readTree(out);
    assertThat(iterable(root.fieldNames()))
        .containsExactly("scenario", "seed", "knobs", "turns", "outcome");
    assertThat(root.get("scenario").asText()).isEqualTo("coe-southeast-asia");
    assertThat(root.get("seed").asLong()).isEqualTo(7);
    assertThat(root.get("knobs").get("military-component").asText()).isEqualTo("training");
    JsonNode turn = root.get("turns").get(0);
    assertThat(turn.get("turn").asInt()).isEqualTo(1);
    JsonNode reaction = turn.get("reactions").get(0);
    assertThat(iterable(reaction.fieldNames()))
        .contains(
            "actor",
            "direction",
            "intensity",
            "eventType",
            "rules",
            "sources",
            "assumptions",
            "because");
    assertThat(reaction.get("sources").get(0).asText()).startsWith("article#P");
    assertThat(reaction.get("because").get(0).has("depth")).isTrue();
    assertThat(root.get("outcome").get("coe").has("status")).isTrue();
    w.close();
  }

  @Test
  void coverageAsJsonMapsEveryParagraphToRuleNames() throws Exception {
    // given the sources command
    SourceCommands sources =
        new SourceCommands(
            new tabletop.shell.workshop.Article(), Fixtures.ENGINE, Display.plain(), json);

    // when coverage is asked for as JSON
    JsonNode root = json.readTree(sources.coverage("json"));

    // then the keys are P1 to P24 in order, each a list of rule names
    assertThat(iterable(root.fieldNames()))
        .startsWith("P1", "P2", "P3")
        .hasSize(24)
        .endsWith("P24");
    assertThat(root.get("P14").isArray()).isTrue();
    assertThat(root.get("P14").toString())
        .contains("China - contests NATO's legitimacy - rhetorical attack on the Alliance");
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
