package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.*;
import tabletop.engine.sim.Engine;

class SmokeTest {
  @Test
  void runs() {
    Engine engine = Engine.fromClasspath();
    MoveSpec coe =
        new MoveSpec(
            "coe",
            "nato",
            "centre-of-excellence",
            "CoE",
            "",
            Map.of(
                "region",
                List.of("southeast-asia"),
                "host",
                List.of("southeast-asian-host"),
                "military-component",
                List.of("none"),
                "scope",
                List.of("cyber", "hybrid-threats", "maritime-security"),
                "funding",
                List.of("joint")),
            null);
    Scenario s =
        new Scenario(
            "t",
            "t",
            "",
            "",
            List.of(),
            List.of(
                "russia-war-on-ukraine",
                "agenda-for-shared-security-challenges",
                "strategic-concept-2022",
                "partners-at-nato-summits",
                "china-russia-partnership",
                "china-rhetorical-attack-on-nato",
                "nato-no-military-expansion-statement"),
            List.of(),
            List.of(),
            List.of(
                new TurnSpec(1, "one", List.of(), List.of(coe), List.of()),
                new TurnSpec(2, "two", List.of(), List.of(), List.of())),
            List.of());
    Report r = engine.run(s, Map.of(), 0);
    r.turns()
        .forEach(
            t ->
                t.reactions()
                    .forEach(
                        x ->
                            System.err.println(
                                t.turn()
                                    + " "
                                    + x.actor()
                                    + " "
                                    + x.direction()
                                    + " "
                                    + x.score()
                                    + " "
                                    + x.summary()
                                    + " "
                                    + x.sources()
                                    + " "
                                    + x.rules())));
    System.err.println(r.outcome());
    System.err.println(r.turns().get(0).reaction("china").get().because());
    engine.rules().forEach(i -> System.err.println(i));
    assertThat(r.turns()).hasSize(2);
  }
}
