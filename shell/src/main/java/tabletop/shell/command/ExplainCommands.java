package tabletop.shell.command;

import java.util.List;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.sim.WhatIf;
import tabletop.shell.command.completion.ActorIds;
import tabletop.shell.render.Display;
import tabletop.shell.render.Views;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Workshop;

/** Why an actor reacted as it did: the chain of rules and facts, down to the world. */
@ShellComponent
public class ExplainCommands {
  private final Workshop workshop;
  private final Display display;

  public ExplainCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @ShellMethod(
      key = "explain",
      value =
          "Why an actor reacted so: each rule, the facts it rests on, the paragraphs it cites; assumptions apart. Example: explain china --turn 1",
      group = "Explain")
  public String explain(
      @ShellOption(value = "--actor", valueProvider = ActorIds.class) String actor,
      @ShellOption(value = "--turn", defaultValue = ShellOption.NULL) Integer turn,
      @ShellOption(value = "--move", defaultValue = ShellOption.NULL) String move) {
    TurnReport t = workshop.turnReport(turn);
    List<ReactionView> rs =
        t.reactions().stream()
            .filter(r -> r.actor().equals(actor) && (move == null || r.move().equals(move)))
            .toList();
    if (rs.isEmpty()) {
      List<String> actors = t.reactions().stream().map(ReactionView::actor).distinct().toList();
      if (!actors.contains(actor)) {
        throw new BadInputException(
            "unknown actor '"
                + actor
                + "'"
                + tabletop.engine.scenario.Suggest.didYouMean(actor, actors)
                + "; in turn "
                + t.turn()
                + " these reacted: "
                + String.join(", ", actors));
      }
      throw new BadInputException(
          actor
              + " did not react to '"
              + move
              + "' in turn "
              + t.turn()
              + "; its moves: "
              + String.join(
                  ", ",
                  t.reactions().stream()
                      .filter(r -> r.actor().equals(actor))
                      .map(ReactionView::move)
                      .toList()));
    }
    Views v = new Views(display);
    StringBuilder sb = new StringBuilder();
    List<WhatIf.Flip> flips =
        WhatIf.flips(
            workshop.engine().get(),
            workshop.scenario(),
            workshop.game().knobs(),
            workshop.game().seed());
    for (ReactionView r : rs) {
      sb.append(v.explain(r, t.turn())).append('\n');
      sb.append(v.whatWouldChangeIt(r, t.turn(), flips)).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
