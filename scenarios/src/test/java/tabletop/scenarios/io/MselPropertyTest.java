package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;

/**
 * Whatever a CSV holds, MSEL import either writes a skeleton that loads or refuses the CSV with
 * problems located in it (never an exception, never a problem in the YAML it would have written);
 * and a skeleton it writes survives export and import unchanged, its texts kept exactly.
 */
class MselPropertyTest {
  private static final ScenarioLoader LOADER = new ScenarioLoader();
  private static final String HEADER = String.join(",", MselCsv.LEGACY_COLUMNS) + "\r\n";

  @Property(tries = 1000)
  void anyTextIsImportedOrRefusedAtItsPlace(@ForAll("csvText") String text) {
    importedOrRefused("msel.csv", text);
  }

  @Property(tries = 1000)
  void rowsOfAnyTextAreImportedOrRefusedAndRoundTrip(@ForAll("rows") List<List<String>> rows)
      throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (List<String> row : rows) {
      List<String> quoted = new ArrayList<>();
      row.forEach(f -> quoted.add(MselCsv.quote(f)));
      csv.append(String.join(",", quoted)).append("\r\n");
    }
    String yaml = importedOrRefused("msel.csv", csv.toString());
    if (yaml == null) {
      return;
    }
    // the texts are kept exactly, but for whitespace at either end
    Scenario s = LOADER.parse("rt.yaml", yaml);
    List<String> titles = new ArrayList<>();
    for (TurnSpec t : s.turns()) {
      t.injects().stream().map(Inject::title).forEach(titles::add);
      t.moves().stream().map(MoveSpec::title).forEach(titles::add);
    }
    List<String> written =
        rows.stream()
            .map(r -> r.get(1).strip())
            .filter(title -> !title.isEmpty())
            .sorted()
            .toList();
    assertThat(titles.stream().sorted().toList()).isEqualTo(written);
    // and export then import gives the same skeleton
    assertThat(MselCsv.importCsv("msel.csv", MselCsv.export(s), "rt")).isEqualTo(yaml);
  }

  /** The skeleton, loaded without problems; or null when the CSV was refused at its place. */
  static String importedOrRefused(String name, String csv) {
    String yaml;
    try {
      yaml = MselCsv.importCsv(name, csv, "rt");
    } catch (ScenarioException e) {
      assertThat(e.problems()).isNotEmpty();
      for (Problem p : e.problems()) {
        assertThat(p.file())
            .as("problem of the CSV, not of the YAML: %s", p.format())
            .isEqualTo(name);
      }
      ScenarioInputPropertyTest.assertLocated(name, e.problems());
      return null;
    }
    assertThat(LOADER.problems("rt.yaml", yaml)).isEmpty();
    return yaml;
  }

  static final List<String> CSV_TOKENS =
      List.of(
          ",",
          ",",
          ",",
          "\"",
          "\"\"",
          "\r\n",
          "\n",
          "\r",
          "1",
          "2",
          "3",
          "0",
          "-1",
          "x",
          "nato",
          "japan",
          "chna",
          "Title",
          "a b",
          "=1+2",
          "'=x",
          "+",
          "-",
          "@",
          "\t",
          " ",
          "\uFEFF",
          "é",
          "2027",
          "1e5",
          "0x10",
          ".inf",
          "true",
          "null",
          "~",
          "12:30",
          "- item",
          "#",
          "&a",
          "*a",
          "!!str",
          "\u0000",
          "\u001b[2J",
          "\u0085",
          "\u2028",
          "99999999999",
          HEADER);

  @Provide
  Arbitrary<String> csvText() {
    Arbitrary<String> token =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of(CSV_TOKENS)),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(5)));
    Arbitrary<String> soup = token.list().ofMaxSize(60).map(l -> String.join("", l));
    return Arbitraries.oneOf(
        soup, soup.map(s -> HEADER + s), Arbitraries.strings().all().ofMaxLength(200));
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.of(CSV_TOKENS),
            Arbitraries.strings().all().ofMaxLength(20),
            Arbitraries.strings().alpha().numeric().withChars(" .,:'\"-").ofMaxLength(30));
    Arbitrary<String> turn =
        Arbitraries.of("1", "1", "1", "1", "1", "2", "2", " 2 ", "3", "x", "0");
    Arbitrary<String> actor = Arbitraries.of("", "", "nato", "japan", "chna");
    Arbitrary<String> outcome = Arbitraries.oneOf(Arbitraries.just(""), text);
    return Combinators.combine(turn, text, text, actor, outcome)
        .as(List::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }
}
