package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.model.Direction;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Sensitivity;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * Sensitivity on the article's own scenario: the tornado is ranked, the threshold distance is the
 * run's net against the nearest cut, and every flip it names is checked by playing it.
 */
class SensitivityTest {
  private static final Engine ENGINE = Engine.fromClasspath();

  private static Scenario coe() throws Exception {
    return new ScenarioLoader().load(Path.of("library/coe-southeast-asia.yaml"));
  }

  @Test
  void chinaAndTheHostEachHaveAFlipAndEveryFlipNamedIsReal() throws Exception {
    Scenario s = coe();
    for (String actor : new String[] {"china", "southeast-asian-host"}) {
      Sensitivity.Result r =
          Sensitivity.of(ENGINE, s, Map.of(), 7, Uncertainty.fitted(), actor, "coe", null, x -> {});
      assertThat(r.flips()).as(actor).isNotEmpty();
      for (Sensitivity.Flip f : r.flips()) {
        Map<String, String> knobs = new LinkedHashMap<>();
        f.changes().forEach(c -> knobs.put(c.knob(), c.value()));
        var report = ENGINE.run(s, knobs, 7);
        if (f.what().equals("direction")) {
          assertThat(direction(report.turns(), actor, r.turn()))
              .as("%s with %s", actor, knobs)
              .isEqualTo(Direction.valueOf(f.to()));
        } else {
          String status = null;
          for (TurnReport t : report.turns()) {
            if (t.turn() <= r.turn() && t.outcomeByMove().containsKey("coe")) {
              status = t.outcomeByMove().get("coe").status();
            }
          }
          assertThat(status).as("%s with %s", actor, knobs).isEqualTo(f.to());
        }
      }
      // the bars are ranked by their swing, widest first
      for (int i = 1; i < r.bars().size(); i++) {
        assertThat(r.bars().get(i).swing()).isLessThanOrEqualTo(r.bars().get(i - 1).swing());
      }
      assertThat(r.bars()).extracting(Sensitivity.Bar::kind).contains("knob", "assumption");
      // the nearest threshold is the cut nearest the run's net
      assertThat(r.nearest().distance()).isEqualTo(Math.abs(r.score() - r.nearest().cut()));
      for (double cut : new double[] {0.6, 0.2, -0.2, -0.6}) {
        assertThat(r.nearest().distance()).isLessThanOrEqualTo(Math.abs(r.score() - cut) + 1e-9);
      }
      // just across it lies another direction
      assertThat(r.nearest().across()).isNotEqualTo(r.direction());
    }
  }

  @Test
  void anActorThatDoesNotReactIsRefusedWithItsMoves() throws Exception {
    assertThatThrownBy(
            () ->
                Sensitivity.of(
                    ENGINE,
                    coe(),
                    Map.of(),
                    7,
                    Uncertainty.fitted(),
                    "china",
                    "nope",
                    null,
                    x -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coe");
  }

  private static Direction direction(java.util.List<TurnReport> turns, String actor, int turn) {
    Direction last = null;
    for (TurnReport t : turns) {
      if (t.turn() > turn) {
        break;
      }
      for (ReactionView v : t.reactions()) {
        if (v.actor().equals(actor) && v.move().equals("coe")) {
          last = Direction.valueOf(v.direction());
        }
      }
    }
    return last;
  }

  @Test
  void aKnobThatMovesNothingStillNamesTheValueTried() throws Exception {
    // nothing in the knowledge base ties Russia to China's forum, and its scale changes nothing
    Scenario s = Forum.scenario();
    Sensitivity.Result r =
        Sensitivity.of(
            ENGINE, s, Map.of(), 0, Uncertainty.fitted(), "russia", "forum", null, x -> {});
    Sensitivity.Bar scale =
        r.bars().stream().filter(b -> b.name().equals("scale")).findFirst().orElseThrow();
    assertThat(scale.swing()).isZero();
    assertThat(scale.low()).isEqualTo("none");
    assertThat(scale.high()).isEqualTo("training");
  }
}
