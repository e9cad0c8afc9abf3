package tabletop.shell.command;

import java.util.List;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.shell.render.Display;
import tabletop.shell.render.Names;
import tabletop.shell.render.Views;
import tabletop.shell.workshop.Workshop;

/** The views of the workshop's current line: actors and moves called by their names. */
final class Screens {
  private Screens() {}

  /** Views naming the actors and moves of the current line's scenario and game. */
  static Views of(Workshop workshop, Display display) {
    return new Views(display, names(workshop));
  }

  /** The names of the current line's actors and moves. */
  static Names names(Workshop workshop) {
    return Names.of(workshop.scenario(), workshop.game().actors())
        .withMoves(workshop.game().moves());
  }

  /** Views naming the actors and moves a scenario gives, for a run outside the workshop. */
  static Views of(Scenario scenario, Display display) {
    return new Views(display, Names.of(scenario, List.of()));
  }

  /** The discussion questions of turn {@code turn} of the current line's scenario. */
  static List<String> questions(Workshop workshop, int turn) {
    return workshop.scenario().turn(turn).map(TurnSpec::questions).orElse(List.of());
  }
}
