package tabletop.shell.command;

import java.util.List;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.sim.WhatIf;
import tabletop.shell.render.Display;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.workshop.Workshop;

/** Why an actor reacted as it did: the chain of rules and facts, down to the world. */
@Command
public class ExplainCommands {
  private final Workshop workshop;
  private final Display display;

  public ExplainCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @Command(
      command = "explain",
      description =
          "Why an actor reacted so: each rule, the facts it rests on, the paragraphs it cites; assumptions apart. Example: explain china --turn 1 --full",
      group = "Explain")
  public String explain(
      @Option(
              longNames = "actor",
              required = true,
              label = "ACTOR",
              description = "the actor to explain")
          @OptionValues(provider = "actorIds")
          String actor,
      @ByName
          @Option(
              longNames = "turn",
              label = "N",
              description = "the turn (default: the last played)")
          Integer turn,
      @ByName
          @Option(
              longNames = "move",
              label = "MOVE",
              description = "the move to explain (default: each the actor reacted to)")
          String move,
      @Option(
              longNames = "full",
              defaultValue = "false",
              description = "the whole chain, every factor and rule, not fitted to one screen")
          boolean full) {
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
    List<WhatIf.Flip> flips =
        WhatIf.flips(
            workshop.engine().get(),
            workshop.scenario(),
            workshop.game().knobs(),
            workshop.game().seed());
    return Screens.of(workshop, display)
        .explain(
            rs,
            t.turn(),
            move,
            flips,
            full,
            workshop.game().clout(actor).orElse(null),
            m -> issueOf(workshop.scenario(), m))
        .stripTrailing();
  }

  /** A move's issue: its region, as the scenario gives it; null for a move with none. */
  private static String issueOf(tabletop.engine.scenario.Scenario s, String move) {
    for (tabletop.engine.scenario.TurnSpec t : s.turns()) {
      for (tabletop.engine.scenario.MoveSpec m : t.moves()) {
        if (m.id().equals(move)) {
          List<String> region = m.features().getOrDefault("region", List.of());
          return region.isEmpty() ? null : region.get(0);
        }
      }
    }
    return null;
  }
}
