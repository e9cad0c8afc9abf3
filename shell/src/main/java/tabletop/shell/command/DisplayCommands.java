package tabletop.shell.command;

import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import tabletop.shell.render.Display;
import tabletop.shell.support.BadInputException;

/** How output looks: colour or plain. */
@Command
public class DisplayCommands {
  private final Display display;

  public DisplayCommands(Display display) {
    this.display = display;
  }

  @Command(
      command = "display",
      description =
          "Colour or plain output (plain for projectors that wash colours out, or for copying). Example: display plain",
      group = "Display")
  public String display(
      @Option(longNames = "mode", required = true, label = "MODE", description = "plain or colour")
          String mode) {
    switch (mode) {
      case "plain", "off" -> display.colour(false);
      case "colour", "color", "on" -> display.colour(true);
      default -> throw new BadInputException("display takes plain or colour, not '" + mode + "'");
    }
    return "Output is " + (display.colour() ? "in colour" : "plain") + ".";
  }
}
