package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import tabletop.engine.model.Vocabulary;

/**
 * Whatever a scenario file holds, the loader answers with problems located in the file, never with
 * an exception or a parser's internals: arbitrary text read as YAML and as JSON, arbitrary bytes
 * read from disk, token soups of YAML and JSON syntax, trees of maps, lists and awkward values, and
 * library scenarios with parts replaced, removed or added. A file with no problem loads.
 *
 * <p>Every problem names the file, has a line and a column from 1, is one line with no control
 * character, says what to do after a {@code ;}, and carries none of the parsers' own vocabulary.
 */
class ScenarioInputPropertyTest {
  private static final ScenarioLoader LOADER = new ScenarioLoader();
  private static final Path LIBRARY = Path.of("library");
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Text that would show a parser or a crash leaking through to the author. */
  static final List<String> LEAKS =
      List.of(
          "Exception",
          "\tat ",
          "com.fasterxml",
          "org.yaml",
          "snakeyaml",
          "[Source",
          "REDACTED",
          "ReadFeature",
          "Feature '",
          "StreamReadConstraints",
          "cannot read the file:",
          "cannot read the scenario",
          "internal error",
          "null pointer");

  // ---- properties -------------------------------------------------------------------------------

  @Property(tries = 1000)
  void anyTextReadAsYamlGivesOnlyLocatedProblems(@ForAll("anyText") String text) {
    check("any.yaml", text);
  }

  @Property(tries = 1000)
  void anyTextReadAsJsonGivesOnlyLocatedProblems(@ForAll("anyText") String text) {
    check("any.json", text);
  }

  @Property(tries = 1000)
  void yamlTokenSoupGivesOnlyLocatedProblems(@ForAll("yamlSoup") String text) {
    check("soup.yaml", text);
  }

  @Property(tries = 1000)
  void jsonTokenSoupGivesOnlyLocatedProblems(@ForAll("jsonSoup") String text) {
    check("soup.json", text);
  }

  @Property(tries = 500)
  void anyBytesOnDiskGiveOnlyLocatedProblems(@ForAll @Size(max = 300) byte[] bytes)
      throws IOException {
    Path file = Files.createTempFile("fuzz", ".yaml");
    try {
      Files.write(file, bytes);
      List<Problem> problems = LOADER.problems(file);
      assertLocated(file.toString(), problems);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 500)
  void treesOfAwkwardValuesGiveOnlyLocatedProblems(
      @ForAll("trees") JsonNode tree, @ForAll boolean json) throws IOException {
    String text = json ? JSON.writeValueAsString(tree) : YAML.writeValueAsString(tree);
    check(json ? "tree.json" : "tree.yaml", text);
  }

  @Property(tries = 700)
  void libraryScenariosWithPartsChangedGiveOnlyLocatedProblems(
      @ForAll("mutatedLibraryTrees") Tuple.Tuple2<String, JsonNode> mutated, @ForAll boolean json)
      throws IOException {
    String text =
        json ? JSON.writeValueAsString(mutated.get2()) : YAML.writeValueAsString(mutated.get2());
    check(mutated.get1() + (json ? ".json" : ".yaml"), text);
  }

  @Property(tries = 700)
  void libraryFilesWithTextEditedGiveOnlyLocatedProblems(
      @ForAll("editedLibraryTexts") Tuple.Tuple2<String, String> edited) {
    check(edited.get1(), edited.get2());
  }

  // ---- the check --------------------------------------------------------------------------------

  /** Loads the text: only located problems, and when there are none, the scenario loads. */
  static void check(String name, String text) {
    List<Problem> problems = new ArrayList<>();
    assertThatCode(() -> problems.addAll(LOADER.problems(name, text)))
        .as("problems() of %s", name)
        .doesNotThrowAnyException();
    assertLocated(name, problems);
    if (problems.isEmpty()) {
      assertThatCode(() -> LOADER.parse(name, text))
          .as("a file without problems loads")
          .doesNotThrowAnyException();
    }
  }

  static void assertLocated(String name, List<Problem> problems) {
    for (Problem p : problems) {
      assertThat(p.file()).isEqualTo(Text.neutraliseLine(name));
      assertThat(p.line()).as("line of %s", p.format()).isPositive();
      assertThat(p.column()).as("column of %s", p.format()).isPositive();
      assertThat(p.message()).as("a hint in %s", p.format()).contains("; ");
      assertThat(Text.hasControlCharacters(p.format())).as("control in %s", p.format()).isFalse();
      assertThat(p.message()).doesNotContain(LEAKS.toArray(String[]::new));
    }
  }

  // ---- arbitraries ------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().ascii().ofMaxLength(300),
        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(300));
  }

  /** Pieces of YAML: keys of the schema, indicators, awkward scalars, indentation and breaks. */
  static final List<String> YAML_TOKENS =
      List.of(
          "id: ",
          "title: ",
          "turns:",
          "- turn: ",
          "turn: ",
          "moves:",
          "- id: ",
          "actor: ",
          "kind: ",
          "knobs:",
          "- name: ",
          "type: ",
          "default: ",
          "min: ",
          "max: ",
          "values: ",
          "sets:",
          "world: ",
          "move: ",
          "feature: ",
          "expectations:",
          "direction: ",
          "outcome: ",
          "sources: ",
          "features: ",
          "region: ",
          "concerns: ",
          "actors:",
          "injects:",
          "assert: ",
          "\n",
          "\n",
          "\n",
          "  ",
          "  ",
          "    ",
          "- ",
          ": ",
          "[",
          "]",
          "{",
          "}",
          ", ",
          "'",
          "\"",
          "#",
          "&a ",
          "*a",
          "!!str ",
          "!!python/object:x ",
          "!local ",
          "? ",
          "---\n",
          "...\n",
          "|\n",
          ">-\n",
          "<<: ",
          "%YAML 1.2\n",
          "1e999",
          "-1e999",
          ".inf",
          "-.inf",
          ".nan",
          "NaN",
          "Infinity",
          "~",
          "null",
          "true",
          "yes",
          "0x10",
          "0o17",
          "12:30",
          "2027-01-01",
          "99999999999999999999",
          "1_000",
          "0.5",
          "1",
          "2",
          "3",
          "-1",
          "\t",
          "\r\n",
          "\r",
          "\uFEFF",
          "\\e",
          "\\u001b",
          "\"\\e[2J\"",
          "\"\\uD800\"",
          "\u0085",
          "\u2028",
          "é",
          "👩‍💻",
          "japan",
          "china",
          "nato",
          "statement",
          "cyber",
          "article#P24",
          "article#P99",
          "file:///etc/passwd",
          "SUPPORT",
          "GOES_AHEAD",
          "number",
          "choice",
          "set",
          "boolean");

  static final List<String> JSON_TOKENS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          "\"id\"",
          "\"title\"",
          "\"turns\"",
          "\"turn\"",
          "\"moves\"",
          "\"actor\"",
          "\"kind\"",
          "\"knobs\"",
          "\"type\"",
          "\"default\"",
          "\"sources\"",
          "\"direction\"",
          "\"x\"",
          "\"japan\"",
          "\"statement\"",
          "\"number\"",
          "1",
          "2",
          "0",
          "-1",
          "1e999",
          "-1e400",
          "NaN",
          "Infinity",
          "-Infinity",
          "+1",
          "01",
          "1.",
          "true",
          "false",
          "null",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"\\e\"",
          "\"\\q\"",
          "'x'",
          "// c\n",
          "/* c */",
          " ",
          "\n",
          "\t",
          "\r\n",
          "\uFEFF",
          "\"",
          "\\",
          "\u0001",
          "99999999999999999999999999",
          "0.5",
          "é",
          "\"\u2028\"");

  @Provide
  Arbitrary<String> yamlSoup() {
    return soup(YAML_TOKENS);
  }

  @Provide
  Arbitrary<String> jsonSoup() {
    return soup(JSON_TOKENS);
  }

  private static Arbitrary<String> soup(List<String> tokens) {
    Arbitrary<String> token =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of(tokens)),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(4)));
    return token.list().ofMaxSize(80).map(l -> String.join("", l));
  }

  /** Keys a scenario has, and a few it does not. */
  static final List<String> KEYS =
      List.of(
          "id",
          "title",
          "summary",
          "briefing",
          "sources",
          "world",
          "actors",
          "knobs",
          "turns",
          "expectations",
          "name",
          "memberships",
          "concerns",
          "interests",
          "positions",
          "type",
          "default",
          "values",
          "min",
          "max",
          "description",
          "sets",
          "move",
          "feature",
          "turn",
          "injects",
          "moves",
          "questions",
          "assert",
          "retract",
          "actor",
          "kind",
          "features",
          "expectedOutcome",
          "direction",
          "outcome",
          "because",
          "$schema",
          "region",
          "scope",
          "host",
          "joins",
          "target",
          "cyber",
          "sovereignty",
          "titel",
          "",
          "~",
          "a/b",
          "x~1");

  private static Arbitrary<Object> leafValue() {
    List<String> words = new ArrayList<>();
    words.addAll(Vocabulary.WORLD_FACTS.keySet());
    words.addAll(Vocabulary.TYPES.keySet());
    words.addAll(Vocabulary.MOVE_KINDS.keySet());
    words.addAll(Vocabulary.FEATURES.keySet());
    words.addAll(ScenarioLoader.BUILT_IN_ACTORS);
    words.addAll(
        List.of(
            "SUPPORT",
            "OPPOSE",
            "GOES_AHEAD",
            "BLOCKED",
            "number",
            "choice",
            "set",
            "boolean",
            "article#P24",
            "article#P99",
            "https://x.invalid",
            "/etc/passwd",
            "NaN",
            "Infinity",
            "-Infinity",
            "0x1p3",
            "1f",
            ".inf",
            "1e999",
            "true",
            "",
            " ",
            "\u001b[2J",
            "\u0000",
            "a,b",
            "none",
            "x=1",
            "coe",
            "m"));
    return Arbitraries.oneOf(
        Arbitraries.of(words).map(w -> (Object) w),
        Arbitraries.strings().all().ofMaxLength(12).map(s -> (Object) s),
        Arbitraries.integers().between(-3, 12).map(i -> (Object) i),
        Arbitraries.of(
            (Object) Long.MAX_VALUE,
            new BigInteger("9".repeat(40)),
            new BigInteger("9".repeat(400)),
            0.5,
            -0.0,
            1e308,
            Double.MIN_VALUE,
            new java.math.BigDecimal("1e999"),
            new java.math.BigDecimal("-1e400"),
            true,
            false),
        Arbitraries.just((Object) null));
  }

  private static JsonNode toNode(Object v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof BigInteger b) {
      return NODES.numberNode(b);
    }
    if (v instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (v instanceof java.math.BigDecimal d) {
      return NODES.numberNode(d);
    }
    return NODES.booleanNode((Boolean) v);
  }

  private static Arbitrary<JsonNode> node(int depth) {
    Arbitrary<JsonNode> leaf = leafValue().map(ScenarioInputPropertyTest::toNode);
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> child = node(depth - 1);
    Arbitrary<JsonNode> list =
        child
            .list()
            .ofMaxSize(4)
            .map(
                l -> {
                  ArrayNode a = NODES.arrayNode();
                  l.forEach(a::add);
                  return a;
                });
    Arbitrary<JsonNode> map =
        Combinators.combine(Arbitraries.of(KEYS), child)
            .as(Tuple::of)
            .list()
            .ofMaxSize(5)
            .map(
                l -> {
                  ObjectNode o = NODES.objectNode();
                  l.forEach(t -> o.set(t.get1(), t.get2()));
                  return o;
                });
    return Arbitraries.frequencyOf(Tuple.of(2, leaf), Tuple.of(2, list), Tuple.of(3, map));
  }

  @Provide
  Arbitrary<JsonNode> trees() {
    // mostly a mapping at the top, as a scenario is, so that the checks past the syntax run
    Arbitrary<JsonNode> top =
        Combinators.combine(Arbitraries.of(KEYS), node(4))
            .as(Tuple::of)
            .list()
            .ofMaxSize(8)
            .map(
                l -> {
                  ObjectNode o = NODES.objectNode();
                  l.forEach(t -> o.set(t.get1(), t.get2()));
                  return (JsonNode) o;
                });
    return Arbitraries.frequencyOf(Tuple.of(5, top), Tuple.of(1, node(5)));
  }

  private static final List<Path> LIBRARY_FILES = libraryFiles();
  private static final Map<Path, String> LIBRARY_TEXTS = new java.util.HashMap<>();
  private static final Map<Path, JsonNode> LIBRARY_TREES = new java.util.HashMap<>();

  private static List<Path> libraryFiles() {
    try (Stream<Path> files = Files.list(LIBRARY)) {
      return files.filter(ScenarioValidator::isScenarioFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One change to a tree: which node (by index), what to do, and a value to put in. */
  record Mutation(int at, int kind, String key, JsonNode value) {}

  @Provide
  Arbitrary<Tuple.Tuple2<String, JsonNode>> mutatedLibraryTrees() {
    Arbitrary<Mutation> mutation =
        Combinators.combine(
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of(KEYS),
                node(2))
            .as(Mutation::new);
    return Combinators.combine(
            Arbitraries.of(LIBRARY_FILES), mutation.list().ofMinSize(1).ofMaxSize(4))
        .as(
            (file, mutations) -> {
              JsonNode tree = readTree(file);
              mutations.forEach(m -> apply(tree, m));
              String id = file.getFileName().toString().replaceAll("\\.ya?ml$", "");
              return Tuple.of(id, tree);
            });
  }

  private static JsonNode readTree(Path file) {
    return LIBRARY_TREES
        .computeIfAbsent(
            file,
            f -> {
              try {
                return YAML.readTree(f.toFile());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .deepCopy();
  }

  /** Every container in the tree with the key or index of one of its children. */
  private static void places(JsonNode n, List<Map.Entry<JsonNode, Object>> out) {
    if (n.isObject()) {
      n.fieldNames().forEachRemaining(k -> out.add(Map.entry(n, k)));
      n.elements().forEachRemaining(c -> places(c, out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        out.add(Map.entry(n, i));
        places(n.get(i), out);
      }
    }
  }

  /** Values put in place of a scalar: numbers no field takes, and text that reads as one. */
  static final List<JsonNode> AWKWARD =
      List.of(
          NODES.numberNode(new java.math.BigDecimal("1e999")),
          NODES.numberNode(new java.math.BigDecimal("-1e400")),
          NODES.numberNode(new BigInteger("9".repeat(30))),
          NODES.numberNode(1e308),
          NODES.numberNode(-1),
          NODES.numberNode(0),
          NODES.textNode("NaN"),
          NODES.textNode("Infinity"),
          NODES.textNode("0x1p3"),
          NODES.textNode(""),
          NODES.textNode("\u001b[2J"),
          NODES.booleanNode(true),
          NODES.nullNode());

  private static void apply(JsonNode tree, Mutation m) {
    List<Map.Entry<JsonNode, Object>> places = new ArrayList<>();
    places(tree, places);
    if (m.kind() == 4) {
      // put an awkward value in place of a scalar, where a field's type or words are checked
      List<Map.Entry<JsonNode, Object>> scalars =
          places.stream()
              .filter(
                  e ->
                      e.getValue() instanceof String k
                          ? e.getKey().get(k).isValueNode()
                          : e.getKey().get((Integer) e.getValue()).isValueNode())
              .toList();
      if (scalars.isEmpty()) {
        return;
      }
      Map.Entry<JsonNode, Object> place = scalars.get(m.at() % scalars.size());
      JsonNode value = AWKWARD.get((m.at() / scalars.size()) % AWKWARD.size());
      if (place.getKey() instanceof ObjectNode o) {
        o.set((String) place.getValue(), value);
      } else {
        ((ArrayNode) place.getKey()).set((Integer) place.getValue(), value);
      }
      return;
    }
    if (places.isEmpty()) {
      return;
    }
    Map.Entry<JsonNode, Object> place = places.get(m.at() % places.size());
    JsonNode parent = place.getKey();
    Object where = place.getValue();
    switch (m.kind()) {
      case 0 -> { // replace the value
        if (parent instanceof ObjectNode o) {
          o.set((String) where, m.value());
        } else {
          ((ArrayNode) parent).set((Integer) where, m.value());
        }
      }
      case 1 -> { // remove it
        if (parent instanceof ObjectNode o) {
          o.remove((String) where);
        } else {
          ((ArrayNode) parent).remove((int) (Integer) where);
        }
      }
      case 2 -> { // add a key or an item beside it
        if (parent instanceof ObjectNode o) {
          o.set(m.key(), m.value());
        } else {
          ((ArrayNode) parent).insert((Integer) where, m.value());
        }
      }
      default -> { // repeat it
        if (parent instanceof ArrayNode a) {
          a.add(a.get((Integer) where).deepCopy());
        } else {
          ((ObjectNode) parent).set(m.key(), parent.get((String) where).deepCopy());
        }
      }
    }
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, String>> editedLibraryTexts() {
    Arbitrary<int[]> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, YAML_TOKENS.size() - 1),
                Arbitraries.integers().between(0, 3))
            .as((at, length, token, kind) -> new int[] {at, length, token, kind});
    return Combinators.combine(Arbitraries.of(LIBRARY_FILES), edit.list().ofMinSize(1).ofMaxSize(3))
        .as(
            (file, edits) -> {
              String text = read(file);
              for (int[] e : edits) {
                text = edit(text, e);
              }
              return Tuple.of(file.toString(), text);
            });
  }

  private static String read(Path file) {
    return LIBRARY_TEXTS.computeIfAbsent(
        file,
        f -> {
          try {
            return Files.readString(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Deletes a stretch, inserts a token, swaps two lines or changes a line's indentation. */
  private static String edit(String text, int[] e) {
    if (text.isEmpty()) {
      return YAML_TOKENS.get(e[2]);
    }
    int at = e[0] % text.length();
    String[] lines = text.split("\n", -1);
    int line = e[0] % lines.length;
    switch (e[3]) {
      case 0 -> {
        return text.substring(0, at) + text.substring(Math.min(text.length(), at + e[1]));
      }
      case 1 -> {
        return text.substring(0, at) + YAML_TOKENS.get(e[2]) + text.substring(at);
      }
      case 2 -> {
        int other = (line + 1 + e[1]) % lines.length;
        String l = lines[line];
        lines[line] = lines[other];
        lines[other] = l;
        return String.join("\n", lines);
      }
      default -> {
        lines[line] = " ".repeat(e[1] % 7) + lines[line].stripLeading();
        return String.join("\n", lines);
      }
    }
  }
}
