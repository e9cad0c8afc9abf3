package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;

/** The MSEL as CSV: export, import into a YAML skeleton that loads, and the round trip. */
class MselCsvTest {
  private static final Path DIR = Path.of("src/test/resources/msel");
  private static final ScenarioLoader LOADER = new ScenarioLoader();
  private static final ScenarioLibrary LIBRARY = new ScenarioLibrary(Path.of("library"), LOADER);

  @Test
  void exportsOneRowPerInjectAndMoveWithRfc4180Quoting() throws Exception {
    // given a scenario with quotes, commas and a line break in its texts, and a turn with neither
    // injects nor moves
    Scenario scenario = LOADER.load(DIR.resolve("small.yaml"));

    // when it is exported
    String csv = MselCsv.export(scenario);

    // then the CSV is exactly the expected file, formulas defused with an apostrophe
    assertThat(csv).isEqualTo(Files.readString(DIR.resolve("small.csv"), StandardCharsets.UTF_8));

    // and importing it gives the texts back as they were
    Scenario back = LOADER.parse("small.yaml", MselCsv.importCsv("small.csv", csv));
    assertThat(back.turns().get(0).moves().get(1).title())
        .isEqualTo("=HYPERLINK(\"http://example.invalid\")");
    assertThat(back.turns().get(0).moves().get(1).expectedOutcome())
        .isEqualTo("-1 for NATO, says Beijing");
  }

  @Test
  void importsAHandWrittenMselIntoASkeletonThatLoads() throws Exception {
    // given a hand-written MSEL with quoted fields, a blank line and two moves with the same title
    String csv = Files.readString(DIR.resolve("quoted.csv"));

    // when it is imported and the YAML loaded
    String yaml = MselCsv.importCsv("exercise/My MSEL.csv", csv);
    Scenario s = LOADER.parse("my-msel.yaml", yaml);

    // then the id comes from the file name, moves are statements with ids from their titles
    assertThat(yaml).startsWith("# yaml-language-server: $schema=");
    assertThat(s.id()).isEqualTo("my-msel");
    assertThat(s.turns()).extracting(TurnSpec::number).containsExactly(1, 2);
    TurnSpec first = s.turns().get(0);
    assertThat(first.injects())
        .extracting(Inject::title, Inject::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Crisis breaks", "Missiles, then a clash at sea"));
    assertThat(first.moves())
        .extracting(MoveSpec::id, MoveSpec::kind, MoveSpec::actor, MoveSpec::expectedOutcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "nato-consults", "statement", "nato", "Seoul welcomes it"),
            org.assertj.core.groups.Tuple.tuple("nato-consults-2", "statement", "nato", ""));
    assertThat(s.turns().get(1).injects().get(0).description())
        .isEqualTo("The \"hotline\" reopens");
  }

  @Test
  void importsWithTheIdOfTheOutputFileAndNoLibraryRelativeSchemaLine(@TempDir Path dir)
      throws Exception {
    // given an MSEL file, to be written out as rt.yaml outside the library
    Path csv = DIR.resolve("quoted.csv");
    Path out = dir.resolve("rt.yaml");

    // when it is imported with the id taken from the output file's name
    String yaml =
        MselCsv.importCsv(
            csv.toString(), Files.readString(csv), MselCsv.idFromFileName(out.toString()));
    Files.writeString(out, yaml);

    // then the scenario holds that id, and the file validates, even under the library's rule
    assertThat(MselCsv.idFromFileName(out.toString())).isEqualTo("rt");
    assertThat(LOADER.load(out).id()).isEqualTo("rt");
    assertThat(new ScenarioValidator().validate(out)).isEmpty();
    assertThat(LOADER.forLibraryFiles().problems(out)).isEmpty();

    // and instead of a schema path that holds only in the library, a comment names the schema's
    // place in the repository
    assertThat(yaml)
        .startsWith("# A tabletop scenario; its JSON Schema is " + MselCsv.REPOSITORY_SCHEMA_PATH)
        .doesNotContain("yaml-language-server")
        .doesNotContain("../schema");
  }

  @Test
  void importsWithAGivenSchemaPathOrTheLibrarysByDefault() throws Exception {
    // given an MSEL file
    Path csv = DIR.resolve("quoted.csv");
    String text = Files.readString(csv);

    // when it is imported with a schema path, then the editor line names it
    assertThat(MselCsv.importCsv("quoted.csv", text, "rt", "../../schema/scenario.schema.json"))
        .startsWith("# yaml-language-server: $schema=../../schema/scenario.schema.json\n");

    // and the two-argument form still makes a skeleton for the library, its id from the CSV
    String library = MselCsv.importCsv("exercise/msel.csv", text);
    assertThat(library)
        .startsWith("# yaml-language-server: $schema=" + MselCsv.LIBRARY_SCHEMA_PATH + "\n");
    assertThat(LOADER.parse("msel.yaml", library).id()).isEqualTo("msel");
  }

  @Test
  void refusesAnIdThatIsNotKebabCase() throws Exception {
    String text = Files.readString(DIR.resolve("quoted.csv"));
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> MselCsv.importCsv("quoted.csv", text, "My Exercise"));
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains("'My Exercise' is not a kebab-case id", "e.g. 'my-exercise'"));
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "2027",
        "1e5",
        "0x10",
        ".inf",
        "-.Inf",
        ".nan",
        "NaN",
        "true",
        "yes",
        "Off",
        "null",
        "~",
        "12:30",
        "0b101",
        "0o17",
        "1_000",
        "+1",
        "2027-01-01",
        "- item",
        "#tag",
        "*alias",
        "&anchor",
        "!tag",
        "%dir",
        "@at",
        "`tick",
        "?",
        "|",
        ">",
        "a: b",
        "' quoted",
        "x\u0085y",
        "line\u2028separator",
        "nbsp\u00a0",
        "e\u001b[2Jx",
        "bell\u0007"
      })
  void importsNumberLikeAndSpecialTitlesAsTextThatLoadsAndRoundTrips(String title)
      throws Exception {
    // given an MSEL whose inject, description, move title and expected outcome are all that text
    String csv =
        String.join(",", MselCsv.LEGACY_COLUMNS)
            + "\r\n1,"
            + MselCsv.quote(title)
            + ","
            + MselCsv.quote(title)
            + ",,\r\n1,"
            + MselCsv.quote(title)
            + ",,nato,"
            + MselCsv.quote(title)
            + "\r\n";

    // when it is imported and loaded, then the texts are the same text, not numbers or booleans
    String yaml = MselCsv.importCsv("in.csv", csv, "rt");
    Scenario s = LOADER.parse("rt.yaml", yaml);
    assertThat(s.turns().get(0).injects().get(0).title()).isEqualTo(title);
    assertThat(s.turns().get(0).injects().get(0).description()).isEqualTo(title);
    assertThat(s.turns().get(0).moves().get(0).title()).isEqualTo(title);
    assertThat(s.turns().get(0).moves().get(0).expectedOutcome()).isEqualTo(title);

    // and export then import gives the same skeleton again
    assertThat(MselCsv.importCsv("in.csv", MselCsv.export(s), "rt")).isEqualTo(yaml);
  }

  static List<String> libraryIds() {
    return LIBRARY.ids();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("libraryIds")
  void importExportImportIsLosslessForEveryLibraryScenario(String id) throws Exception {
    // given a library scenario
    Scenario original = LIBRARY.load(id);

    // when it is exported, imported and loaded again
    String yaml = MselCsv.importCsv(id + ".csv", MselCsv.export(original), id);
    Scenario back = LOADER.parse(id + ".yaml", yaml);

    // then every turn comes back whole: its title, injects with their facts, moves with their
    // ids, actors, kinds, titles, features and outcomes, and its questions
    assertThat(back.turns()).hasSameSizeAs(original.turns());
    for (int t = 0; t < original.turns().size(); t++) {
      TurnSpec a = original.turns().get(t);
      TurnSpec b = back.turns().get(t);
      assertThat(b.number()).isEqualTo(a.number());
      assertThat(b.title()).isEqualTo(a.title());
      assertThat(b.questions()).isEqualTo(a.questions());
      assertThat(b.injects())
          .isEqualTo(
              a.injects().stream()
                  .map(
                      i ->
                          new Inject(i.title(), i.description().strip(), i.asserts(), i.retracts()))
                  .toList());
      assertThat(b.moves())
          .isEqualTo(
              a.moves().stream()
                  .map(
                      m ->
                          new MoveSpec(
                              m.id(),
                              m.actor(),
                              m.kind(),
                              m.title(),
                              m.description().strip(),
                              m.features(),
                              m.expectedOutcome()))
                  .toList());
    }

    // and exporting the imported scenario and importing it again gives the same skeleton
    assertThat(MselCsv.importCsv(id + ".csv", MselCsv.export(back), id)).isEqualTo(yaml);
  }

  @Test
  void theExportCarriesTheHseepColumnsFromTheExercise() throws Exception {
    // given a scenario whose exercise has a date and a team that plays NATO
    Scenario scenario = LOADER.load(DIR.resolve("small.yaml"));

    // when it is exported and read back as rows
    List<Problem> none = new java.util.ArrayList<>();
    List<MselCsv.Row> rows = MselCsv.parse("small.csv", MselCsv.export(scenario), none);
    List<String> header = rows.get(0).fields();
    java.util.function.BiFunction<Integer, String, String> cell =
        (row, column) -> rows.get(row).fields().get(header.indexOf(column));

    // then the header holds the HSEEP columns, and NATO's move is the team's, with its objective
    assertThat(header)
        .contains(
            "time",
            "turn",
            "type",
            "from",
            "to",
            "controller",
            "expected player action",
            "objective");
    assertThat(cell.apply(2, "type")).isEqualTo("move");
    assertThat(cell.apply(2, "time")).isEqualTo("2027-03-18");
    assertThat(cell.apply(2, "from")).isEqualTo("nato");
    assertThat(cell.apply(2, "to")).isEqualTo("japan, australia");
    assertThat(cell.apply(2, "controller")).isEqualTo("Team NATO");
    assertThat(cell.apply(2, "objective")).isEqualTo("Win the host over.");
    assertThat(cell.apply(2, "expected player action")).startsWith("Team NATO presents the move");
    // and China's move, which no team plays, is control's, and Team NATO reacts to it
    assertThat(cell.apply(3, "controller")).isEqualTo("control");
    assertThat(cell.apply(3, "expected player action"))
        .isEqualTo("Team NATO decides how its actors react.");
    assertThat(none).isEmpty();
  }

  @Test
  void aRowWithAnUnknownKindFeatureOrFactIsRefusedAtItsColumn() throws Exception {
    // given an MSEL in the full columns with a misspelt kind, feature value and fact
    String head = String.join(",", MselCsv.COLUMNS) + "\r\n";
    String csv =
        head
            + ",1,Opening,move,coe,A Centre,,nato,,centre-of-excelence,region=southeast-asai,,,,,,\r\n"
            + ",1,Opening,inject,,News,,control,,,,russia-war-on-ukrane,,,,,\r\n";

    // when it is imported
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> MselCsv.importCsv("x.csv", csv, "x"));

    // then each problem names the row, the column and a suggestion
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(Problem::message)
        .anySatisfy(
            m -> assertThat(m).contains("(column 'kind')", "did you mean 'centre-of-excellence'"))
        .anySatisfy(
            m -> assertThat(m).contains("(column 'features')", "did you mean 'southeast-asia'"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("(column 'asserts')", "did you mean 'russia-war-on-ukraine'"));
  }

  static Stream<String> badFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR.resolve("bad"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void refusesABadMselWithRowAndColumn(String file) throws IOException {
    // given a malformed MSEL and the problems it must produce
    Path path = DIR.resolve("bad").resolve(file);
    List<MalformedScenarioTest.Expected> expected =
        MalformedScenarioTest.Expected.read(path.resolveSibling(file.replace(".csv", ".expected")));

    // when it is imported
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () -> MselCsv.importCsv(path.toString(), Files.readString(path)));

    // then every problem is located, explained, and the expected ones are there
    assertThat(e).isNotNull();
    for (Problem p : e.problems()) {
      assertThat(p.file()).isEqualTo(path.toString());
      assertThat(p.line()).isPositive();
      assertThat(p.column()).isPositive();
      assertThat(p.message()).contains("; ");
    }
    for (MalformedScenarioTest.Expected x : expected) {
      assertThat(e.problems())
          .as("a problem at %d:%d containing \"%s\"", x.line(), x.column(), x.text())
          .anySatisfy(
              p -> {
                assertThat(p.line()).isEqualTo(x.line());
                assertThat(p.column()).isEqualTo(x.column());
                assertThat(p.message()).contains(x.text());
              });
    }
  }
}
