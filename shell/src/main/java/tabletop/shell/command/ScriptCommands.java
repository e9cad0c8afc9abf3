package tabletop.shell.command;

import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import tabletop.shell.support.CommandLine;
import tabletop.shell.support.Scripts;

/** Runs the commands of a file, as {@code tabletop @FILE} does. */
@Command
public class ScriptCommands {
  private final ObjectProvider<Shell> shell;
  private final CommandLine commandLine;

  public ScriptCommands(ObjectProvider<Shell> shell, CommandLine commandLine) {
    this.shell = shell;
    this.commandLine = commandLine;
  }

  @Command(
      command = "script",
      description =
          "Run the commands of a file, one a line; blank lines and lines starting with # are skipped; stops at the first failing line. Example: script workshop.txt",
      group = "Session")
  public String script(
      @Option(longNames = "file", required = true, label = "FILE", description = "the script")
          String file)
      throws Exception {
    int n = Scripts.run(Path.of(file), shell.getObject(), commandLine);
    return "Ran " + n + (n == 1 ? " command" : " commands") + " from " + file + ".";
  }
}
