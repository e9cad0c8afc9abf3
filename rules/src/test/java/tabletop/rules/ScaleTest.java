package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static tabletop.rules.Scenarios.ENGINE;
import static tabletop.rules.Scenarios.WORLD;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.Report;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.engine.sim.Game;

/**
 * The work grows linearly with the scenario: decided moves leave the table, so a long game's
 * output, reactions and rule firings per turn do not grow with the turns played; the firing limit
 * grows with the scenario, so large valid scenarios play without a loop error. Sizes and counts
 * only, never times.
 */
class ScaleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A NATO statement on the region, {@code perTurn} of them in each of {@code turns} turns. */
  static Scenario generated(int turns, int perTurn) {
    return generated(turns, perTurn, "southeast-asia");
  }

  /**
   * {@code turns} turns of {@code perTurn} NATO statements each, in a region: in Asia China and
   * Russia answer each one with a denunciation (at most two counter-moves a turn), in Europe no one
   * does.
   */
  static Scenario generated(int turns, int perTurn, String region) {
    List<TurnSpec> specs = new ArrayList<>();
    for (int n = 1; n <= turns; n++) {
      int turn = n;
      List<MoveSpec> moves =
          IntStream.rangeClosed(1, perTurn)
              .mapToObj(
                  i ->
                      new MoveSpec(
                          "s" + turn + "-" + i,
                          "nato",
                          "statement",
                          "Statement " + turn + "-" + i,
                          "",
                          Map.of("region", List.of(region)),
                          null))
              .toList();
      specs.add(new TurnSpec(n, "Turn " + n, List.of(), moves, List.of()));
    }
    return new Scenario(
        "generated", "generated", "", "", List.of(), WORLD, List.of(), List.of(), specs, List.of());
  }

  @Test
  @DisplayName("100 turns of one move each: reactions, firings and JSON grow linearly")
  void hundredTurnsGrowLinearly() throws Exception {
    List<Integer> firings = new ArrayList<>();
    Report report;
    int actors;
    int answered = 0;
    try (Game game = ENGINE.start(generated(100, 1), Map.of(), 7L)) {
      actors = game.actors().size();
      while (!game.finished()) {
        TurnReport t = game.next();
        firings.add(game.firings());
        // only the turn's own move and last turn's counter-moves are on the table: each one is
        // decided in its turn
        int tabled = 1 + (t.turn() == 1 ? 0 : tabletop.engine.model.Answer.PER_TURN);
        assertThat(t.reactions()).as("turn %d", t.turn()).hasSizeLessThanOrEqualTo(actors * tabled);
        assertThat(t.outcomes()).as("turn %d", t.turn()).hasSizeLessThanOrEqualTo(tabled);
        answered += t.answers().size();
      }
      assertThat(game.onTheTable()).isEmpty();
      report = game.report();
    }
    assertThat(actors).isEqualTo(11);
    // the statements are answered (but the last: no turn follows it), and the answers too grow
    // with the turns, not their square
    assertThat(answered).isBetween(99, 99 * tabletop.engine.model.Answer.PER_TURN);
    int views = report.turns().stream().mapToInt(t -> t.reactions().size()).sum();
    assertThat(views)
        .isLessThanOrEqualTo(actors * 100 * (1 + tabletop.engine.model.Answer.PER_TURN));
    assertThat(report.outcome())
        .hasSizeBetween(100, 100 * (1 + tabletop.engine.model.Answer.PER_TURN));

    // rule firings per turn stay flat: the hundredth turn works no harder than the second
    int early = firings.subList(1, 10).stream().mapToInt(Integer::intValue).max().orElseThrow();
    int late = firings.subList(90, 100).stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(late).as("firings per turn: %s", firings).isLessThanOrEqualTo(early + early / 4);

    // and the report's JSON: twice the turns, about twice the bytes (not four times)
    long bytes100 = JSON.writeValueAsBytes(report).length;
    long bytes50 = JSON.writeValueAsBytes(ENGINE.run(generated(50, 1), Map.of(), 7L)).length;
    assertThat(bytes100).isLessThanOrEqualTo(bytes50 * 21 / 10);
    // a bounded size per reaction shown (its explanation and distribution), whatever the turns
    assertThat(bytes100).isLessThan(views * 9_000L);
    System.out.printf(
        "ScaleTest: 100 turns: %d reaction views, %d bytes of JSON (50 turns: %d); firings per"
            + " turn %d..%d%n",
        views,
        bytes100,
        bytes50,
        firings.stream().mapToInt(Integer::intValue).min().orElseThrow(),
        firings.stream().mapToInt(Integer::intValue).max().orElseThrow());
  }

  @Test
  @DisplayName("500 turns of one move each play without a loop error")
  void fiveHundredTurns() {
    // statements in Europe, which no one answers: the turns alone grow
    Report r = ENGINE.run(generated(500, 1, "euro-atlantic"), Map.of(), 7L);
    assertThat(r.turns()).hasSize(500);
    assertThat(r.lastTurn().reactions()).hasSize(11).allMatch(v -> v.move().equals("s500-1"));
    assertThat(r.outcome()).hasSize(500);
  }

  @Test
  @DisplayName("11 actors and 500 moves in one turn play without a loop error")
  void fiveHundredMovesInOneTurn() {
    try (Game game = ENGINE.startQuiet(generated(1, 500), Map.of(), 7L)) {
      TurnReport t = game.next();
      assertThat(t.reactions()).hasSize(11 * 500);
      assertThat(t.outcomeByMove()).hasSize(500);
      System.out.printf("ScaleTest: 11 actors x 500 moves: %d firings%n", game.firings());
    }
  }
}
