package tabletop.shell.command;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.shell.render.Display;
import tabletop.shell.support.BadInputException;

/** How output looks: colour or plain. */
@ShellComponent
public class DisplayCommands {
  private final Display display;

  public DisplayCommands(Display display) {
    this.display = display;
  }

  @ShellMethod(
      key = "display",
      value =
          "Colour or plain output (plain for projectors that wash colours out, or for copying). Example: display plain",
      group = "Display")
  public String display(@ShellOption(value = "--mode", help = "plain or colour") String mode) {
    switch (mode) {
      case "plain", "off" -> display.colour(false);
      case "colour", "color", "on" -> display.colour(true);
      default -> throw new BadInputException("display takes plain or colour, not '" + mode + "'");
    }
    return "Output is " + (display.colour() ? "in colour" : "plain") + ".";
  }
}
