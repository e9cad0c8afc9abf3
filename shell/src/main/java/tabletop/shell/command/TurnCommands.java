package tabletop.shell.command;

import java.util.List;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import tabletop.engine.report.TurnReport;
import tabletop.shell.render.Display;
import tabletop.shell.render.Views;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/** The workshop turn by turn: play, look back, rewind. */
@Command
public class TurnCommands {
  private final Workshop workshop;
  private final Display display;

  public TurnCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @Command(
      command = "turn next",
      description =
          "Play the next turn: its injects and moves, each actor's reaction, and what changed. Example: turn next",
      group = "Workshop")
  public String next() {
    TurnReport now = workshop.apply(new Action.Next());
    Views v = Screens.of(workshop, display);
    StringBuilder sb = new StringBuilder(v.turn(now, Screens.questions(workshop, now.turn())));
    List<TurnReport> h = workshop.history();
    if (h.size() >= 2) {
      sb.append('\n').append(v.changes(h.get(h.size() - 2), now));
    }
    int left = workshop.scenario().lastTurn() - now.turn();
    sb.append('\n')
        .append(
            left == 0
                ? "That was the last turn. 'report --format md --out after-action.md' writes the report."
                : "'turn next' plays turn " + (now.turn() + 1) + ".");
    return sb.toString();
  }

  @Command(
      command = "turn show",
      description = "Show a turn already played (default: the last). Example: turn show 1",
      group = "Workshop")
  public String show(
      @Option(longNames = "turn", label = "N", description = "the turn (default: the last)")
          Integer turn) {
    TurnReport t = workshop.turnReport(turn);
    return Screens.of(workshop, display).turn(t, Screens.questions(workshop, t.turn()));
  }

  @Command(
      command = "turn rewind",
      description =
          "Go back to the end of turn N as it was played, any played turn including the current one (0: the start, before turn 1); what was done after it on this branch is dropped. Example: turn rewind 1",
      group = "Workshop")
  public String rewind(
      @Option(
              longNames = "turn",
              required = true,
              label = "N",
              description = "the turn to go back to; 0 is the start")
          int turn) {
    workshop.apply(new Action.Rewind(turn));
    if (turn == 0) {
      return "Back at the start, before turn 1. 'turn next' plays turn 1 again.";
    }
    int last = workshop.scenario().lastTurn();
    return "Back at the end of turn "
        + turn
        + ", as it was played; what was done after it is dropped."
        + (turn < last ? " 'turn next' plays turn " + (turn + 1) + " again." : "");
  }
}
