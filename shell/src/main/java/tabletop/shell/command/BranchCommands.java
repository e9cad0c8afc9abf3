package tabletop.shell.command;

import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.shell.render.Display;
import tabletop.shell.render.Table;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Comparison;
import tabletop.shell.workshop.Workshop;

/** Branches: fork the line of play to try a what-if, switch between lines, compare them. */
@Command
public class BranchCommands {
  private final Workshop workshop;
  private final Display display;

  public BranchCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @Command(
      command = "branch",
      description =
          "Fork the current line into a new branch and switch to it. Example: branch what-if-training",
      group = "Branches")
  public String fork(
      @Option(longNames = "name", required = true, label = "NAME", description = "the new branch")
          String name) {
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

  @Command(
      command = "branch switch",
      description = "Switch to another branch. Example: branch switch main",
      group = "Branches")
  public String switchTo(
      @Option(
              longNames = "name",
              required = true,
              label = "NAME",
              description = "the branch to go to")
          @OptionValues(provider = "branchNames")
          String name) {
    workshop.apply(new Action.Switch(name));
    return "On branch " + name + ", turn " + workshop.turn() + ".";
  }

  @Command(
      command = "branch list",
      description = "The branches of this workshop. Example: branch list",
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

  @Command(
      command = "compare",
      description =
          "Each actor here against another branch (or --baseline: a fresh run with default knobs), and the knobs, injects, overrides and rules that made the difference. Example: compare main",
      group = "Branches")
  public String compare(
      @Option(
              longNames = "branch",
              label = "BRANCH",
              description = "the branch to compare with (default: main)")
          @OptionValues(provider = "branchNames")
          String branch,
      @Option(
              longNames = "baseline",
              defaultValue = "false",
              description = "compare with a fresh run with default knobs")
          boolean baseline) {
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
    return sb.append('\n').append(Screens.of(workshop, display).comparison(c)).toString();
  }
}
