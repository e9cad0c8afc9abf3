package tabletop.shell.render;

import java.util.List;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Game;
import tabletop.engine.sim.WhatIf;
import tabletop.shell.Fixtures;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/**
 * The library's two-move turn, played by the real engine once per test JVM: turn 2 of {@code
 * china-lethal-aid-to-russia}, where NATO's statement joins China's lethal aid on the table.
 */
final class TwoMoveTurn {
  static final String SCENARIO = "china-lethal-aid-to-russia";
  static final TurnReport TURN;
  static final Names NAMES;
  static final List<String> QUESTIONS;
  static final List<WhatIf.Flip> FLIPS;

  static {
    Workshop w = new Workshop(Fixtures.library(), Fixtures.ENGINE, SCENARIO, 0);
    try {
      w.apply(new Action.Next());
      TURN = w.apply(new Action.Next());
      Scenario s = w.scenario();
      Game g = w.game();
      NAMES = Names.of(s, g.actors());
      QUESTIONS = s.turn(2).orElseThrow().questions();
      FLIPS = WhatIf.flips(w.engine().get(), s, g.knobs(), g.seed());
    } finally {
      w.close();
    }
  }

  private TwoMoveTurn() {}

  static Display at(int width) {
    return new Display(false, () -> width);
  }
}
