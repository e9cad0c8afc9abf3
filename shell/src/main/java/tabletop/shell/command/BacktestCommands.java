package tabletop.shell.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.backtest.Backtest;
import tabletop.scenarios.backtest.Calibration;
import tabletop.scenarios.io.ScenarioException;
import tabletop.shell.export.BacktestData;
import tabletop.shell.export.BacktestReport;
import tabletop.shell.journal.Sessions;
import tabletop.shell.render.BacktestScreen;
import tabletop.shell.render.Display;
import tabletop.shell.render.Progress;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.support.Printable;
import tabletop.shell.support.SafeWrite;
import tabletop.shell.workshop.Problems;
import tabletop.shell.workshop.Workshop;

/** Scores the model against the historical cases, and fits the uncertainty model on them. */
@Command
public class BacktestCommands {
  /** Where {@code calibrate --save} writes, under the working directory. */
  static final Path PROPERTIES =
      Path.of("engine", "src", "main", "resources").resolve(Uncertainty.RESOURCE);

  private final Supplier<Engine> engine;
  private final Display display;
  private final Progress progress;
  private final Path cwd;
  private final Path library;
  private final Path sessions;

  @Autowired
  public BacktestCommands(
      Workshop workshop, Display display, Progress progress, Sessions sessions) {
    this(
        workshop.engine(),
        display,
        progress,
        Path.of(""),
        workshop.library().dir(),
        sessions.dir());
  }

  BacktestCommands(
      Supplier<Engine> engine,
      Display display,
      Progress progress,
      Path cwd,
      Path library,
      Path sessions) {
    this.engine = engine;
    this.display = display;
    this.progress = progress;
    this.cwd = cwd;
    this.library = library;
    this.sessions = sessions;
  }

  @Command(
      command = "backtest",
      description =
          "Score the model against the public record: every recorded reaction of the historical cases (scenarios/cases) against the model's distribution, beside a base rate and the model's own run; accuracy (3 buckets and 5 directions), Brier and log score, per actor, per case, and a reliability table. Takes under a minute. Example: backtest --format html --output backtest.html",
      group = "Backtest")
  public String backtest(
      @ByName
          @Option(
              longNames = "cases",
              label = "DIR",
              description = "the folder of case files (default: scenarios/cases)")
          String cases,
      @ByName
          @Option(
              longNames = "trials",
              label = "N",
              description = "whole-run trials per case (default " + Backtest.TRIALS + ")")
          Integer trials,
      @ByName
          @Option(longNames = "seed", defaultValue = "0", label = "S", description = "random seed")
          long seed,
      @ByName
          @Option(
              longNames = "format",
              defaultValue = "text",
              label = "text|json|html|md",
              description = "the format")
          @OptionValues(provider = "formats")
          String format,
      @ByName
          @Option(
              longNames = "output",
              label = "FILE",
              description = "write to this file (json, html or md) instead of the screen")
          String output,
      @Option(
              longNames = "force",
              defaultValue = "false",
              description = "replace the output file if it exists")
          boolean force) {
    String f = Formats.check(format, List.of("text", "json", "html", "md"));
    int n = trials == null ? Backtest.TRIALS : trials;
    if (n < 1 || n > 100_000) {
      throw new BadInputException("--trials takes a whole number from 1 to 100000, not " + n);
    }
    Path target = null;
    if (output != null) {
      if (f.equals("text")) {
        throw new BadInputException(
            "--output writes json, html or md: add --format html (or json, md)");
      }
      target = SafeWrite.check(output, SafeWrite.format(f), force, sessions, "--output");
    }
    Loaded loaded = load(cases);
    Uncertainty u = Uncertainty.fitted();
    List<Backtest.Scored> scored = new ArrayList<>();
    List<Backtest.Unscored> unscored = new ArrayList<>();
    try (Progress.Bar bar = progress.start("backtest", loaded.cases().size())) {
      int done = 0;
      for (Backtest.Case c : loaded.cases()) {
        Backtest.Result one = Backtest.run(List.of(c), u, seed, n);
        scored.addAll(one.scored());
        unscored.addAll(one.unscored());
        bar.stepTo(++done);
        stopIfAsked();
      }
    }
    Backtest.Result result =
        new Backtest.Result(u, seed, n, Backtest.withBaseRates(scored), unscored);
    BacktestData data = BacktestData.of(result, loaded.label(), loaded.cases().size());
    if (f.equals("text")) {
      return new BacktestScreen(display).backtest(data).stripTrailing();
    }
    String text = BacktestReport.render(data, f);
    if (target == null) {
      return text.stripTrailing();
    }
    SafeWrite.write(target, f.equals("json") ? text : Printable.visible(text), force);
    return "Wrote the backtest ("
        + f
        + ") to "
        + output
        + ": accuracy (3 buckets) "
        + tabletop.shell.export.BacktestWords.percent(data.model().figures().accuracy3())
        + ", Brier (3 buckets) "
        + tabletop.shell.export.BacktestWords.score(data.model().figures().brier3())
        + " over "
        + data.model().figures().n()
        + " recorded reactions.";
  }

  @Command(
      command = "calibrate",
      description =
          "Fit the uncertainty model's four global parameters (never a knowledge weight) on the historical cases by leave-one-case-out cross-validation: each fold's fitted values, the out-of-sample figures beside the base rate, and the prior against the fitted values. Takes one to two minutes (Ctrl-C stops it; nothing is saved then). --save writes engine/src/main/resources/tabletop/engine/uncertainty.properties for the next build. Example: calibrate --save",
      group = "Backtest")
  public String calibrate(
      @ByName
          @Option(
              longNames = "cases",
              label = "DIR",
              description = "the folder of case files (default: scenarios/cases)")
          String cases,
      @ByName
          @Option(longNames = "seed", defaultValue = "0", label = "S", description = "random seed")
          long seed,
      @Option(
              longNames = "save",
              defaultValue = "false",
              description =
                  "write the fitted values to engine/src/main/resources/tabletop/engine/uncertainty.properties")
          boolean save) {
    Path target = save ? saveTarget() : null;
    Loaded loaded = load(cases);
    Calibration.Result result;
    try (Progress.Bar bar = progress.start("calibrate", Calibration.grid().size())) {
      result =
          Calibration.run(
              loaded.cases(),
              seed,
              done -> {
                bar.stepTo(done);
                stopIfAsked();
              });
    }
    stopIfAsked();
    String screen =
        new BacktestScreen(display)
            .calibration(result, loaded.cases().size(), loaded.label(), seed)
            .stripTrailing();
    if (target == null) {
      return screen
          + "\n\nNothing saved: 'calibrate --save' writes the fitted values for the next build.";
    }
    try {
      Files.createDirectories(target.getParent());
    } catch (IOException e) {
      throw new BadInputException(
          "cannot create " + target.getParent() + " (" + e.getMessage() + "); nothing was saved");
    }
    SafeWrite.write(target, result.properties(), true);
    return screen
        + "\n\nSaved the fitted values to "
        + target
        + ". A rebuild picks them up (./tabletop rebuilds when the sources change; or ./mvnw -B"
        + " package); this session keeps the values it started with.";
  }

  /** The properties file under the working directory, refused outside a project checkout. */
  private Path saveTarget() {
    Path main = cwd.resolve("engine").resolve("src").resolve("main");
    if (!Files.isDirectory(main)) {
      throw new BadInputException(
          "calibrate --save writes "
              + PROPERTIES
              + " under the project's root folder, and there is no "
              + main.toAbsolutePath().normalize()
              + " here: run tabletop from the root of the checkout (where ./tabletop is), or"
              + " calibrate without --save");
    }
    return cwd.resolve(PROPERTIES);
  }

  /** The cases read, and how to name their folder. */
  record Loaded(List<Backtest.Case> cases, String label) {}

  private Loaded load(String cases) {
    Path dir = cases == null || cases.isBlank() ? defaultCases() : Path.of(cases);
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(
          "no folder "
              + dir
              + (cases == null
                  ? ": the case library is scenarios/cases in the project's root folder; run"
                      + " tabletop from there, or give --cases DIR"
                  : "; give --cases the folder that holds the case files (scenarios/cases)"));
    }
    List<Backtest.Case> loaded;
    try {
      loaded = Backtest.load(engine.get(), dir);
    } catch (ScenarioException e) {
      throw new BadInputException(Problems.oneLine(e));
    } catch (IOException e) {
      throw new BadInputException("cannot read " + dir + ": " + e.getMessage());
    }
    if (loaded.isEmpty()) {
      throw new BadInputException(
          dir
              + " holds no case: a case is a scenario file with a 'record:' of reactions (see"
              + " scenarios/cases/README.md)");
    }
    boolean usual =
        (cases == null || cases.isBlank()) && dir.equals(cwd.resolve("scenarios/cases"));
    return new Loaded(loaded, usual ? "scenarios/cases" : cases == null ? dir.toString() : cases);
  }

  /**
   * scenarios/cases under the working directory, else beside the scenario library the shell reads
   * (the launcher names it, so this works from any folder).
   */
  private Path defaultCases() {
    Path local = cwd.resolve("scenarios").resolve("cases");
    if (Files.isDirectory(local) || library == null) {
      return local;
    }
    Path beside = library.toAbsolutePath().normalize().resolveSibling("cases");
    return Files.isDirectory(beside) ? beside : local;
  }

  /** Ctrl-C interrupts the command's thread: stop between steps, nothing half-written. */
  private static void stopIfAsked() {
    if (Thread.currentThread().isInterrupted()) {
      throw new IllegalStateException("stopped", new InterruptedException("stopped"));
    }
  }
}
