package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.dto.ScenarioFile;

/** The published schema is sound, documented and in step with the loader; JSON files load too. */
class SchemaAndFormatsTest {
  private static final Path SCHEMA = Path.of("schema/scenario.schema.json");
  private static final Path LIBRARY = Path.of("library");

  @Test
  void schemaIsAValidDraft202012Schema() throws IOException {
    // given the published schema and the 2020-12 meta-schema
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    var meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));

    // when the schema is validated against it, then nothing is wrong
    assertThat(meta.validate(schema)).isEmpty();
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void everyFieldHasADescriptionForEditors() throws IOException {
    // given every property the schema declares
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    List<String> undocumented = new ArrayList<>();
    collect(schema, "#", undocumented);

    // then each carries a description an editor can show
    assertThat(undocumented).isEmpty();
  }

  private static void collect(JsonNode node, String at, List<String> undocumented) {
    if (node.has("properties")) {
      node.get("properties")
          .fields()
          .forEachRemaining(
              e -> {
                if (!e.getValue().has("description")) {
                  undocumented.add(at + "/properties/" + e.getKey());
                }
              });
    }
    node.fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isObject()) {
                collect(e.getValue(), at + "/" + e.getKey(), undocumented);
              }
            });
  }

  @Test
  void schemaFieldsAreTheFieldsTheLoaderReads() throws IOException {
    // given the schema's fields for each part of a scenario, and the loader's DTO records
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    Map<String, Class<?>> parts =
        Map.of(
            "actor", ScenarioFile.ActorDto.class,
            "knob", ScenarioFile.KnobDto.class,
            "effect", ScenarioFile.EffectDto.class,
            "turn", ScenarioFile.TurnDto.class,
            "inject", ScenarioFile.InjectDto.class,
            "move", ScenarioFile.MoveDto.class,
            "expectation", ScenarioFile.ExpectationDto.class);

    // then they name the same fields, so neither accepts what the other ignores
    assertThat(names(schema)).isEqualTo(fields(ScenarioFile.class));
    parts.forEach(
        (def, type) ->
            assertThat(names(schema.get("$defs").get(def))).as(def).isEqualTo(fields(type)));
  }

  private static TreeSet<String> names(JsonNode def) {
    TreeSet<String> out = new TreeSet<>();
    def.get("properties").fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static TreeSet<String> fields(Class<?> record) {
    TreeSet<String> out = new TreeSet<>();
    for (var c : record.getRecordComponents()) {
      JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
      out.add(renamed != null ? renamed.value() : c.getName());
    }
    return out;
  }

  @Test
  void everyLibraryFileNamesTheSchemaForEditors() throws IOException {
    try (var files = Files.list(LIBRARY)) {
      for (Path f : files.toList()) {
        assertThat(Files.readAllLines(f).get(0))
            .as(f.toString())
            .isEqualTo("# yaml-language-server: $schema=../schema/scenario.schema.json");
      }
    }
  }

  @Test
  void validatorFindsNoProblemInTheLibraryAndAllInAFolderOfBadFiles() {
    ScenarioValidator validator = new ScenarioValidator();
    assertThat(validator.validate(LIBRARY)).isEmpty();
    List<Problem> bad = validator.validate(Path.of("src/test/resources/malformed"));
    assertThat(bad.stream().map(Problem::file).distinct().count()).isGreaterThan(25);
    assertThat(validator.validate(Path.of("no/such/file.yaml")))
        .singleElement()
        .satisfies(p -> assertThat(p.format()).contains("no such file"));
  }

  @Test
  void loadsAScenarioWrittenInJson() throws Exception {
    Scenario s = new ScenarioLoader().load(Path.of("src/test/resources/valid/json-scenario.json"));
    assertThat(s.id()).isEqualTo("json-scenario");
    assertThat(s.turns().get(0).moves().get(0).features())
        .containsEntry("joins", List.of("japan", "australia"));
    assertThat(s.knobs().get(0).defaultValue()).isEqualTo("true");
  }
}
