package tabletop.shell.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.io.ScenarioException;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.shell.command.completion.Formats;
import tabletop.shell.command.completion.KnobValues;
import tabletop.shell.command.completion.ScenarioIds;
import tabletop.shell.render.Display;
import tabletop.shell.render.Views;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.EngineHolder;
import tabletop.shell.workshop.Problems;
import tabletop.shell.workshop.Workshop;

/** Plays a whole scenario in one go. */
@ShellComponent
public class RunCommands {
  private final Workshop workshop;
  private final ScenarioLibrary library;
  private final EngineHolder engine;
  private final Display display;
  private final ObjectMapper json;

  public RunCommands(
      Workshop workshop,
      ScenarioLibrary library,
      EngineHolder engine,
      Display display,
      ObjectMapper tabletopJson) {
    this.workshop = workshop;
    this.library = library;
    this.engine = engine;
    this.display = display;
    this.json = tabletopJson;
  }

  @ShellMethod(
      key = "run",
      value =
          "Play every turn of a scenario and show each actor's reaction, why, and the outcome."
              + " Example: run --knob military-component=standing-presence --seed 7 --format json",
      group = "Run")
  public String run(
      @ShellOption(
              value = "--scenario",
              defaultValue = ShellOption.NULL,
              valueProvider = ScenarioIds.class,
              help = "id or path (default: the one loaded)")
          String scenario,
      @ShellOption(
              value = "--knob",
              defaultValue = ShellOption.NULL,
              arity = Integer.MAX_VALUE,
              valueProvider = KnobValues.class,
              help = "NAME=VALUE, one or more")
          String[] knobs,
      @ShellOption(value = "--seed", defaultValue = "0") long seed,
      @ShellOption(
              value = "--format",
              defaultValue = "table",
              valueProvider = Formats.class,
              help = "table or json")
          String format) {
    String f = tabletop.shell.command.Formats.check(format, List.of("table", "json"));
    Scenario s;
    try {
      s = scenario == null ? workshop.scenario() : library.load(scenario);
    } catch (ScenarioException e) {
      throw new BadInputException(Problems.oneLine(e));
    }
    Report report;
    try {
      report = engine.get().run(s, parseKnobs(knobs), seed);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    return f.equals("json") ? Json.write(json, report) : new Views(display).report(report);
  }

  static Map<String, String> parseKnobs(String[] knobs) {
    Map<String, String> out = new LinkedHashMap<>();
    if (knobs == null) {
      return out;
    }
    for (String k : knobs) {
      int eq = k.indexOf('=');
      if (eq <= 0) {
        throw new BadInputException(
            "--knob takes NAME=VALUE, like military-component=training; not '" + k + "'");
      }
      out.put(k.substring(0, eq).trim(), k.substring(eq + 1).trim());
    }
    return out;
  }
}
