package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tabletop.scenarios.backtest.Calibration;
import tabletop.scenarios.io.ScenarioLoader;
import tabletop.shell.Fixtures;
import tabletop.shell.render.Display;
import tabletop.shell.render.Progress;
import tabletop.shell.support.BadInputException;

/** backtest and calibrate, called as the shell calls them, on small folders of real cases. */
class BacktestCommandsTest {
  private static final Path CASES = Path.of("../scenarios/cases");
  private static final List<String> TWO =
      List.of("camp-david-trilateral-summit-2023.yaml", "nato-itpps-japan-korea-2023.yaml");

  @TempDir Path dir;

  /** The steps each bar was moved to, per bar opened. */
  private final List<List<Integer>> steps = new ArrayList<>();

  private final List<Integer> totals = new ArrayList<>();

  private Progress recording(int interruptAt) {
    return (task, total) -> {
      List<Integer> mine = new ArrayList<>();
      steps.add(mine);
      totals.add(total);
      return new Progress.Bar() {
        @Override
        public void stepTo(int done) {
          mine.add(done);
          if (done == interruptAt) {
            Thread.currentThread().interrupt(); // as Ctrl-C does
          }
        }

        @Override
        public void close() {}
      };
    };
  }

  private BacktestCommands commands(Path cwd, Path library, Progress progress) {
    return new BacktestCommands(
        Fixtures.ENGINE, Display.plain(), progress, cwd, library, dir.resolve("sessions"));
  }

  private BacktestCommands commands() {
    return commands(dir, dir.resolve("no-library"), recording(-1));
  }

  private Path twoCases() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("two"));
    for (String f : TWO) {
      Files.copy(CASES.resolve(f), cases.resolve(f));
    }
    return cases;
  }

  private static int records(Path folder) throws Exception {
    int n = 0;
    try (var files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        n += new ScenarioLoader().load(f).record().size();
      }
    }
    return n;
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void theScreenShowsTheModelBesideTheBaseRateTheRunAndTheTargets() throws Exception {
    // given two cases, when backtested on the terminal
    Path cases = twoCases();
    String screen = commands().backtest(cases.toString(), 300, 0, "text", null, false);

    // then the overall figures of the three forecasts, and the targets shown as targets
    assertThat(screen).startsWith("Backtest: 2 cases, ");
    assertThat(screen)
        .contains("the model ")
        .contains("base rate ")
        .contains("the model's own run")
        .contains("Brier 3")
        .contains("Brier 5")
        .contains("log score")
        .contains("target ")
        .contains("≥ 85.0%")
        .contains("≤ 0.150")
        .contains("reported, not gated");
    // per actor, per case, the reliability table
    assertThat(screen).contains("By actor").contains("By case").contains("Reliability");
    assertThat(screen).contains("camp-david-trilateral-summit-2023").contains("japan");
    assertThat(screen).contains("90–100%");
    // and a bar moved once per case
    assertThat(totals).containsExactly(2);
    assertThat(steps.get(0)).containsExactly(1, 2);
  }

  @Test
  void jsonHoldsEveryRecordAndIsTheSameTwice() throws Exception {
    Path cases = twoCases();
    String once = commands().backtest(cases.toString(), 300, 5, "json", null, false);
    String twice = commands().backtest(cases.toString(), 300, 5, "json", null, false);
    assertThat(once).isEqualTo(twice);

    JsonNode root = new ObjectMapper().readTree(once);
    assertThat(root.path("caseCount").asInt()).isEqualTo(2);
    assertThat(root.path("seed").asLong()).isEqualTo(5);
    assertThat(root.path("trials").asInt()).isEqualTo(300);
    // every record is either scored or said why not
    assertThat(root.path("reactions").size() + root.path("unscored").size())
        .isEqualTo(records(cases));
    assertThat(root.path("overall").get(0).path("figures").path("n").asInt())
        .isEqualTo(root.path("reactions").size());
  }

  @Test
  void htmlGoesToAFileOnlyAsTheSafeExportRulesAllow() throws Exception {
    Path cases = twoCases();
    Path out = dir.resolve("backtest.html");
    BacktestCommands c = commands();

    String said = c.backtest(cases.toString(), 200, 0, "html", out.toString(), false);
    assertThat(said).startsWith("Wrote the backtest (html) to ").contains("accuracy (3 buckets)");
    Document doc = Jsoup.parse(out.toFile());
    assertThat(doc.select("main > section")).hasSize(6);
    assertThat(doc.select("#reliability svg circle.bin")).isNotEmpty();

    // an existing file is replaced only with --force
    assertThatThrownBy(() -> c.backtest(cases.toString(), 200, 0, "html", out.toString(), false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("exists; add --force");
    assertThat(c.backtest(cases.toString(), 200, 0, "html", out.toString(), true))
        .startsWith("Wrote");
    // the name must end as the format does; the terminal text is not a file format
    assertThatThrownBy(
            () ->
                c.backtest(
                    cases.toString(), 200, 0, "json", dir.resolve("b.html").toString(), false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("does not end in .json");
    assertThatThrownBy(
            () ->
                c.backtest(
                    cases.toString(), 200, 0, "text", dir.resolve("b.txt").toString(), false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--format html");
  }

  @Test
  void aMissingFolderOrOneWithoutACaseIsSaidPlainly() throws Exception {
    BacktestCommands c = commands();
    assertThatThrownBy(
            () -> c.backtest(dir.resolve("nowhere").toString(), 100, 0, "text", null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("no folder ")
        .hasMessageContaining("--cases");
    // the default: scenarios/cases under the working directory
    assertThatThrownBy(() -> c.backtest(null, 100, 0, "text", null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("scenarios/cases")
        .hasMessageContaining("project's root folder");
    // scenarios without a record are not cases
    assertThatThrownBy(() -> c.backtest(Fixtures.LIBRARY.toString(), 100, 0, "text", null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("holds no case")
        .hasMessageContaining("record:");
    assertThatThrownBy(() -> c.backtest(null, 0, 0, "text", null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--trials");
    assertThatThrownBy(() -> c.backtest(null, 100, 0, "csv", null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("text or json or html or md");
  }

  @Test
  void theDefaultFolderIsScenariosCasesUnderTheWorkingDirectory() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("scenarios/cases"));
    Files.copy(CASES.resolve(TWO.get(0)), cases.resolve(TWO.get(0)));
    String json = commands().backtest(null, 100, 0, "json", null, false);
    assertThat(new ObjectMapper().readTree(json).path("caseCount").asInt()).isEqualTo(1);
  }

  @Test
  void calibrateShowsEachFoldAndSavesThePropertiesFileForTheNextBuild() throws Exception {
    // given a checkout's engine sources under the working directory
    Path cases = twoCases();
    Files.createDirectories(dir.resolve("engine/src/main"));

    String screen = commands().calibrate(cases.toString(), 0, true);

    // then each fold names the case it left out and the values it fitted
    assertThat(screen).contains("Folds").contains("case left out");
    for (String f : TWO) {
      assertThat(screen).contains(f.replace(".yaml", ""));
    }
    assertThat(screen).contains("Out of sample").contains("base rate").contains("target");
    assertThat(screen).contains("prior").contains("fitted");
    assertThat(screen).contains("A rebuild picks them up");
    // the bar went over the whole grid
    assertThat(totals).containsExactly(Calibration.grid().size());
    assertThat(steps.get(0)).last().isEqualTo(Calibration.grid().size());

    // and the file holds values from the grid, with the figures they gave
    Path saved = dir.resolve("engine/src/main/resources/tabletop/engine/uncertainty.properties");
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(saved)) {
      p.load(r);
    }
    assertThat(Calibration.STRUCTURAL).contains(Double.parseDouble(p.getProperty("structural")));
    assertThat(Calibration.WEIGHT_SPREAD)
        .contains(Double.parseDouble(p.getProperty("weightSpread")));
    assertThat(Files.readString(saved)).contains("# Leave-one-case-out, out of sample");
  }

  @Test
  void calibrateSaveIsRefusedOutsideACheckoutBeforeAnythingRuns() throws Exception {
    Path cases = twoCases();
    assertThatThrownBy(() -> commands().calibrate(cases.toString(), 0, true))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("engine/src/main/resources/tabletop/engine/uncertainty.properties")
        .hasMessageContaining("root of the checkout");
    assertThat(totals).isEmpty();
  }

  @Test
  void ctrlCStopsCalibrateAndNothingIsSaved() throws Exception {
    // given a checkout, and Ctrl-C pressed after three grid points
    Path cases = twoCases();
    Files.createDirectories(dir.resolve("engine/src/main"));
    BacktestCommands c = commands(dir, dir.resolve("no-library"), recording(3));

    // then calibrate stops there, as an interruption the shell reports as "stopped"
    assertThatThrownBy(() -> c.calibrate(cases.toString(), 0, true))
        .hasRootCauseInstanceOf(InterruptedException.class);
    assertThat(steps.get(0)).containsExactly(1, 2, 3);
    assertThat(dir.resolve("engine/src/main/resources")).doesNotExist();
  }
}
