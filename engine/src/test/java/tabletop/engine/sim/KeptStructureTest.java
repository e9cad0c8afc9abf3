package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Scenario;

/**
 * The engine keeps the structure of a whole run by scenario and knob settings: a second run at the
 * same settings, whatever its seed, reports what a run on a fresh engine reports, and a change of
 * knobs or an edited scenario derives its own.
 */
class KeptStructureTest {
  @Test
  void aSecondRunAtTheSameSettingsReportsWhatAFreshEngineReports() {
    Scenario s = MiniBase.scenario(Map.of(), false, 3);
    Report fresh = MiniBase.engine().run(s, Map.of(), 7);

    Engine engine = MiniBase.engine();
    engine.run(s, Map.of(), 3);
    assertThat(engine.keptWholeRuns()).isEqualTo(1);
    Report again = engine.run(s, Map.of(), 7);
    assertThat(engine.derivedWholeRuns()).isEqualTo(1);
    // the turns are the kept play's: the rules are not played again, and the report is the same
    assertThat(engine.replayedRuns()).isEqualTo(1);
    assertThat(again).isEqualTo(fresh);
    assertThat(again.seed()).isEqualTo(7);
    // the probabilities come from trials on the kept structure, so they are there
    assertThat(again.turns().get(0).reactions())
        .allSatisfy(r -> assertThat(r.distribution()).isNotEmpty());
  }

  @Test
  void otherKnobsOrAnEditedScenarioDeriveTheirOwn() {
    Engine engine = MiniBase.engine();
    Scenario s = MiniBase.scenario();
    engine.run(s, Map.of(), 0);
    Report off = engine.run(s, Map.of("f", "off"), 0);
    assertThat(engine.keptWholeRuns()).isEqualTo(2);
    assertThat(off).isEqualTo(MiniBase.engine().run(s, Map.of("f", "off"), 0));
    // the same scenario loaded again is the same; an edited one is another
    engine.run(MiniBase.scenario(), Map.of(), 0);
    assertThat(engine.derivedWholeRuns()).isEqualTo(2);
    engine.run(MiniBase.scenario(Map.of(), false, 3), Map.of(), 0);
    assertThat(engine.derivedWholeRuns()).isEqualTo(3);
  }

  @Test
  void anotherSeedDrawsOtherTrialsOnTheKeptPlay() {
    Scenario s = MiniBase.scenario(Map.of(), false, 3);
    Engine engine = MiniBase.engine();
    engine.run(s, Map.of(), 0);
    for (long seed : new long[] {1, 2, 3}) {
      assertThat(engine.run(s, Map.of(), seed)).isEqualTo(MiniBase.engine().run(s, Map.of(), seed));
    }
    assertThat(engine.replayedRuns()).isEqualTo(3);
    // a game played turn by turn is still played by the rules, whatever the engine kept
    try (Game g = engine.start(s, Map.of(), 1)) {
      g.playToEnd();
      assertThat(g.report().turns()).hasSize(3);
    }
    assertThat(engine.replayedRuns()).isEqualTo(3);
    // other knobs are played by the rules too
    engine.run(s, Map.of("f", "off"), 1);
    assertThat(engine.replayedRuns()).isEqualTo(3);
  }

  @Test
  void aWholeRunForADealIsDerivedOnce() {
    Engine engine = MiniBase.engine();
    Scenario s = MiniBase.scenario();
    Structure first = Game.wholeRun(engine, s, Map.of("f", "off"), 0);
    assertThat(Game.wholeRun(engine, s, Map.of("f", "off"), 5)).isSameAs(first);
    assertThat(Game.wholeRun(engine, s, Map.of(), 0)).isNotSameAs(first);
    assertThat(engine.derivedWholeRuns()).isEqualTo(2);
  }
}
