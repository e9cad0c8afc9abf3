package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tabletop.engine.explain.RuleInfo;
import tabletop.engine.model.Vocabulary;
import tabletop.engine.sim.Engine;

/** Checks on the knowledge base as a whole: metadata, names, paragraph coverage, vocabulary. */
class KnowledgeBaseTest {
  /** The queries the engine reads results through are not rules and carry no metadata. */
  static final Set<String> QUERIES =
      Set.of(
          Engine.QUERY_REACTIONS, Engine.QUERY_OUTCOMES, Engine.QUERY_ACTORS, Engine.QUERY_ANSWERS);

  static final List<RuleInfo> RULES =
      Engine.fromClasspath().rules().stream().filter(r -> !QUERIES.contains(r.name())).toList();
  static final Path DRL_DIR = Path.of("src/main/resources/tabletop/rules");
  static final Path TEST_DIR = Path.of("src/test/java");

  /**
   * Paragraphs P3-P24 that need no citing rule, each with the reason. Every other paragraph in that
   * range states a position, concern, agreement, event or proposal and must be cited.
   */
  static final Map<String, String> NOT_CITED =
      Map.of("P5", "a heading sentence introducing the list P6-P9; it states nothing itself");

  @Test
  @DisplayName("every paragraph P3-P24 that states something is cited by at least one rule")
  void paragraphCoverage() throws IOException {
    List<String> paragraphs = articleParagraphs();
    assertThat(paragraphs).contains("P3", "P24");
    Set<String> cited =
        RULES.stream()
            .flatMap(r -> r.cites().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    List<String> missing = new ArrayList<>();
    for (String p : paragraphs) {
      int n = Integer.parseInt(p.substring(1));
      if (n >= 3 && n <= 24 && !NOT_CITED.containsKey(p) && !cited.contains(p)) {
        missing.add(p);
      }
    }
    assertThat(missing).as("paragraphs no rule cites").isEmpty();
    assertThat(NOT_CITED.keySet()).allSatisfy(p -> assertThat(paragraphs).contains(p));
  }

  @Test
  @DisplayName("every citation names a paragraph of the article")
  void citationsExist() throws IOException {
    List<String> paragraphs = articleParagraphs();
    assertThat(RULES).allSatisfy(r -> assertThat(paragraphs).as(r.name()).containsAll(r.cites()));
  }

  @Test
  @DisplayName(
      "every rule has a meaning and cites paragraphs, states its assumption or is tagged as mechanics")
  void metadata() {
    assertThat(RULES).hasSizeGreaterThan(100);
    assertThat(RULES)
        .allSatisfy(
            r -> {
              assertThat(r.meaning()).as(r.name()).isNotBlank().endsWith(".");
              assertThat(!r.cites().isEmpty() || r.isAssumption() || r.isMechanics())
                  .as(r.name())
                  .isTrue();
              if (r.isMechanics()) {
                assertThat(r.cites()).as(r.name() + ": mechanics cite nothing").isEmpty();
                assertThat(r.isAssumption()).as(r.name() + ": mechanics or assumption").isFalse();
              }
              if (r.isAssumption()) {
                assertThat(r.confidence()).as(r.name()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
              }
            });
  }

  @Test
  @DisplayName("rule names are unique sentences: Actor - position or concern - trigger")
  void names() throws IOException {
    List<String> inFiles = new ArrayList<>();
    for (String drl : drlTexts().values()) {
      Matcher m = Pattern.compile("(?m)^rule \"([^\"]+)\"").matcher(drl);
      while (m.find()) {
        inFiles.add(m.group(1));
      }
    }
    assertThat(inFiles).doesNotHaveDuplicates().hasSameSizeAs(RULES);
    assertThat(RULES).allSatisfy(r -> assertThat(r.name()).matches(".+ - .+ - .+"));
  }

  @Test
  @DisplayName(
      "actor-specific rules do not pass for generic ones (no 'Any ' prefix in actor files)")
  void actorRulesAreNotGeneric() throws IOException {
    Set<String> shared =
        Set.of(
            "appraisal.drl",
            "reaction.drl",
            "interaction.drl",
            "institutions.drl",
            "world.drl",
            "roles.drl",
            "relations.drl");
    drlTexts()
        .forEach(
            (file, text) -> {
              if (!shared.contains(file)) {
                assertThat(text).as(file).doesNotContain("rule \"Any ");
              }
            });
  }

  @Test
  @DisplayName("every rule has a test that names it")
  void everyRuleHasATest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(TEST_DIR)) {
      tests =
          files
              .filter(p -> p.toString().endsWith("RulesTest.java"))
              .map(KnowledgeBaseTest::read)
              .collect(Collectors.joining("\n"));
    }
    List<String> untested =
        RULES.stream().map(RuleInfo::name).filter(n -> !tests.contains("\"" + n + "\"")).toList();
    assertThat(untested).as("rules without a test named after them").isEmpty();
  }

  @Test
  @DisplayName("every DRL file opens with a comment naming the paragraphs it encodes")
  void filesNameTheirParagraphs() throws IOException {
    drlTexts()
        .forEach(
            (file, text) -> {
              assertThat(text).as(file).startsWith("//");
              if (!file.equals("queries.drl")) {
                assertThat(
                        text.lines()
                            .takeWhile(l -> l.startsWith("//"))
                            .collect(Collectors.joining()))
                    .as(file)
                    .containsPattern("P\\d+");
              }
            });
  }

  @Test
  @DisplayName("the words the rules use are in the shared vocabulary")
  void vocabulary() throws IOException {
    String all = String.join("\n", drlTexts().values());
    Set<String> types = new TreeSet<>();
    collect(
        all, "new (?:Concern|Interest|Appraisal)\\(\"?[^,]+\"?, (?:\\$m, )?\"([a-z-]+)\",", types);
    collect(all, "new Touch\\(\\$m, \"([a-z-]+)\"", types);
    // a whole literal type; a type made from a prefix and an actor id (pressure-from-ACTOR) is not
    collect(all, "new Appraisal\\(\\$a, \\$m, \"([a-z-]+)\",", types);
    collect(all, "type == \"([a-z-]+)\"", types);
    assertThat(Vocabulary.TYPES.keySet()).containsAll(types);
    assertThat(types).contains("china-opposition", "support-for-russia-war", "un-charter-breach");

    Set<String> kinds = new TreeSet<>();
    collect(all, "Move\\([^)]*kind == \"([a-z-]+)\"", kinds);
    collectLists(all, "Move\\([^)]*kind in \\(([^)]*)\\)", kinds);
    assertThat(Vocabulary.MOVE_KINDS.keySet()).containsAll(kinds);

    Set<String> world = new TreeSet<>();
    collect(all, "WorldFact\\(id == \"([a-z0-9-]+)\"\\)", world);
    collect(all, "WorldFact.of\\(\"([a-z0-9-]+)\"\\)", world);
    assertThat(Vocabulary.WORLD_FACTS.keySet()).containsAll(world);
    assertThat(world).contains("korean-peninsula-crisis", "china-lethal-aid-to-russia");

    Set<String> features = new TreeSet<>();
    collect(all, "MoveFeature\\([^)]*name == \"([a-z-]+)\"", features);
    assertThat(Vocabulary.FEATURES.keySet()).containsAll(features);
    Set<String> regions = new TreeSet<>();
    collectLists(all, "name == \"region\", value in \\(([^)]*)\\)", regions);
    assertThat(Vocabulary.FEATURES.get("region")).containsAll(regions);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  static List<String> articleParagraphs() throws IOException {
    try (InputStream in =
        KnowledgeBaseTest.class
            .getClassLoader()
            .getResourceAsStream("tabletop/source/article.md")) {
      assertThat(in).as("the article resource").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> ids = new ArrayList<>();
      Matcher m = Pattern.compile("(?m)^\\*\\*(P\\d+)\\*\\*").matcher(text);
      while (m.find()) {
        ids.add(m.group(1));
      }
      return ids;
    }
  }

  static Map<String, String> drlTexts() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(DRL_DIR)) {
      files
          .filter(p -> p.toString().endsWith(".drl"))
          .sorted()
          .forEach(p -> out.put(p.getFileName().toString(), read(p)));
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void collect(String text, String regex, Set<String> into) {
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  static void collectLists(String text, String regex, Set<String> into) {
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      for (String item : m.group(1).split(",")) {
        into.add(item.trim().replace("\"", ""));
      }
    }
  }
}
