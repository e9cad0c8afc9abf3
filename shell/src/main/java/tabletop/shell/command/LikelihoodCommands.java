package tabletop.shell.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.engine.sim.Game;
import tabletop.engine.sim.Structure;
import tabletop.engine.sim.TrialResult;
import tabletop.engine.sim.Uncertainty;
import tabletop.shell.journal.Sessions;
import tabletop.shell.render.Display;
import tabletop.shell.render.LikelihoodScreen;
import tabletop.shell.render.Names;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.support.SafeWrite;
import tabletop.shell.support.TrialsProgress;
import tabletop.shell.workshop.WholeRunTrials;
import tabletop.shell.workshop.Workshop;

/** Whole-run trials of the session as it stands, to the scenario's end. */
@Command
public class LikelihoodCommands {
  /** Trials asked for when none are given. */
  public static final int DEFAULT_TRIALS = 10_000;

  /** The most trials one command may ask for: counts are streamed, so this bounds time only. */
  public static final int MAX_TRIALS = 10_000_000;

  /** The most threads one command may ask for. */
  public static final int MAX_THREADS = 256;

  /** A text file the likelihood is written to. */
  static final SafeWrite.Format TEXT =
      new SafeWrite.Format("text", "text", List.of(".txt", ".text"));

  private final Workshop workshop;
  private final Display display;
  private final ObjectMapper json;
  private final ObjectProvider<Terminal> terminal;
  private final Path sessions;

  @Autowired
  public LikelihoodCommands(
      Workshop workshop,
      Display display,
      ObjectMapper tabletopJson,
      ObjectProvider<Terminal> terminal,
      Sessions sessions) {
    this(workshop, display, tabletopJson, terminal, sessions.dir());
  }

  LikelihoodCommands(
      Workshop workshop,
      Display display,
      ObjectMapper tabletopJson,
      ObjectProvider<Terminal> terminal,
      Path sessions) {
    this.workshop = workshop;
    this.display = display;
    this.json = tabletopJson;
    this.terminal = terminal;
    this.sessions = sessions;
  }

  /** What {@code --format json} writes: the same figures for any number of threads. */
  public record LikelihoodJson(
      String scenario,
      Map<String, String> knobs,
      long seed,
      int asked,
      long trials,
      boolean stopped,
      int turnsPlayed,
      Map<String, Double> uncertainty,
      List<TrialResult.TurnLikelihood> turns,
      List<TrialResult.TurnLikelihood> run) {}

  @Command(
      command = "likelihood",
      description =
          "Whole-run trials of the session as it stands to the scenario's end: outcome and direction probabilities per turn. Example: likelihood --trials 10000 --seed 7",
      group = "Explain")
  public String likelihood(
      @ByName
          @Option(
              longNames = "trials",
              label = "N",
              description = "how many whole-run trials (default 10000; at least 1)")
          Integer trials,
      @ByName
          @Option(
              longNames = "seed",
              label = "S",
              description =
                  "the trials' seed (default: the session's); it changes the trials' draws, not the run's directions")
          Long seed,
      @ByName
          @Option(
              longNames = "threads",
              label = "T",
              description =
                  "threads to share the trials (default: the processors); the figures are the same for any")
          Integer threads,
      @ByName
          @Option(
              longNames = "format",
              defaultValue = "text",
              label = "text|json",
              description = "the format")
          @OptionValues(provider = "formats")
          String format,
      @ByName
          @Option(
              longNames = "output",
              label = "FILE",
              description =
                  "write to this file (.txt for text, .json for json) instead of the screen")
          String output,
      @Option(
              longNames = "force",
              defaultValue = "false",
              description = "replace the --output file if it exists")
          boolean force) {
    String f = Formats.check(format, List.of("text", "json"));
    int n = trials == null ? DEFAULT_TRIALS : trials;
    if (n < 1 || n > MAX_TRIALS) {
      throw new BadInputException(
          "--trials takes a whole number from 1 to " + MAX_TRIALS + ", like 10000, not " + n);
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > MAX_THREADS) {
      throw new BadInputException(
          "--threads takes a whole number from 1 to " + MAX_THREADS + ", like 2, not " + t);
    }
    Path target =
        output == null
            ? null
            : SafeWrite.check(
                output, f.equals("json") ? SafeWrite.JSON : TEXT, force, sessions, "--output");
    Game game = workshop.game();
    Scenario scenario = workshop.scenario();
    long s = seed == null ? game.seed() : seed;
    Structure structure = WholeRunTrials.structure(game);
    WholeRunTrials.Result result;
    try (TrialsProgress bar = TrialsProgress.on(terminal.getIfAvailable(), n, display.width())) {
      result = WholeRunTrials.run(structure, s, n, t, bar.listener());
    }
    String text =
        f.equals("json")
            ? Json.write(json, json(scenario, game, s, n, result)) + "\n"
            : screen(target == null ? display : Display.plain(), scenario, game, s, n, result);
    if (target == null) {
      return text.stripTrailing();
    }
    SafeWrite.write(target, text.endsWith("\n") ? text : text + "\n", force);
    TrialResult r = result.trials();
    return (r.stopped() ? "Stopped after " + r.trials() + " of " + n + " trials; wrote" : "Wrote")
        + " the likelihood ("
        + f
        + ", "
        + r.trials()
        + " trials, seed "
        + s
        + ") to "
        + output;
  }

  private String screen(
      Display d, Scenario scenario, Game game, long seed, int asked, WholeRunTrials.Result r) {
    Map<Integer, String> titles = new LinkedHashMap<>();
    for (TurnSpec ts : scenario.turns()) {
      titles.put(ts.number(), ts.title());
    }
    LikelihoodScreen.Heading h =
        new LikelihoodScreen.Heading(
            scenario.id(), seed, asked, game.turn(), scenario.lastTurn(), titles);
    return new LikelihoodScreen(d, Names.of(scenario, game.actors()).withMoves(game.moves()))
        .render(h, r.trials(), r.run());
  }

  static LikelihoodJson json(
      Scenario scenario, Game game, long seed, int asked, WholeRunTrials.Result r) {
    Uncertainty u = r.trials().uncertainty();
    Map<String, Double> model = new LinkedHashMap<>();
    model.put("structural", u.structural());
    model.put("weightSpread", u.weightSpread());
    model.put("thresholdSpread", u.thresholdSpread());
    model.put("assumptionDoubt", u.assumptionDoubt());
    return new LikelihoodJson(
        scenario.id(),
        new LinkedHashMap<>(game.knobs()),
        seed,
        asked,
        r.trials().trials(),
        r.trials().stopped(),
        game.turn(),
        model,
        r.trials().table(),
        r.run().table());
  }
}
