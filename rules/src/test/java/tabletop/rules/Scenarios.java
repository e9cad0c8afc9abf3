package tabletop.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.engine.sim.Engine;

/** Scenario fixtures: the default Centre of Excellence world and moves, built as records. */
final class Scenarios {
  static final Engine ENGINE = Engine.fromClasspath();

  /** The world of the default CoE scenario, as the article states it. */
  static final List<String> WORLD =
      List.of(
          "russia-war-on-ukraine",
          "agenda-for-shared-security-challenges",
          "strategic-concept-2022",
          "partners-at-nato-summits",
          "china-russia-partnership",
          "china-rhetorical-attack-on-nato",
          "nato-no-military-expansion-statement",
          "vilnius-communique-asks-of-china");

  static final List<String> PARTNERS =
      List.of("australia", "japan", "republic-of-korea", "new-zealand");

  private Scenarios() {}

  /** The default CoE (P24) with the given military component. */
  static MoveSpec coe(String militaryComponent) {
    return move(
        "coe",
        "nato",
        "centre-of-excellence",
        Map.of(
            "region", List.of("southeast-asia"),
            "host", List.of("southeast-asian-host"),
            "military-component", List.of(militaryComponent),
            "scope", List.of("cyber", "hybrid-threats", "maritime-security"),
            "funding", List.of("joint")));
  }

  static MoveSpec move(String id, String actor, String kind, Map<String, List<String>> features) {
    return new MoveSpec(id, actor, kind, id, "", features, null);
  }

  static Inject inject(List<String> asserts, List<String> retracts) {
    return new Inject("inject", "", asserts, retracts);
  }

  /** Two turns: the moves in turn 1, the injects (if any) at the start of turn 2. */
  static Scenario scenario(
      List<String> world, List<ActorSpec> actors, List<Inject> turn2, MoveSpec... moves) {
    return new Scenario(
        "test",
        "test",
        "",
        "",
        List.of(),
        world,
        actors,
        List.of(),
        List.of(
            new TurnSpec(1, "one", List.of(), List.of(moves), List.of()),
            new TurnSpec(2, "two", turn2, List.of(), List.of())),
        List.of());
  }

  static Scenario scenario(MoveSpec... moves) {
    return scenario(WORLD, List.of(), List.of(), moves);
  }

  static List<String> worldPlus(String... more) {
    List<String> w = new ArrayList<>(WORLD);
    w.addAll(List.of(more));
    return w;
  }

  static Report run(Scenario s) {
    return ENGINE.run(s, Map.of(), 7L);
  }

  /** The actor's reaction in a turn to the first of the scenario's own moves (no counter-move). */
  static ReactionView reaction(Report r, int turn, String actor) {
    TurnReport t = r.turns().get(turn - 1);
    java.util.Set<String> answers = counterMoves(r);
    return t.reactions().stream()
        .filter(v -> v.actor().equals(actor) && !answers.contains(v.move()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no reaction of " + actor));
  }

  /** The counter-moves the model proposed in a run. */
  static java.util.Set<String> counterMoves(Report r) {
    java.util.Set<String> out = new java.util.HashSet<>();
    r.turns().forEach(t -> t.answers().forEach(a -> out.add(a.id())));
    return out;
  }

  /** actor to direction, for readable failure messages. */
  static Map<String, String> directions(Report r, int turn) {
    Map<String, String> out = new LinkedHashMap<>();
    java.util.Set<String> answers = counterMoves(r);
    r.turns().get(turn - 1).reactions().stream()
        .filter(v -> !answers.contains(v.move()))
        .forEach(v -> out.putIfAbsent(v.actor(), v.direction()));
    return out;
  }
}
