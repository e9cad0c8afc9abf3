package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tabletop.engine.model.Vocabulary;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * The author's guide lists the vocabulary exactly as the engine defines it. The tables between the
 * markers are generated from {@link Vocabulary}; when they drift this test fails, and running it
 * with {@code -Dreadme.update=true} rewrites them.
 */
class ReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final String BEGIN =
      "<!-- vocabulary:begin - generated from tabletop.engine.model.Vocabulary by ReadmeTest;"
          + " do not edit by hand -->";
  private static final String END = "<!-- vocabulary:end -->";

  @Test
  void vocabularyTablesMatchTheEngine() throws IOException {
    // given the README and the tables generated from the engine's vocabulary
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin).as("README has the marker %s", BEGIN).isNotNegative();
    assertThat(end).as("README has the marker %s", END).isGreaterThan(begin);
    String current = readme.substring(begin + BEGIN.length(), end);
    String generated = "\n" + tables();

    // when asked to, bring the README up to date
    if (Boolean.getBoolean("readme.update") && !current.equals(generated)) {
      Files.writeString(
          README,
          readme.substring(0, begin + BEGIN.length()) + generated + readme.substring(end),
          StandardCharsets.UTF_8);
      return;
    }

    // then the README's tables are the generated ones
    assertThat(current)
        .as(
            "scenarios/README.md's vocabulary differs from Vocabulary; run ./mvnw -pl scenarios"
                + " test -Dtest=ReadmeTest -Dreadme.update=true and commit the README")
        .isEqualTo(generated);
  }

  @Test
  void workedExampleLoadsWithoutProblems() throws IOException {
    // given the worked example, the README's first YAML block
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("```yaml", readme.indexOf("### A worked example"));
    assertThat(readme).as("README has a worked example").contains("### A worked example");
    start = readme.indexOf('\n', start) + 1;
    String example = readme.substring(start, readme.indexOf("```", start));

    // when it is checked, then it has no problems
    assertThat(new ScenarioLoader().problems("coe-coastal-host.yaml", example)).isEmpty();
  }

  static String tables() {
    StringBuilder b = new StringBuilder();
    b.append("#### Built-in actors\n\n");
    b.append(
        String.join(
            ", ", ScenarioLoader.BUILT_IN_ACTORS.stream().map(a -> "`" + a + "`").toList()));
    b.append("\n\n#### World facts (`world`, `assert`, `retract`, knob `sets: [{world: …}]`)\n\n");
    table(b, "fact", "meaning", Vocabulary.WORLD_FACTS);
    b.append(
        "\n#### Concern and interest types (actors' `concerns`, `interests`, `positions`)\n\n");
    table(b, "type", "meaning", Vocabulary.TYPES);
    b.append("\n#### Move kinds (`kind`)\n\n");
    table(b, "kind", "meaning", Vocabulary.MOVE_KINDS);
    b.append("\n#### Move features (`features`, knob `sets: [{move: …, feature: …}]`)\n\n");
    Map<String, String> features = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : Vocabulary.FEATURES.entrySet()) {
      features.put(
          e.getKey(),
          e.getValue().isEmpty()
              ? (Vocabulary.ROLES.contains(e.getKey())
                  ? "an actor id (built-in or defined under `actors`)"
                  : "any value")
              : String.join(
                  ", ", new TreeSet<>(e.getValue()).stream().map(v -> "`" + v + "`").toList()));
    }
    table(b, "feature", "values", features);
    return b.toString();
  }

  private static void table(StringBuilder b, String key, String value, Map<String, String> rows) {
    b.append("| ").append(key).append(" | ").append(value).append(" |\n|---|---|\n");
    rows.forEach(
        (k, v) ->
            b.append("| `").append(k).append("` | ").append(v.replace("|", "\\|")).append(" |\n"));
  }
}
