package tabletop.shell.command;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.shell.command.completion.BranchNames;
import tabletop.shell.render.Display;
import tabletop.shell.render.Table;
import tabletop.shell.render.Views;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Comparison;
import tabletop.shell.workshop.Workshop;

/** Branches: fork the line of play to try a what-if, switch between lines, compare them. */
@ShellComponent
public class BranchCommands {
  private final Workshop workshop;
  private final Display display;

  public BranchCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @ShellMethod(
      key = "branch",
      value =
          "Fork the current line into a new branch and switch to it. Example: branch what-if-training",
      group = "Branches")
  public String fork(@ShellOption(value = "--name") String name) {
    String from = workshop.branch();
    workshop.apply(new Action.Fork(name));
    return "Branch "
        + name
        + " forked from "
        + from
        + " at turn "
        + workshop.turn()
        + "; you are on it.";
  }

  @ShellMethod(
      key = "branch switch",
      value = "Switch to another branch. Example: branch switch main",
      group = "Branches")
  public String switchTo(
      @ShellOption(value = "--name", valueProvider = BranchNames.class) String name) {
    workshop.apply(new Action.Switch(name));
    return "On branch " + name + ", turn " + workshop.turn() + ".";
  }

  @ShellMethod(
      key = "branch list",
      value = "The branches of this workshop. Example: branch list",
      group = "Branches")
  public String list() {
    Table t = new Table("branch", "turn", "scenario", "here");
    String current = workshop.branch();
    for (String b : workshop.branchNames()) {
      var actions = workshop.actions(b);
      long turn = actions.stream().filter(Action.Next.class::isInstance).count();
      t.row(b, turn, scenarioOf(actions), b.equals(current) ? "(current)" : "");
    }
    return t.render(display);
  }

  private static String scenarioOf(java.util.List<Action> actions) {
    return actions.isEmpty() || !(actions.get(0) instanceof Action.Load l) ? "" : l.scenario();
  }

  @ShellMethod(
      key = "compare",
      value =
          "Each actor here against another branch (or --baseline: a fresh run with default knobs), and the knobs, injects, overrides and rules that made the difference. Example: compare main",
      group = "Branches")
  public String compare(
      @ShellOption(
              value = "--branch",
              defaultValue = ShellOption.NULL,
              valueProvider = BranchNames.class)
          String branch,
      @ShellOption(value = "--baseline", defaultValue = "false") boolean baseline) {
    Comparison c;
    if (baseline || branch == null) {
      c = workshop.compareWithBaseline();
    } else {
      c = workshop.compareWith(branch);
    }
    StringBuilder sb = new StringBuilder();
    for (String note : workshop.lastComparisonNotes()) {
      sb.append(note).append('\n');
    }
    return sb.append('\n').append(new Views(display).comparison(c)).toString();
  }
}
