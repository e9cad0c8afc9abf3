package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.engine.sim.Engine;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * Who a move is for and against reads the right way round in every scenario of the library and
 * every case, in the model's own run at the defaults: an actor a move is aimed against leans
 * against it at least; an actor it favours does not oppose it; the actor that tabled it backs it;
 * an actor that takes part in it does not oppose it. A student spots the opposite at once.
 */
class RolesReadRightTest {
  private static final Engine ENGINE = Engine.fromClasspath();

  static List<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("library", "cases")) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void rolesReadTheRightWayRound(Path file) throws Exception {
    Scenario s = new ScenarioLoader().load(file);
    Map<String, MoveSpec> moves = new HashMap<>();
    for (TurnSpec t : s.turns()) {
      for (MoveSpec m : t.moves()) {
        moves.put(m.id(), m);
      }
    }
    SoftAssertions soft = new SoftAssertions();
    int read = 0;
    for (TurnReport t : ENGINE.run(s, Map.of(), 0).turns()) {
      for (ReactionView r : t.reactions()) {
        MoveSpec m = moves.get(r.move());
        if (m == null) {
          continue; // a counter-move the model tabled: its roles are the knowledge base's
        }
        String d = r.direction();
        String where =
            file.getFileName() + " turn " + t.turn() + ": " + r.actor() + " on " + m.id();
        if (role(m, "against").contains(r.actor())) {
          soft.assertThat(d).as(where + " (aimed against it)").contains("OPPOSE");
          read++;
        }
        if (role(m, "favours").contains(r.actor())) {
          soft.assertThat(d).as(where + " (favoured by it)").doesNotContain("OPPOSE");
          read++;
        }
        if (m.actor().equals(r.actor())) {
          soft.assertThat(d).as(where + " (its own move)").contains("SUPPORT");
          read++;
        }
        if (role(m, "joins").contains(r.actor())) {
          soft.assertThat(d).as(where + " (takes part in it)").doesNotContain("OPPOSE");
          read++;
        }
      }
    }
    soft.assertAll();
    // every file has a leader reacting to its own move at least: the check cannot pass empty
    assertThat(read).as(file + ": role-bearing reactions checked").isPositive();
  }

  private static List<String> role(MoveSpec m, String name) {
    return m.features().getOrDefault(name, List.of());
  }
}
