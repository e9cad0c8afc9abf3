package tabletop.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.io.ScenarioException;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioValidator;
import tabletop.shell.command.completion.ScenarioIds;
import tabletop.shell.render.Display;
import tabletop.shell.render.Table;
import tabletop.shell.render.Views;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Msel;
import tabletop.shell.workshop.Problems;
import tabletop.shell.workshop.Workshop;

/** Scenarios: list the library, load, show, validate, convert to and from an MSEL spreadsheet. */
@ShellComponent
public class ScenarioCommands {
  private final Workshop workshop;
  private final ScenarioLibrary library;
  private final Display display;
  private final Msel msel = new Msel();

  public ScenarioCommands(Workshop workshop, ScenarioLibrary library, Display display) {
    this.workshop = workshop;
    this.library = library;
    this.display = display;
  }

  @ShellMethod(
      key = "scenario list",
      value = "List the scenarios in the library. Example: scenario list",
      group = "Scenario")
  public String list() {
    List<String> ids = library.ids();
    if (ids.isEmpty()) {
      return "The library " + library.dir() + " holds no scenarios; set -Dtabletop.library=DIR.";
    }
    Table t = new Table("id", "title");
    for (String id : ids) {
      String title;
      try {
        title = library.load(id).title();
      } catch (ScenarioException e) {
        title = "(does not load: " + Problems.oneLine(e) + ")";
      }
      t.row(id, title);
    }
    return t.render(display);
  }

  @ShellMethod(
      key = "scenario load",
      value =
          "Open a scenario by library id or file path; starts the line over. Example: scenario load coe-southeast-asia",
      group = "Scenario")
  public String load(
      @ShellOption(
              value = "--id",
              help = "library id or path to a .yaml file",
              valueProvider = ScenarioIds.class)
          String id,
      @ShellOption(value = "--seed", defaultValue = "0", help = "random seed") long seed) {
    workshop.apply(new Action.Load(id, seed));
    Scenario s = workshop.scenario();
    return "Loaded "
        + s.id()
        + ": "
        + s.title()
        + " ("
        + s.lastTurn()
        + " turns, "
        + s.knobs().size()
        + " knobs). 'brief' reads the briefing; 'turn next' plays turn 1.";
  }

  @ShellMethod(
      key = "scenario show",
      value =
          "Show a scenario: briefing, knobs, turns (default: the one loaded). Example: scenario show coe-southeast-asia",
      group = "Scenario")
  public String show(
      @ShellOption(
              value = "--id",
              defaultValue = ShellOption.NULL,
              valueProvider = ScenarioIds.class)
          String id) {
    Views v = new Views(display);
    if (id == null) {
      return v.scenario(workshop.scenario(), workshop.game().knobs());
    }
    try {
      return v.scenario(library.load(id), Map.of());
    } catch (ScenarioException e) {
      throw new BadInputException(Problems.oneLine(e));
    }
  }

  @ShellMethod(
      key = "scenario validate",
      value =
          "Check scenario files; lists every problem as file:line:column. Exit code 2 if any is invalid. Example: scenario validate my-scenario.yaml",
      group = "Scenario")
  public String validate(
      @ShellOption(value = "--files", arity = Integer.MAX_VALUE, help = "one or more files")
          String[] files) {
    ScenarioValidator validator = new ScenarioValidator(library);
    List<String> problems = new ArrayList<>();
    StringBuilder ok = new StringBuilder();
    for (String f : files) {
      List<tabletop.scenarios.io.Problem> found = validator.validate(Path.of(f));
      if (found.isEmpty()) {
        ok.append(f).append(": valid\n");
      } else {
        found.forEach(p -> problems.add(p.format()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(ok + String.join("\n", problems));
    }
    return ok.toString().stripTrailing();
  }

  @ShellMethod(
      key = "scenario export-msel",
      value =
          "Write a scenario's master scenario events list as CSV. Example: scenario export-msel coe-southeast-asia --out msel.csv",
      group = "Scenario")
  public String exportMsel(
      @ShellOption(value = "--id", valueProvider = ScenarioIds.class) String id,
      @ShellOption(value = "--out") String out) {
    Scenario s;
    try {
      s = library.load(id);
    } catch (ScenarioException e) {
      throw new BadInputException(Problems.oneLine(e));
    }
    write(Path.of(out), msel.export(s));
    return "Wrote the MSEL of " + s.id() + " to " + out;
  }

  @ShellMethod(
      key = "scenario import-msel",
      value =
          "Turn an MSEL spreadsheet (CSV) into a scenario file. Example: scenario import-msel msel.csv --out my-scenario.yaml",
      group = "Scenario")
  public String importMsel(
      @ShellOption(value = "--file") String file, @ShellOption(value = "--out") String out) {
    Path in = Path.of(file);
    String csv;
    try {
      csv = Files.readString(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read the file (" + e.getMessage() + ")");
    }
    write(Path.of(out), msel.importCsv(in.getFileName().toString(), csv, out));
    return "Wrote " + out + "; 'scenario validate " + out + "' checks it.";
  }

  static void write(Path out, String text) {
    try {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(out + ": cannot write the file (" + e.getMessage() + ")");
    }
  }
}
