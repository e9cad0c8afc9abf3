package tabletop.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.io.ScenarioException;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioValidator;
import tabletop.shell.journal.Sessions;
import tabletop.shell.render.Display;
import tabletop.shell.render.Table;
import tabletop.shell.render.Views;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.support.SafeWrite;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Msel;
import tabletop.shell.workshop.Problems;
import tabletop.shell.workshop.Workshop;

/** Scenarios: list the library, load, show, validate, convert to and from an MSEL spreadsheet. */
@Command
public class ScenarioCommands {
  private final Workshop workshop;
  private final ScenarioLibrary library;
  private final Display display;
  private final Msel msel = new Msel();

  private final ObjectProvider<Sessions> sessions;

  public ScenarioCommands(Workshop workshop, ScenarioLibrary library, Display display) {
    this(workshop, library, display, null);
  }

  @Autowired
  public ScenarioCommands(
      Workshop workshop,
      ScenarioLibrary library,
      Display display,
      ObjectProvider<Sessions> sessions) {
    this.workshop = workshop;
    this.library = library;
    this.display = display;
    this.sessions = sessions;
  }

  @Command(
      command = "scenario list",
      description = "List the scenarios in the library. Example: scenario list",
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

  @Command(
      command = "scenario load",
      description =
          "Open a scenario by library id or file path; starts the line over. Example: scenario load coe-southeast-asia",
      group = "Scenario")
  public String load(
      @Option(
              longNames = "id",
              required = true,
              label = "ID|PATH",
              description = "library id or path to a .yaml file")
          @OptionValues(provider = "scenarioIds")
          String id,
      @ByName
          @Option(longNames = "seed", defaultValue = "0", label = "N", description = "random seed")
          long seed) {
    workshop.apply(new Action.Load(absoluteIfFile(id), seed));
    Scenario s = workshop.scenario();
    return "Loaded "
        + s.id()
        + ": "
        + s.title()
        + " ("
        + tabletop.shell.render.Text.count(s.lastTurn(), "turn")
        + ", "
        + tabletop.shell.render.Text.count(s.knobs().size(), "knob")
        + "). 'brief' reads the briefing; 'turn next' plays turn 1.";
  }

  @Command(
      command = "scenario show",
      description =
          "Show a scenario: briefing, knobs, turns (default: the one loaded). Example: scenario show coe-southeast-asia",
      group = "Scenario")
  public String show(
      @Option(
              longNames = "id",
              label = "ID",
              description = "the scenario (default: the one loaded)")
          @OptionValues(provider = "scenarioIds")
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

  @Command(
      command = "scenario validate",
      description =
          "Check scenario files; lists every problem as file:line:column. Exit code 2 if any is invalid. Example: scenario validate my-scenario.yaml",
      group = "Scenario")
  public String validate(
      @Option(
              longNames = "files",
              required = true,
              arity = OptionArity.ONE_OR_MORE,
              label = "FILE",
              description = "scenario files or folders")
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

  @Command(
      command = "scenario export-msel",
      description =
          "Write a scenario's master scenario events list as CSV. An existing file is replaced only with --force. Example: scenario export-msel coe-southeast-asia --out msel.csv",
      group = "Scenario")
  public String exportMsel(
      @Option(longNames = "id", required = true, label = "ID", description = "the scenario")
          @OptionValues(provider = "scenarioIds")
          String id,
      @ByName
          @Option(
              longNames = "out",
              required = true,
              label = "F.csv",
              description = "the CSV file to write")
          String out,
      @Option(
              longNames = "force",
              defaultValue = "false",
              description = "replace the file if it exists")
          boolean force) {
    Path target = SafeWrite.check(out, SafeWrite.CSV, force, sessionsDir(), "--out");
    Scenario s;
    try {
      s = library.load(id);
    } catch (ScenarioException e) {
      throw new BadInputException(Problems.oneLine(e));
    }
    SafeWrite.write(target, msel.export(s), force);
    return "Wrote the MSEL of " + s.id() + " to " + out;
  }

  @Command(
      command = "scenario import-msel",
      description =
          "Turn an MSEL spreadsheet (CSV) into a scenario file. An existing file is replaced only with --force. Example: scenario import-msel msel.csv --out my-scenario.yaml",
      group = "Scenario")
  public String importMsel(
      @Option(
              longNames = "file",
              required = true,
              label = "F.csv",
              description = "the MSEL spreadsheet")
          String file,
      @ByName
          @Option(
              longNames = "out",
              required = true,
              label = "F.yaml",
              description = "the scenario file to write")
          String out,
      @Option(
              longNames = "force",
              defaultValue = "false",
              description = "replace the file if it exists")
          boolean force) {
    Path target = SafeWrite.check(out, SafeWrite.YAML, force, sessionsDir(), "--out");
    Path in = Path.of(file);
    String csv;
    try {
      csv = Files.readString(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read the file (" + e.getMessage() + ")");
    }
    SafeWrite.write(target, msel.importCsv(in.getFileName().toString(), csv, out), force);
    return "Wrote " + out + "; 'scenario validate " + out + "' checks it.";
  }

  /** A path as an absolute one (a journal may be resumed from another folder); an id as it is. */
  private String absoluteIfFile(String id) {
    boolean pathLike =
        id.contains("/") || id.endsWith(".yaml") || id.endsWith(".yml") || id.endsWith(".json");
    if (library.file(id).isPresent() && !pathLike) {
      return id;
    }
    try {
      Path p = Path.of(id);
      return Files.isRegularFile(p) ? p.toAbsolutePath().normalize().toString() : id;
    } catch (RuntimeException e) {
      return id;
    }
  }

  private Path sessionsDir() {
    Sessions s = sessions == null ? null : sessions.getIfAvailable();
    return s == null ? null : s.dir();
  }
}
