package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * Every knob of every library scenario does something: with the other knobs at their defaults, some
 * value of the knob changes some actor's direction or a move's outcome in some turn. A knob that
 * cannot matter in its scenario does not belong in it.
 */
class KnobsMatterTest {
  private static final ScenarioLibrary LIBRARY =
      new ScenarioLibrary(Path.of("library"), new ScenarioLoader());
  private static final Engine ENGINE = Engine.fromClasspath();

  static List<Arguments> knobs() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (String id : LIBRARY.ids()) {
      for (Knob k : LIBRARY.load(id).knobs()) {
        out.add(Arguments.of(id, k.name()));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}: knob {1}")
  @MethodSource("knobs")
  void someValueChangesADirectionOrAnOutcome(String id, String knob) throws Exception {
    Scenario s = LIBRARY.load(id);
    Knob k = s.knob(knob).orElseThrow();
    Map<String, String> baseline = play(s, Map.of());
    List<String> tried = new ArrayList<>();
    for (String value : alternatives(k)) {
      tried.add(value);
      if (!play(s, Map.of(knob, value)).equals(baseline)) {
        return;
      }
    }
    assertThat(tried)
        .as("no value of knob '%s' changes a direction or an outcome in %s", knob, id)
        .isEmpty();
  }

  /** The values worth trying besides the default. */
  static List<String> alternatives(Knob k) {
    List<String> out = new ArrayList<>();
    switch (k.type()) {
      case BOOLEAN -> out.add("true".equals(k.defaultValue()) ? "false" : "true");
      case CHOICE -> k.values().stream().filter(v -> !v.equals(k.defaultValue())).forEach(out::add);
      case SET -> {
        out.add("");
        out.add(String.join(",", k.values()));
        out.addAll(k.values());
      }
      case NUMBER -> {
        out.add(String.valueOf(k.min()));
        out.add(String.valueOf(k.max()));
      }
    }
    return out;
  }

  /** Each reaction's direction and each outcome, turn by turn. */
  private static Map<String, String> play(Scenario s, Map<String, String> knobs) {
    Map<String, String> out = new LinkedHashMap<>();
    try (Game g = ENGINE.startQuiet(s, knobs, 7)) {
      g.playToEnd();
      Report r = g.report();
      for (TurnReport t : r.turns()) {
        for (ReactionView v : t.reactions()) {
          out.put(t.turn() + "/" + v.move() + "/" + v.actor(), v.direction());
        }
        for (OutcomeView o : t.outcomes()) {
          out.put(t.turn() + "/" + o.move() + "/outcome", o.status());
        }
      }
    }
    return out;
  }
}
