package tabletop.shell.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.engine.sim.WhatIf;
import tabletop.shell.Fixtures;

/**
 * A two-move turn played by the real engine once per test JVM: {@code china-lethal-aid-to-russia}
 * with NATO's statement (turn 2 in the library) tabled in turn 1 beside China's lethal aid, since a
 * decided move leaves the table and the aid is decided in the turn it is tabled.
 */
final class TwoMoveTurn {
  static final String SCENARIO = "china-lethal-aid-to-russia";
  static final TurnReport TURN;
  static final Names NAMES;
  static final List<String> QUESTIONS;
  static final List<WhatIf.Flip> FLIPS;

  static {
    try {
      Scenario library = Fixtures.library().load(SCENARIO);
      TurnSpec one = library.turn(1).orElseThrow();
      TurnSpec two = library.turn(2).orElseThrow();
      List<MoveSpec> both = new ArrayList<>(one.moves());
      both.addAll(two.moves());
      List<TurnSpec> turns = new ArrayList<>(library.turns());
      turns.set(0, new TurnSpec(1, one.title(), one.injects(), both, two.questions()));
      Scenario s =
          new Scenario(
              library.id(),
              library.title(),
              library.summary(),
              library.briefing(),
              library.sources(),
              library.world(),
              library.actors(),
              library.knobs(),
              turns,
              library.expectations());
      Engine engine = Fixtures.ENGINE.get();
      try (Game g = engine.start(s, Map.of(), 0)) {
        TURN = g.next();
        NAMES = Names.of(s, g.actors());
        QUESTIONS = s.turn(1).orElseThrow().questions();
        FLIPS = WhatIf.flips(engine, s, g.knobs(), g.seed());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private TwoMoveTurn() {}

  static Display at(int width) {
    return new Display(false, () -> width);
  }
}
