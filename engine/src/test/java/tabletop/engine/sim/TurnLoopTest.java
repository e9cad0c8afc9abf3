package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;

/** The turn loop over small knowledge bases built here: the firing limit and determinism. */
class TurnLoopTest {

  static final String QUERIES =
      """
      query "reactions" $r : Reaction() end
      query "outcomes" $o : Outcome() end
      query "actors" $a : Actor() end
      """;

  /** Two rules that re-create each other's conditions forever, and one that starts them. */
  static final String LOOPING =
      """
      package looping;
      import tabletop.engine.model.*;

      declare Ping
        n : int
      end

      declare Pong
        n : int
      end

      rule "Loop - serve - the first turn"
      when
        Turn(number == 1)
      then
        insert(new Ping(0));
      end

      rule "Loop - ping - answers pong"
      when
        $p : Pong()
      then
        delete($p);
        insert(new Ping($p.getN() + 1));
      end

      rule "Loop - pong - answers ping"
      when
        $p : Ping()
      then
        delete($p);
        insert(new Pong($p.getN() + 1));
      end
      """
          + QUERIES;

  /** A rule that fires again and again on the same turn: its consequence is undone at once. */
  static final String FLIPPING =
      """
      package flipping;
      import tabletop.engine.model.*;

      declare Flag
      end

      rule "Flip - raises the flag - none is up"
      when
        Turn(number == 1)
        not Flag()
      then
        insert(new Flag());
      end

      rule "Flip - lowers the flag - one is up"
      when
        $f : Flag()
      then
        delete($f);
      end
      """
          + QUERIES;

  /** A healthy knowledge base: every actor leans towards every move, with a reason. */
  static final String HEALTHY =
      """
      package healthy;
      import tabletop.engine.model.*;
      import java.util.List;

      rule "Toy - takes part - an actor"
      when
      then
        insertLogical(new Actor("toy", "Toy", List.of("nato"), false));
      end

      rule "Toy - leans in - any tabled move"
      when
        Turn($n : number, number > 0)
        Move($m : id)
        Actor($a : id)
      then
        insertLogical(Reaction.fromScore($a, $m, $n, 0.5));
      end
      """
          + QUERIES;

  static KieBase build(String drl) {
    return new KieHelper().addContent(drl, ResourceType.DRL).build(ExecutableModelProject.class);
  }

  static Scenario scenario(int turns) {
    return scenario(turns, 1);
  }

  /** {@code moves} moves tabled in turn 1, then turns with nothing new. */
  static Scenario scenario(int turns, int moves) {
    List<MoveSpec> tabled =
        java.util.stream.IntStream.rangeClosed(1, moves)
            .mapToObj(
                i ->
                    new MoveSpec(
                        moves == 1 ? "m" : "m" + i,
                        "toy",
                        "statement",
                        "a move",
                        "",
                        Map.of(),
                        null))
            .toList();
    List<TurnSpec> specs =
        java.util.stream.IntStream.rangeClosed(1, turns)
            .mapToObj(
                n ->
                    new TurnSpec(n, "turn " + n, List.of(), n == 1 ? tabled : List.of(), List.of()))
            .toList();
    return new Scenario(
        "toy", "toy", "", "", List.of(), List.of(), List.of(), List.of(), specs, List.of());
  }

  @Test
  @DisplayName("a looping rule set stops at the firing limit with the looping rules named")
  void loopStopsAtTheFiringLimit() {
    Engine engine = new Engine(build(LOOPING), 500);
    try (Game game = engine.start(scenario(1), Map.of(), 1L)) {
      assertThatThrownBy(game::next)
          .isInstanceOf(RuleLoopException.class)
          .hasMessageContaining("turn 1")
          .hasMessageContaining("firing limit of 500")
          .hasMessageContaining("Loop - ping - answers pong")
          .hasMessageContaining("Loop - pong - answers ping")
          .hasMessageContaining("derived from their own conclusions")
          .hasMessageNotContaining("Loop - serve - the first turn")
          .satisfies(
              e ->
                  assertThat(((RuleLoopException) e).rules())
                      .extracting(r -> r.replaceAll(" \\(\\d+x\\)$", ""))
                      .containsExactlyInAnyOrder(
                          "Loop - ping - answers pong", "Loop - pong - answers ping"));
    }
  }

  @Test
  @DisplayName("a rule that fires again and again on the same facts is called a loop")
  void sameFactsAgainIsALoop() {
    Engine engine = new Engine(build(FLIPPING), 3_000);
    try (Game game = engine.start(scenario(1), Map.of(), 1L)) {
      assertThatThrownBy(game::next)
          .isInstanceOf(RuleLoopException.class)
          .hasMessageContaining("the same facts matched again and again")
          .hasMessageContaining("Check these rules for a loop")
          .satisfies(
              e -> {
                RuleLoopException loop = (RuleLoopException) e;
                assertThat(loop.kind()).isEqualTo(RuleLoopException.Kind.LOOP);
                assertThat(loop.rules()).contains("Flip - raises the flag - none is up");
              });
    }
  }

  @Test
  @DisplayName("many moves over a fixed, small limit are a large scenario, not a loop")
  void aLargeScenarioIsNotCalledALoop() {
    // given a limit of 300 firings and 400 moves, each of which takes one firing to react to
    Engine engine = new Engine(build(HEALTHY), 300);
    try (Game game = engine.start(scenario(1, 400), Map.of(), 1L)) {
      assertThatThrownBy(game::next)
          .isInstanceOf(RuleLoopException.class)
          .hasMessageContaining("firing limit of 300")
          .hasMessageContaining("1 actors, 400 moves on the table")
          .hasMessageContaining("larger than the limit allows for, not looping")
          .hasMessageNotContaining("Check these rules for a loop")
          .satisfies(
              e ->
                  assertThat(((RuleLoopException) e).kind())
                      .isEqualTo(RuleLoopException.Kind.SIZE));
    }
    // and the engine's own limit, which grows with the scenario, plays it
    Report report = new Engine(build(HEALTHY)).run(scenario(1, 400), Map.of(), 1L);
    assertThat(report.turns().get(0).reactions()).hasSize(400);
  }

  @Test
  @DisplayName("the firing limit grows with actors, moves on the table and facts")
  void theLimitScales() {
    Engine scaled = new Engine(build(HEALTHY));
    assertThat(scaled.firingLimit(0, 0, 0)).isEqualTo(Engine.DEFAULT_FIRING_LIMIT);
    assertThat(scaled.firingLimit(11, 500, 0))
        .isEqualTo(Engine.DEFAULT_FIRING_LIMIT + Engine.FIRINGS_PER_ACTOR_AND_MOVE * 11 * 500);
    assertThat(scaled.firingLimit(11, 500, 1_000))
        .isEqualTo(scaled.firingLimit(11, 500, 0) + Engine.FIRINGS_PER_FACT * 1_000);
    assertThat(scaled.firingLimit(100_000, 100_000, 0)).isEqualTo(Integer.MAX_VALUE - 1);
    assertThat(new Engine(build(HEALTHY), 50).firingLimit(11, 500, 1_000)).isEqualTo(50);
  }

  @Test
  @DisplayName("a healthy rule set plays every turn well within the firing limit")
  void healthyRulesStayWithinTheLimit() {
    Engine engine = new Engine(build(HEALTHY), 50);
    Report report = engine.run(scenario(3), Map.of(), 1L);
    assertThat(report.turns()).hasSize(3);
    assertThat(report.turns())
        .allSatisfy(
            t ->
                assertThat(t.reactions())
                    .singleElement()
                    .satisfies(r -> assertThat(r.direction()).isEqualTo("LEAN_SUPPORT")));
    assertThat(report.turns().get(0).reactions().get(0).rules())
        .containsExactly("Toy - leans in - any tabled move", "Toy - takes part - an actor");
  }

  @Test
  @DisplayName("the same scenario, knobs and seed give an identical report")
  void deterministic() {
    Engine engine = new Engine(build(HEALTHY));
    Report a = engine.run(scenario(2), Map.of(), 42L);
    Report b = engine.run(scenario(2), Map.of(), 42L);
    assertThat(a).isEqualTo(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }
}
