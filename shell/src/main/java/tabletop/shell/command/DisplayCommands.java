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
          "Colour or plain output (plain for projectors that wash colours out, or for copying); 'display sources on' shows each move's cited paragraphs on the turn screen, 'display intensity on' how strongly each actor leans. Example: display sources on",
      group = "Display")
  public String display(
      @Option(
              longNames = "mode",
              required = true,
              label = "MODE",
              description = "plain, colour, sources or intensity")
          String mode,
      @Option(
              longNames = "state",
              label = "on|off",
              description = "for sources and intensity: on or off")
          String state) {
    switch (mode) {
      case "plain", "off" -> display.colour(false);
      case "colour", "color", "on" -> display.colour(true);
      case "sources" -> {
        display.sources(onOff(mode, state));
        return "The turn screen "
            + (display.sources() ? "shows" : "leaves out")
            + " the paragraphs each move cites.";
      }
      case "intensity" -> {
        display.intensity(onOff(mode, state));
        return "The turn screen "
            + (display.intensity() ? "shows" : "leaves out")
            + " how strongly each actor leans.";
      }
      default ->
          throw new BadInputException(
              "display takes plain, colour, sources or intensity, not '" + mode + "'");
    }
    return "Output is " + (display.colour() ? "in colour" : "plain") + ".";
  }

  private static boolean onOff(String mode, String state) {
    if ("on".equals(state)) {
      return true;
    }
    if ("off".equals(state)) {
      return false;
    }
    throw new BadInputException(
        "display " + mode + " takes on or off" + (state == null ? "" : ", not '" + state + "'"));
  }
}
