package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.KnobEffect;
import tabletop.engine.scenario.Scenario;

/**
 * Packages whose knobs change nothing the trials read share one set of trials: the structure's
 * fingerprint tells them apart, and a shared package's figures are those its own trials give.
 */
class DealSharingTest {
  /** MiniBase's scenario with f negotiable over on, off and idle: no rule reads off or idle. */
  private static Scenario scenario() {
    Scenario s = MiniBase.scenario();
    Knob f =
        new Knob(
            "f",
            Knob.Type.CHOICE,
            "on",
            List.of("on", "off", "idle"),
            null,
            null,
            "Feature f of move m.",
            List.of(KnobEffect.feature("m", "f")),
            true);
    return new Scenario(
        s.id(),
        s.title(),
        s.summary(),
        s.briefing(),
        s.sources(),
        s.world(),
        s.actors(),
        List.of(s.knobs().get(0), f),
        s.turns(),
        s.expectations());
  }

  /** A search of move m on a fresh engine, 500 trials at seed 0, from f on. */
  private static Deal.Search search(Scenario s) {
    return new Deal.Search(
        MiniBase.engine(),
        s,
        Deal.move(s, "m"),
        Map.of("tense", "true", "f", "on"),
        0,
        Uncertainty.fitted(),
        500,
        Map.of(),
        Deal.negotiable(s, "m"),
        () -> false);
  }

  @Test
  void aFingerprintTellsStructuresApartAndMatchesEqualOnes() {
    Engine engine = MiniBase.engine();
    Scenario s = scenario();
    String on = Game.wholeRun(engine, s, Map.of("f", "on"), 0).fingerprint();
    String off = Game.wholeRun(engine, s, Map.of("f", "off"), 0).fingerprint();
    String idle = Game.wholeRun(engine, s, Map.of("f", "idle"), 0).fingerprint();
    assertThat(off).isEqualTo(idle);
    assertThat(on).isNotEqualTo(off);
    // the same settings in another engine give the same fingerprint
    assertThat(Game.wholeRun(MiniBase.engine(), s, Map.of("f", "on"), 3).fingerprint())
        .isEqualTo(on);
  }

  @Test
  void packagesWithTheSameStructureShareTheirTrials() {
    Scenario s = scenario();
    Deal.Search search = search(s);
    List<Map<String, String>> packages = Deal.packages(s, "m", Map.of());
    assertThat(packages).hasSize(3);
    List<Deal.Measured> measured = search.measureAll(packages, 1, n -> {});
    assertThat(search.sampled.get()).isEqualTo(2);
    Deal.Measured off = measured.get(1);
    Deal.Measured idle = measured.get(2);
    assertThat(idle.knobs).containsEntry("f", "idle");
    assertThat(idle.end).isEqualTo(off.end);
    assertThat(idle.supportBy).isEqualTo(off.supportBy);
    // what its own trials would give: a search that meets idle first
    Deal.Measured own = search(s).measure(Map.of("f", "idle"));
    assertThat(own.end).isEqualTo(idle.end);
    assertThat(own.supportBy).isEqualTo(idle.supportBy);
    assertThat(own.blocking).isEqualTo(idle.blocking);
    assertThat(measured.get(0).end).isNotEqualTo(off.end);
  }
}
