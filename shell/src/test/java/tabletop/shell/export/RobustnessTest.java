package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

/** Odd but possible sessions: a half-filled reaction, an actor reacting to two moves in a turn. */
class RobustnessTest {

  private final Exporters exporters = new Exporters();

  @ParameterizedTest
  @MethodSource("tabletop.shell.export.Exporters#formats")
  void reactionWithMissingFieldsStillExports(String format) {
    ReactionView bare =
        new ReactionView(
            "observer",
            null,
            null,
            0,
            0,
            null,
            null,
            0,
            List.of(),
            List.of(),
            List.of(),
            null,
            List.of(),
            null,
            null);
    AfterAction a =
        withTurn(new TurnReport(3, null, List.of(), List.of(), List.of(bare), List.of()));

    String out = exporters.render(a, format);

    assertThat(out).contains("observer");
    if (!format.equals("json")) {
      // JSON keeps the nulls as they are; the reports for people show nothing instead.
      assertThat(out).doesNotContain("null");
    }
  }

  @ParameterizedTest
  @MethodSource("tabletop.shell.export.Exporters#formats")
  void actorWithTwoMovesInATurnGetsOneRowAndOnePointEach(String format) {
    AfterAction fixture = Fixture.afterAction();
    TurnReport last = fixture.turns().get(1);
    ReactionView japan = last.reaction("japan").orElseThrow();
    ReactionView second =
        new ReactionView(
            "japan",
            "exercise",
            "LEAN_SUPPORT",
            0.3,
            0.3,
            "SUPPORT",
            "05",
            3.5,
            japan.rules(),
            japan.sources(),
            List.of(),
            "Japan joins exercises with the partners.",
            List.of(),
            null,
            null);
    List<ReactionView> reactions = new ArrayList<>(last.reactions());
    reactions.add(second);
    AfterAction a =
        withTurn(
            new TurnReport(
                2, last.title(), last.injects(), List.of("exercise"), reactions, last.outcomes()));

    String out = exporters.render(a, format);

    assertThat(out).contains("exercise").contains("Japan joins exercises with the partners.");
    if (format.equals("html")) {
      assertThat(out)
          .contains("<span class=\"swatch\" style=\"background:#0072B2\"></span>coe")
          .contains("<span class=\"swatch\" style=\"background:#D55E00\"></span>exercise")
          .contains("Turn 2, exercise: lean support.");
    }
  }

  @org.junit.jupiter.api.Test
  void longExerciseNumbersTheTurnsSparselyOnTheChart() {
    AfterAction f = Fixture.afterAction();
    TurnReport first = f.turns().get(0);
    List<TurnReport> turns = new ArrayList<>();
    for (int t = 1; t <= 25; t++) {
      turns.add(new TurnReport(t, null, List.of(), List.of(), first.reactions(), first.outcomes()));
    }
    AfterAction a =
        new AfterAction(
            f.scenarioId(), f.title(), "", 1L, "main", null, turns, null, null, null, null);

    String html = exporters.render(a, "html");

    assertThat(html)
        .contains("text-anchor=\"end\">turn</text>")
        .contains("text-anchor=\"middle\">1</text>")
        .contains("text-anchor=\"middle\">4</text>")
        .doesNotContain("text-anchor=\"middle\">2</text>")
        .contains("text-anchor=\"middle\">25</text>")
        .doesNotContain(">Turn 1</text>");
  }

  private static AfterAction withTurn(TurnReport turn) {
    AfterAction f = Fixture.afterAction();
    return new AfterAction(
        f.scenarioId(),
        f.title(),
        f.briefing(),
        f.seed(),
        f.branch(),
        f.knobs(),
        List.of(f.turns().get(0), turn),
        f.outcome(),
        f.timeline(),
        f.scores(),
        f.questions());
  }
}
