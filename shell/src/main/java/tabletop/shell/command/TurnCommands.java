package tabletop.shell.command;

import java.util.List;
import java.util.Optional;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import tabletop.engine.report.TurnReport;
import tabletop.shell.render.Display;
import tabletop.shell.render.RewindScreen;
import tabletop.shell.render.Views;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.support.Confirmation;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/** The workshop turn by turn: play, look back, rewind. */
@Command
public class TurnCommands {
  private final Workshop workshop;
  private final Display display;
  private final Confirmation confirmation;

  public TurnCommands(Workshop workshop, Display display) {
    this(workshop, display, Confirmation.none());
  }

  @org.springframework.beans.factory.annotation.Autowired
  public TurnCommands(Workshop workshop, Display display, Confirmation confirmation) {
    this.workshop = workshop;
    this.display = display;
    this.confirmation = confirmation;
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
                ? "That was the last turn. 'report --format md --out after-action.md'\nwrites the report."
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
          "Go back to the end of turn N as it was played, any played turn including the current one (0: the start, before turn 1). It lists what it drops (later turns, notes, predictions, team decisions, injects, knob changes) and asks first; --yes drops them without asking, as a script must. Example: turn rewind 1",
      group = "Workshop")
  public String rewind(
      @Option(
              longNames = "turn",
              required = true,
              label = "N",
              description = "the turn to go back to; 0 is the start")
          int turn,
      @ByName
          @Option(
              longNames = "yes",
              defaultValue = "false",
              description = "drop what came after turn N without asking")
          boolean yes) {
    List<Action> dropped = workshop.droppedByRewind(turn);
    if (!dropped.isEmpty() && !yes) {
      Optional<Boolean> answer =
          confirmation.ask(
              RewindScreen.listing(
                  "Going back to " + where(turn) + " drops:",
                  turn,
                  dropped,
                  Screens.names(workshop),
                  display),
              "Drop them and go back to " + where(turn) + "?");
      if (answer.isEmpty()) {
        throw new BadInputException(
            "'turn rewind "
                + turn
                + "' would drop "
                + RewindScreen.counted(turn, dropped)
                + ", and no one is at a terminal to confirm it; add --yes: turn rewind "
                + turn
                + " --yes");
      }
      if (!answer.get()) {
        return "Nothing dropped; the workshop stays at turn " + workshop.turn() + ".";
      }
    }
    String listing =
        dropped.isEmpty() || !yes
            ? ""
            : "\n"
                + RewindScreen.listing("Dropped:", turn, dropped, Screens.names(workshop), display);
    workshop.apply(new Action.Rewind(turn));
    if (turn == 0) {
      return "Back at the start, before turn 1. 'turn next' plays turn 1 again." + listing;
    }
    int last = workshop.scenario().lastTurn();
    return tabletop.shell.render.Text.block(
                "Back at the end of turn "
                    + turn
                    + ", as it was played"
                    + (dropped.isEmpty()
                        ? "; nothing came after it."
                        : "; what came after it is dropped.")
                    + (turn < last ? " 'turn next' plays turn " + (turn + 1) + " again." : ""),
                display.width(),
                "")
            .stripTrailing()
        + listing;
  }

  private static String where(int turn) {
    return turn == 0 ? "the start, before turn 1," : "the end of turn " + turn;
  }

  /** For callers that confirm in advance. */
  public String rewind(int turn) {
    return rewind(turn, true);
  }
}
