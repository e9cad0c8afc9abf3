package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tabletop.engine.model.Direction;
import tabletop.engine.report.AnswerView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;

/**
 * Counter-moves: a rule holds an answer ready, a stand sets it off, the engine tables it the next
 * turn with its chain, the facilitator can veto it, a team can table its own move, and the trials
 * table it only where the stand sets it off.
 */
class CounterMoveTest {
  private final Engine engine = MiniBase.engine();

  /** Move m is protestable: alpha, who opposes it while the world is tense, answers it. */
  private static Scenario protestable() {
    return MiniBase.scenario(Map.of("protestable", List.of("yes")), false, 3);
  }

  private static double score(TurnReport t, String actor, String move) {
    return t.reactions().stream()
        .filter(r -> r.actor().equals(actor) && r.move().equals(move))
        .mapToDouble(ReactionView::score)
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("a stand sets an answer off: proposed with its chain, tabled next turn, it weighs")
  void anAnswerIsProposedAndTabled() {
    try (Game game = engine.start(protestable(), Map.of(), 0)) {
      TurnReport t1 = game.next();
      assertThat(t1.answers()).hasSize(1);
      AnswerView a = t1.answers().get(0);
      assertThat(a.id()).isEqualTo("alpha-protests-m");
      assertThat(a.status()).isEqualTo(AnswerView.PROPOSED);
      assertThat(a.watch()).isEqualTo("alpha");
      assertThat(a.watchDirection()).isEqualTo("OPPOSE");
      assertThat(a.rules()).contains("Alpha - answers - a protestable move it opposes");
      assertThat(a.assumptions())
          .anySatisfy(x -> assertThat(x.confidence()).isEqualTo(0.7, within(1e-9)));
      assertThat(game.proposedAnswers()).extracting(AnswerView::id).contains("alpha-protests-m");

      TurnReport t2 = game.next();
      assertThat(t2.moves()).contains("Alpha protests m");
      assertThat(game.movesTabled()).contains("alpha-protests-m");
      assertThat(score(t2, "alpha", "alpha-protests-m")).isEqualTo(0.7, within(1e-9));
      // once tabled it is not proposed again
      assertThat(t2.answers()).extracting(AnswerView::id).doesNotContain("alpha-protests-m");

      TurnReport t3 = game.next();
      try (Game vetoed = engine.start(protestable(), Map.of(), 0)) {
        vetoed.next();
        vetoed.veto("alpha-protests-m");
        vetoed.next();
        TurnReport v3 = vetoed.next();
        // beta reads alpha's protest: 0.3 against m that a vetoed protest does not give
        assertThat(score(t3, "beta", "m") - score(v3, "beta", "m")).isEqualTo(-0.3, within(1e-9));
      }
    }
  }

  @Test
  @DisplayName("after the last turn nothing is proposed: no turn follows to table it in")
  void nothingAfterTheLastTurn() {
    Scenario oneTurn = MiniBase.scenario(Map.of("protestable", List.of("yes")), false, 1);
    try (Game game = engine.start(oneTurn, Map.of(), 0)) {
      TurnReport t1 = game.next();
      assertThat(game.finished()).isTrue();
      assertThat(t1.answers()).isEmpty();
      assertThat(game.proposedAnswers()).isEmpty();
    }
    // the same stand with a turn to come proposes it (see above)
    try (Game game = engine.start(protestable(), Map.of(), 0)) {
      assertThat(game.next().answers()).extracting(AnswerView::id).contains("alpha-protests-m");
    }
  }

  @Test
  @DisplayName("a vetoed answer is never tabled, and the report says it was vetoed")
  void aVetoStopsIt() {
    try (Game game = engine.start(protestable(), Map.of(), 0)) {
      game.next();
      assertThatThrownBy(() -> game.veto("alpha-protest-m"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("alpha-protests-m");
      game.veto("alpha-protests-m");
      assertThat(game.history().get(0).answers())
          .extracting(AnswerView::status)
          .containsExactly(AnswerView.VETOED);
      assertThat(game.proposedAnswers()).isEmpty();
      assertThatThrownBy(() -> game.veto("alpha-protests-m"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no counter-move is waiting");
      TurnReport t2 = game.next();
      TurnReport t3 = game.next();
      for (TurnReport t : List.of(t2, t3)) {
        assertThat(t.reactions()).noneMatch(r -> r.move().equals("alpha-protests-m"));
        assertThat(t.answers()).isEmpty();
      }
      assertThat(game.movesTabled()).doesNotContain("alpha-protests-m");
    }
  }

  @Test
  @DisplayName("no rule holds an answer ready for a move that is not protestable")
  void nothingToAnswer() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      assertThat(game.next().answers()).isEmpty();
    }
  }

  @Test
  @DisplayName("a team tables its own move; the model reads it next turn; one id waits once")
  void aTeamTablesAMove() {
    MoveSpec own = new MoveSpec("p2", "beta", "protest", "Beta protests", "", Map.of(), null);
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      game.next();
      game.tableMove(own);
      assertThat(game.movesWaiting()).containsExactly(own);
      assertThatThrownBy(() -> game.tableMove(own))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already waiting");
      TurnReport t2 = game.next();
      assertThat(t2.moves()).contains("Beta protests");
      assertThat(score(t2, "beta", "p2")).isEqualTo(0.7, within(1e-9));
      assertThat(game.movesWaiting()).isEmpty();
      // the trials read it as the run does
      TrialResult one = Trials.run(game.structure(), Uncertainty.NONE, 0, 1);
      assertThat(one.reaction(2, "beta", "p2")).containsEntry(Direction.SUPPORT, 1.0);
    }
  }

  @Test
  @DisplayName("the trials table an answer only where the stand sets it off and its rule holds")
  void trialsGateTheAnswer() {
    try (Game game = engine.start(protestable(), Map.of(), 0)) {
      game.next();
      game.next();
      game.next();
      // no uncertainty: one trial is the run, the protest tabled in turn 2
      TrialResult one = Trials.run(game.structure(), Uncertainty.NONE, 0, 1);
      assertThat(one.outcome(2, "alpha-protests-m"))
          .containsOnlyKeys(Trials.Standing.STALLED)
          .containsEntry(Trials.Standing.STALLED, 1.0);
      String beta3 =
          game.history().get(2).reactions().stream()
              .filter(r -> r.actor().equals("beta") && r.move().equals("m"))
              .findFirst()
              .orElseThrow()
              .direction();
      assertThat(one.reaction(3, "beta", "m")).containsEntry(Direction.valueOf(beta3), 1.0);

      // with uncertainty: tabled in turn 2 where alpha stood against m in turn 1 and the
      // assumption behind the answer held (0.7), drawn independently
      TrialResult tr = Trials.run(game.structure(), new Uncertainty(0.4, 0, 0, 1), 3, 20_000);
      Map<Direction, Double> alpha1 = tr.reaction(1, "alpha", "m");
      double against =
          alpha1.getOrDefault(Direction.OPPOSE, 0.0)
              + alpha1.getOrDefault(Direction.LEAN_OPPOSE, 0.0);
      assertThat(against).isBetween(0.5, 0.99);
      double notTabled = tr.outcome(2, "alpha-protests-m").get(Trials.Standing.NOT_TABLED);
      assertThat(1 - notTabled).isEqualTo(0.7 * against, within(0.02));
      assertThat(tr.judged(2, "alpha", "alpha-protests-m")).isEqualTo(1 - notTabled, within(1e-9));
    }
  }

  @Test
  @DisplayName("after a veto the trials never table the answer")
  void trialsHonourTheVeto() {
    try (Game game = engine.start(protestable(), Map.of(), 0)) {
      game.next();
      game.veto("alpha-protests-m");
      game.next();
      TrialResult tr = Trials.run(game.structure(), new Uncertainty(0.4, 0, 0, 1), 3, 2_000);
      assertThat(tr.outcome(2, "alpha-protests-m")).isEmpty();
    }
  }
}
