package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.model.Direction;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.engine.sim.Structure;
import tabletop.engine.sim.TrialResult;
import tabletop.engine.sim.Trials;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * The fast path against the knowledge base: with no uncertainty (every assumption holds, every
 * weight at its value, no structural term, exact thresholds) one trial of the structure Drools
 * derived plays exactly the game Drools plays, reaction by reaction and outcome by outcome, for
 * every scenario of the library and every historical case. And where some assumptions do not hold,
 * one trial with those draws fixed plays what Drools plays with those rules switched off.
 */
class TrialsMatchTheRunTest {
  private static final ScenarioLoader LOADER = new ScenarioLoader();
  private static final Engine ENGINE = Engine.fromClasspath();

  static Stream<Path> files() throws Exception {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("library", "cases")) {
      try (Stream<Path> s = java.nio.file.Files.list(Path.of(dir))) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void oneTrialWithoutUncertaintyIsTheRun(Path file) throws Exception {
    Scenario s = LOADER.load(file);
    try (Game g = ENGINE.start(s, Map.of(), 0)) {
      g.playToEnd();
      Structure st = g.structure();
      assertThat(st.separable()).as(st.whyNot()).isTrue();
      TrialResult tr = Trials.run(st, Uncertainty.NONE, 0, 1);
      for (TurnReport t : g.history()) {
        for (ReactionView r : t.reactions()) {
          assertThat(tr.reaction(t.turn(), r.actor(), r.move()))
              .as("turn %d: %s on %s", t.turn(), r.actor(), r.move())
              .containsEntry(Direction.valueOf(r.direction()), 1.0);
        }
        for (OutcomeView o : t.outcomeByMove().values()) {
          assertThat(tr.outcome(t.turn(), o.move()))
              .as("turn %d: outcome of %s", t.turn(), o.move())
              .containsEntry(Trials.Standing.valueOf(o.status()), 1.0);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aTrialWhereAssumptionsFailIsDroolsWithoutTheirRules(Path file) throws Exception {
    Scenario s = LOADER.load(file);
    Structure st;
    try (Game g = ENGINE.startQuiet(s, Map.of(), 0)) {
      g.playToEnd();
      st = g.structure();
    }
    List<Integer> assumptions = new ArrayList<>();
    for (int i = 0; i < st.draws().size(); i++) {
      if (st.draws().get(i).kind() == Structure.Draw.Kind.HOLDS) {
        assumptions.add(i);
      }
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(file.toString().hashCode());
    for (int round = 0; round < 3; round++) {
      Map<Integer, Double> fixed = new java.util.LinkedHashMap<>();
      java.util.Set<String> off = new java.util.LinkedHashSet<>();
      for (int i : assumptions) {
        boolean holds = random.nextInt(3) > 0;
        fixed.put(i, holds ? 1.0 : 0.0);
        if (!holds) {
          off.add(st.draws().get(i).label());
        }
      }
      TrialResult tr = Trials.run(st, Uncertainty.NONE, 0, 1, fixed);
      try (Game g = ENGINE.startWithout(s, Map.of(), 0, off)) {
        g.playToEnd();
        for (TurnReport t : g.history()) {
          for (ReactionView r : t.reactions()) {
            assertThat(tr.reaction(t.turn(), r.actor(), r.move()))
                .as("without %s, turn %d: %s on %s", off, t.turn(), r.actor(), r.move())
                .containsEntry(Direction.valueOf(r.direction()), 1.0);
          }
          Map<String, OutcomeView> outcomes = t.outcomeByMove();
          for (String move : st.moves()) {
            Map<Trials.Standing, Double> o = tr.outcome(t.turn(), move);
            OutcomeView drools = outcomes.get(move);
            if (drools != null) {
              assertThat(o)
                  .as("without %s, turn %d: outcome of %s", off, t.turn(), move)
                  .containsEntry(Trials.Standing.valueOf(drools.status()), 1.0);
            }
          }
        }
      }
    }
  }
}
