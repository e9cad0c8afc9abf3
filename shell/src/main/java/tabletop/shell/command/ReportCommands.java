package tabletop.shell.command;

import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.shell.journal.Sessions;
import tabletop.shell.render.AfterActionRenderer;
import tabletop.shell.support.ByName;
import tabletop.shell.support.Printable;
import tabletop.shell.support.SafeWrite;
import tabletop.shell.workshop.AfterActions;
import tabletop.shell.workshop.Workshop;

/** The after-action report of the current line of play. */
@Command
public class ReportCommands {
  private final Workshop workshop;
  private final AfterActionRenderer renderer;
  private final Path sessions;

  public ReportCommands(Workshop workshop, AfterActionRenderer renderer) {
    this(workshop, renderer, (Path) null);
  }

  @Autowired
  public ReportCommands(Workshop workshop, AfterActionRenderer renderer, Sessions sessions) {
    this(workshop, renderer, sessions.dir());
  }

  ReportCommands(Workshop workshop, AfterActionRenderer renderer, Path sessions) {
    this.workshop = workshop;
    this.renderer = renderer;
    this.sessions = sessions;
  }

  @Command(
      command = "report",
      description =
          "Write the after-action report: turns, reactions and why, timeline, predictions, questions. The format follows --format; the file name must end as that format does; an existing file is replaced only with --force. Example: report --format md --out after-action.md",
      group = "Report")
  public String report(
      @ByName
          @Option(
              longNames = "format",
              defaultValue = "md",
              label = "md|html|json|csv",
              description = "the format")
          @OptionValues(provider = "formats")
          String format,
      @ByName
          @Option(
              longNames = "out",
              required = true,
              label = "PATH",
              description = "the file to write")
          String out,
      @Option(
              longNames = "force",
              defaultValue = "false",
              description = "replace the file if it exists")
          boolean force) {
    String f = tabletop.shell.command.Formats.check(format, List.of("md", "html", "json", "csv"));
    Path target = SafeWrite.check(out, SafeWrite.format(f), force, sessions, "--out");
    String text = renderer.render(AfterActions.of(workshop), f);
    // people's text is kept exactly in JSON; in the other formats a control character is shown,
    // never obeyed by whatever opens the file
    SafeWrite.write(target, f.equals("json") ? text : Printable.visible(text), force);
    return "Wrote the after-action report (" + f + ") to " + out;
  }
}
