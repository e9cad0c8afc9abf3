package tabletop.shell.command;

import java.nio.file.Path;
import java.util.List;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.shell.command.completion.Formats;
import tabletop.shell.render.AfterActionRenderer;
import tabletop.shell.workshop.AfterActions;
import tabletop.shell.workshop.Workshop;

/** The after-action report of the current line of play. */
@ShellComponent
public class ReportCommands {
  private final Workshop workshop;
  private final AfterActionRenderer renderer;

  public ReportCommands(Workshop workshop, AfterActionRenderer renderer) {
    this.workshop = workshop;
    this.renderer = renderer;
  }

  @ShellMethod(
      key = "report",
      value =
          "Write the after-action report: turns, reactions and why, timeline, predictions, questions. Example: report --format md --out after-action.md",
      group = "Report")
  public String report(
      @ShellOption(
              value = "--format",
              defaultValue = "md",
              valueProvider = Formats.class,
              help = "md, html, json or csv")
          String format,
      @ShellOption(value = "--out", help = "file to write") String out) {
    String f = tabletop.shell.command.Formats.check(format, List.of("md", "html", "json", "csv"));
    String text = renderer.render(AfterActions.of(workshop), f);
    ScenarioCommands.write(Path.of(out), text);
    return "Wrote the after-action report (" + f + ") to " + out;
  }
}
