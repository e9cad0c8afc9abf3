package tabletop.shell.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.io.ScenarioException;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.shell.render.Display;
import tabletop.shell.render.LikelihoodScreen;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.workshop.EngineHolder;
import tabletop.shell.workshop.Problems;
import tabletop.shell.workshop.Workshop;

/** Plays a whole scenario in one go. */
@Command
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

  @Command(
      command = "run",
      description =
          "Play every turn of a scenario and show each actor's reaction, why, and the outcome. Without --scenario it plays the workshop's scenario with its current knobs and seed; --knob adds to or overrides them. Example: run --knob military-component=standing-presence --knob scope=cyber,terrorism --seed 7",
      group = "Run")
  public String run(
      @ByName
          @Option(
              longNames = "scenario",
              label = "ID|PATH",
              description = "id or path (default: the one loaded, with its knobs and seed)")
          @OptionValues(provider = "scenarioIds")
          String scenario,
      @ByName
          @Option(
              longNames = "knob",
              label = "NAME=VALUE",
              arity = OptionArity.ONE_OR_MORE,
              description =
                  "NAME=VALUE; repeat --knob for more (a set value: scope=cyber,terrorism)")
          @OptionValues(provider = "knobValues")
          String[] knobs,
      @ByName
          @Option(
              longNames = "seed",
              label = "N",
              description = "random seed (default: the workshop's, or 0 with --scenario)")
          Long seed,
      @ByName
          @Option(
              longNames = "format",
              defaultValue = "table",
              label = "table|json",
              description = "the format")
          @OptionValues(provider = "formats")
          String format) {
    String f = tabletop.shell.command.Formats.check(format, List.of("table", "json"));
    Scenario s;
    Map<String, String> values = new LinkedHashMap<>();
    long useSeed;
    try {
      if (scenario == null) {
        s = workshop.scenario();
        values.putAll(workshop.game().knobs());
        useSeed = seed != null ? seed : workshop.game().seed();
      } else {
        s = library.load(scenario);
        useSeed = seed != null ? seed : 0;
      }
    } catch (ScenarioException e) {
      throw new BadInputException(Problems.oneLine(e));
    }
    values.putAll(parseKnobs(knobs));
    Report report;
    try {
      report = engine.get().run(s, values, useSeed);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    if (f.equals("json")) {
      return Json.write(json, report);
    }
    List<tabletop.engine.model.Actor> actors;
    try (tabletop.engine.sim.Game names = engine.get().startQuiet(s, Map.of(), useSeed)) {
      actors = names.actors(); // the knowledge base's names for its actors
    }
    Scenario played = s;
    return ranWith(s.id(), useSeed, values)
        + "\n"
        + LikelihoodScreen.SEED_LINE
        + "\n\n"
        + new tabletop.shell.render.Views(display, tabletop.shell.render.Names.of(s, actors))
            .report(
                report,
                n ->
                    played
                        .turn(n)
                        .map(tabletop.engine.scenario.TurnSpec::questions)
                        .orElse(List.of()));
  }

  /** For callers with a seed always given. */
  public String run(String scenario, String[] knobs, long seed, String format) {
    return run(scenario, knobs, Long.valueOf(seed), format);
  }

  static String ranWith(String scenario, long seed, Map<String, String> knobs) {
    StringBuilder sb = new StringBuilder("Ran " + scenario + ", seed " + seed);
    if (knobs.isEmpty()) {
      return sb.append(", default knobs.").toString();
    }
    sb.append(", knobs: ");
    List<String> parts = new java.util.ArrayList<>();
    knobs.forEach((k, v) -> parts.add(k + "=" + v));
    return sb.append(String.join(", ", parts)).append('.').toString();
  }

  /**
   * The knobs of {@code --knob} values. Within one value a comma belongs to the value ({@code
   * scope=cyber,terrorism}); a comma-separated part with its own '=' starts a new knob ({@code
   * a=x,b=y}), one without continues the value before it. Repetitions accumulate; a knob named
   * twice keeps the last value.
   */
  static Map<String, String> parseKnobs(String[] knobs) {
    Map<String, String> out = new LinkedHashMap<>();
    if (knobs == null) {
      return out;
    }
    String last = null;
    for (String item : knobs) {
      for (String part : item.split(",", -1)) {
        String k = part.trim();
        int eq = k.indexOf('=');
        if (eq > 0) {
          last = k.substring(0, eq).trim();
          out.put(last, k.substring(eq + 1).trim());
        } else if (last != null && !k.isEmpty()) {
          out.put(last, out.get(last) + "," + k);
        } else {
          throw new BadInputException(
              "--knob takes NAME=VALUE, like military-component=training; not '" + item + "'");
        }
      }
    }
    return out;
  }
}
