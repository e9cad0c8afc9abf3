package tabletop.shell.command;

import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.shell.support.CommandInput;
import tabletop.shell.support.Scripts;

/** Runs the commands of a file, as {@code tabletop @FILE} does. */
@ShellComponent
public class ScriptCommands {
  private final ObjectProvider<Shell> shell;
  private final CommandInput input;

  public ScriptCommands(ObjectProvider<Shell> shell, CommandInput input) {
    this.shell = shell;
    this.input = input;
  }

  @ShellMethod(
      key = "script",
      value =
          "Run the commands of a file, one a line; blank lines and lines starting with # are skipped; stops at the first failing line. Example: script workshop.txt",
      group = "Session")
  public String script(@ShellOption(value = "--file") String file) throws Exception {
    int n = Scripts.run(Path.of(file), shell.getObject(), input);
    return "Ran " + n + (n == 1 ? " command" : " commands") + " from " + file + ".";
  }
}
