package tabletop.shell.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Deal;
import tabletop.engine.sim.Uncertainty;
import tabletop.shell.render.DealScreen;
import tabletop.shell.render.Display;
import tabletop.shell.render.Names;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.support.TrialsProgress;
import tabletop.shell.workshop.Workshop;

/** What package could pass: the negotiable knobs of a move searched, ranked, and bargained over. */
@Command
public class DealCommands {
  /** The most rounds of bargaining one command may ask for. */
  public static final int MAX_ROUNDS = 50;

  /** The most trials per package one command may ask for. */
  public static final int MAX_TRIALS = 100_000;

  private final Workshop workshop;
  private final Display display;
  private final ObjectMapper json;
  private final ObjectProvider<Terminal> terminal;

  public DealCommands(
      Workshop workshop,
      Display display,
      ObjectMapper tabletopJson,
      ObjectProvider<Terminal> terminal) {
    this.workshop = workshop;
    this.display = display;
    this.json = tabletopJson;
    this.terminal = terminal;
  }

  @Command(
      command = "deal",
      description =
          "What package could pass: every combination of the knobs the scenario marks negotiable for a move, played to the end with whole-run trials, ranked by the probability that the move goes ahead and then by the support it draws; what each package concedes and to whom, and the veto player closest to blocking. --rounds lets the veto player and the mover bargain in turn. Starts from the knobs as they stand (team decisions and live injects aside); takes a few seconds. Example: deal coe --rounds 3",
      group = "Explain")
  public String deal(
      @Option(
              longNames = "move",
              required = true,
              label = "MOVE",
              description = "the move to strike a deal on")
          @OptionValues(provider = "scenarioMoveIds")
          String move,
      @ByName
          @Option(
              longNames = "rounds",
              defaultValue = "0",
              label = "N",
              description =
                  "rounds of bargaining after the search: the veto player closest to blocking proposes, the mover accepts or counters (default 0)")
          int rounds,
      @ByName
          @Option(
              longNames = "top",
              defaultValue = "5",
              label = "K",
              description = "how many of the ranked packages to show (default 5)")
          int top,
      @ByName
          @Option(
              longNames = "trials",
              label = "N",
              description =
                  "whole-run trials per package, the same draws for each (default "
                      + Deal.TRIALS
                      + ")")
          Integer trials,
      @ByName
          @Option(
              longNames = "format",
              defaultValue = "table",
              label = "table|json",
              description = "the format")
          @OptionValues(provider = "formats")
          String format) {
    String f = Formats.check(format, List.of("table", "json"));
    if (rounds < 0 || rounds > MAX_ROUNDS) {
      throw new BadInputException(
          "--rounds takes a whole number from 0 to " + MAX_ROUNDS + ", like 3, not " + rounds);
    }
    if (top < 1) {
      throw new BadInputException("--top takes a number of packages of at least 1, not " + top);
    }
    int n = trials == null ? Deal.TRIALS : trials;
    if (n < 1 || n > MAX_TRIALS) {
      throw new BadInputException(
          "--trials takes a whole number from 1 to " + MAX_TRIALS + ", like 2000, not " + n);
    }
    Scenario s = workshop.scenario();
    Map<String, String> knobs = workshop.game().knobs();
    long seed = workshop.game().seed();
    int packages;
    try {
      packages = Deal.packages(s, move, knobs).size();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    Deal.Result r;
    try (TrialsProgress bar =
        TrialsProgress.on(terminal.getIfAvailable(), packages, display.width(), "packages")) {
      r =
          Deal.search(
              workshop.engine().get(),
              s,
              move,
              knobs,
              seed,
              Uncertainty.fitted(),
              n,
              capabilities(),
              rounds,
              Runtime.getRuntime().availableProcessors(),
              bar.listener(),
              () -> false);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    if (f.equals("json")) {
      return Json.write(json, r);
    }
    Names names = Names.of(s, workshop.game().actors());
    return new DealScreen(names, display.width()).render(r, top).stripTrailing();
  }

  /** Each actor's capability: its weight in the support a package draws. */
  private Map<String, Double> capabilities() {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (tabletop.engine.model.Actor a : workshop.game().actors()) {
      workshop.game().clout(a.id()).ifPresent(c -> out.put(a.id(), c.capability()));
    }
    return out;
  }
}
