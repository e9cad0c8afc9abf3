package tabletop.shell.command;

import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.shell.render.Display;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/** The scenario's knobs: what-ifs a facilitator or student can turn. */
@Command
public class KnobCommands {
  private final Workshop workshop;
  private final Display display;

  public KnobCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @Command(
      command = "knob list",
      description =
          "The knobs of the scenario, their values and what they mean. Example: knob list",
      group = "Knobs")
  public String list() {
    return Screens.of(workshop, display).knobs(workshop.scenario(), workshop.game().knobs());
  }

  @Command(
      command = "knob set",
      description =
          "Set a knob; it takes effect from the next turn. Example: knob set military-component training",
      group = "Knobs")
  public String set(
      @Option(
              longNames = "name",
              required = true,
              label = "NAME",
              description = "the knob ('knob list' shows them)")
          @OptionValues(provider = "knobNames")
          String name,
      @Option(
              longNames = "value",
              required = true,
              label = "VALUE",
              description = "its new value; a set of values is one word: cyber,terrorism")
          @OptionValues(provider = "knobValues")
          String value) {
    workshop.apply(new Action.SetKnob(name, value));
    return name
        + " = "
        + workshop.game().knobs().get(name)
        + " (from turn "
        + (workshop.turn() + 1)
        + ")";
  }

  @Command(
      command = "knob reset",
      description =
          "Put a knob, or all knobs, back to the default. Example: knob reset military-component",
      group = "Knobs")
  public String reset(
      @Option(longNames = "name", label = "NAME", description = "the knob (default: all)")
          @OptionValues(provider = "knobNames")
          String name) {
    workshop.apply(new Action.ResetKnob(name));
    return (name == null ? "All knobs are" : name + " is") + " back to the default.";
  }
}
