package tabletop.shell.command;

import java.util.List;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.shell.render.Display;
import tabletop.shell.support.CommandLine;
import tabletop.shell.support.Help;

/** Help, written from the same declarations the commands are read with. */
@Command(group = "Help")
public class HelpCommands {
  private final Help help;

  public HelpCommands(CommandLine commandLine, Display display) {
    this.help = new Help(commandLine, display);
  }

  @Command(
      command = "help",
      description = "The commands, or how to write one of them. Example: help knob set")
  public String help(
      @Option(
              longNames = "command",
              arity = OptionArity.ZERO_OR_MORE,
              label = "COMMAND",
              description = "the command to explain")
          @OptionValues(provider = "commandNames")
          List<String> command) {
    if (command == null || command.isEmpty()) {
      return help.all();
    }
    return help.command(String.join(" ", command));
  }
}
