package tabletop.shell.command;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.shell.command.completion.KnobNames;
import tabletop.shell.command.completion.KnobValues;
import tabletop.shell.render.Display;
import tabletop.shell.render.Views;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/** The scenario's knobs: what-ifs a facilitator or student can turn. */
@ShellComponent
public class KnobCommands {
  private final Workshop workshop;
  private final Display display;

  public KnobCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @ShellMethod(
      key = "knob list",
      value = "The knobs of the scenario, their values and what they mean. Example: knob list",
      group = "Knobs")
  public String list() {
    return new Views(display).knobs(workshop.scenario(), workshop.game().knobs());
  }

  @ShellMethod(
      key = "knob set",
      value =
          "Set a knob; it takes effect from the next turn. Example: knob set military-component training",
      group = "Knobs")
  public String set(
      @ShellOption(value = "--name", valueProvider = KnobNames.class) String name,
      @ShellOption(value = "--value", valueProvider = KnobValues.class) String value) {
    workshop.apply(new Action.SetKnob(name, value));
    return name
        + " = "
        + workshop.game().knobs().get(name)
        + " (from turn "
        + (workshop.turn() + 1)
        + ")";
  }

  @ShellMethod(
      key = "knob reset",
      value =
          "Put a knob, or all knobs, back to the default. Example: knob reset military-component",
      group = "Knobs")
  public String reset(
      @ShellOption(
              value = "--name",
              defaultValue = ShellOption.NULL,
              valueProvider = KnobNames.class)
          String name) {
    workshop.apply(new Action.ResetKnob(name));
    return (name == null ? "All knobs are" : name + " is") + " back to the default.";
  }
}
