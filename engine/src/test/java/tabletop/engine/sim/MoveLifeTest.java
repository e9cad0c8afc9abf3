package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tabletop.engine.model.Direction;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.ReopenedView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;

/**
 * A move's life: tabled, judged while it stalls, decided and off the table, reopened only by a
 * cause the turn names; and team decisions that stand until the team changes them.
 */
class MoveLifeTest {
  private final Engine engine = MiniBase.engine();

  /** Four quiet turns after m is tabled; alpha holds a veto over m when {@code veto}. */
  private static Scenario quiet(boolean veto) {
    return MiniBase.scenario(veto ? Map.of("veto", List.of("alpha")) : Map.of(), false, 4);
  }

  private static List<String> statuses(TurnReport t) {
    return t.outcomes().stream().map(o -> o.move() + " " + o.status()).toList();
  }

  @Test
  @DisplayName("a decided move leaves the table: no reactions, no outcome, its outcome stands")
  void decidedMoveLeavesTheTable() {
    try (Game game = engine.start(quiet(true), Map.of(), 0)) {
      TurnReport t1 = game.next();
      assertThat(t1.outcomeByMove().get("m").status()).isEqualTo("BLOCKED");
      // decided in turn 1, it is off the table from now on
      assertThat(game.onTheTable()).isEmpty();
      assertThat(game.decided()).containsOnlyKeys("m");

      for (int n = 2; n <= 4; n++) {
        TurnReport t = game.next();
        assertThat(t.reactions()).as("turn %d", n).isEmpty();
        assertThat(t.outcomes()).as("turn %d", n).isEmpty();
        assertThat(t.reopened()).as("turn %d", n).isEmpty();
      }
      // the report keeps the outcome of the turn that decided it
      OutcomeView o = game.report().outcome().get("m");
      assertThat(o.status()).isEqualTo("BLOCKED");
      assertThat(o).isEqualTo(t1.outcomeByMove().get("m"));
    }
  }

  @Test
  @DisplayName("a stalled move stays on the table and is judged again every turn")
  void stalledMoveStaysOnTheTable() {
    try (Game game = engine.start(quiet(false), Map.of(), 0)) {
      assertThat(statuses(game.next())).containsExactly("m STALLED");
      assertThat(game.onTheTable()).containsExactly("m");
      TurnReport t2 = game.next();
      assertThat(t2.reactions()).extracting(ReactionView::actor).containsExactly("alpha", "beta");
      assertThat(statuses(t2)).containsExactly("m STALLED");
    }
  }

  @Test
  @DisplayName("an inject that changes what a decided move rests on reopens it, and says so")
  void anInjectReopensWhatItBearsOn() {
    // given m blocked by alpha in turn 1; turn 3's inject ends the tension alpha's concern rests on
    try (Game game = engine.start(MiniBase.vetoed(), Map.of(), 0)) {
      game.next();
      assertThat(game.next().reactions()).isEmpty();
      TurnReport t3 = game.next();
      assertThat(t3.reopened()).containsExactly(new ReopenedView("m", "inject", "calm"));
      assertThat(t3.reopened().get(0).describe()).isEqualTo("m reopened by the inject 'calm'");
      // judged again: alpha no longer opposes, so m stalls on beta
      assertThat(t3.reaction("alpha").orElseThrow().direction()).isEqualTo("NEUTRAL");
      assertThat(statuses(t3)).containsExactly("m STALLED");
      assertThat(game.report().outcome().get("m").status()).isEqualTo("STALLED");
    }
  }

  @Test
  @DisplayName("an inject that changes nothing a decided move rests on leaves it decided")
  void anUnrelatedInjectLeavesItDecided() {
    try (Game game = engine.start(quiet(true), Map.of(), 0)) {
      game.next();
      game.inject(new Inject("noise", "", List.of("noise"), List.of()));
      TurnReport t2 = game.next();
      assertThat(t2.injects()).containsExactly("noise");
      assertThat(t2.reopened()).isEmpty();
      assertThat(t2.reactions()).isEmpty();
      // asserting again what already holds changes nothing either
      game.inject(new Inject("tense again", "", List.of("tense"), List.of()));
      assertThat(game.next().reopened()).isEmpty();
    }
  }

  @Test
  @DisplayName("a knob that touches a decided move reopens it, named")
  void aKnobReopensTheMoveItTouches() {
    try (Game game = engine.start(quiet(true), Map.of(), 0)) {
      game.next();
      game.setKnob("f", "off");
      TurnReport t2 = game.next();
      assertThat(t2.reopened()).containsExactly(new ReopenedView("m", "knob", "f"));
      // without f the move touches nothing alpha is wary of: no block, a stall
      assertThat(t2.reaction("alpha").orElseThrow().direction()).isEqualTo("NEUTRAL");
      assertThat(statuses(t2)).containsExactly("m STALLED");
    }
  }

  @Test
  @DisplayName("a team decision on a decided move reopens it next turn, where the decision holds")
  void aTeamDecisionReopens() {
    try (Game game = engine.start(quiet(true), Map.of(), 0)) {
      game.next();
      TurnReport t2 = game.next();
      // when the team playing alpha now supports m, decided in turn 1
      TurnReport same = game.override("alpha", "m", Direction.SUPPORT, "we lift the veto");
      assertThat(same).isEqualTo(t2);
      TurnReport t3 = game.next();
      assertThat(t3.reopened()).containsExactly(new ReopenedView("m", "decision", "alpha"));
      assertThat(t3.reopened().get(0).describe())
          .isEqualTo("m reopened by the decision of the team playing alpha");
      ReactionView alpha = t3.reaction("alpha").orElseThrow();
      assertThat(alpha.direction()).isEqualTo("SUPPORT");
      assertThat(alpha.modelDirection()).isEqualTo("OPPOSE");
      assertThat(statuses(t3)).containsExactly("m STALLED");
      // a decision on a move nobody tabled is still refused
      assertThatThrownBy(() -> game.override("alpha", "zz", Direction.SUPPORT, "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no reaction of 'alpha' to zz");
    }
  }

  @Test
  @DisplayName("a withdrawn move leaves the table as withdrawn; an amendment puts it back")
  void withdrawAndAmend() {
    try (Game game = engine.start(MiniBase.scenario(Map.of(), true, 4), Map.of(), 0)) {
      game.next();
      game.withdraw("m", "alpha thinks again");
      TurnReport t2 = game.next();
      assertThat(t2.reactions()).isEmpty();
      assertThat(t2.outcomes())
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.status()).isEqualTo("WITHDRAWN");
                assertThat(o.by()).isEqualTo("alpha");
                assertThat(o.reason()).isEqualTo("withdrawn by alpha: alpha thinks again");
              });
      assertThatThrownBy(() -> game.withdraw("m", "again"))
          .hasMessageContaining("withdrawn already");
      // the inject of turn 3 bears on m, but a withdrawn move is not the world's to reopen
      TurnReport t3 = game.next();
      assertThat(t3.reopened()).isEmpty();
      assertThat(t3.reactions()).isEmpty();
      assertThat(game.report().outcome().get("m").status()).isEqualTo("WITHDRAWN");

      // when alpha amends it: a veto for itself
      game.amend("m", Map.of("veto", List.of("alpha")));
      TurnReport t4 = game.next();
      assertThat(t4.reopened()).containsExactly(new ReopenedView("m", "amendment", "m"));
      assertThat(t4.reactions()).hasSize(2);
      assertThat(statuses(t4)).contains("m STALLED");
    }
  }

  @Test
  @DisplayName("amending a decided move reopens it with its new features")
  void amendingReopens() {
    try (Game game = engine.start(quiet(true), Map.of(), 0)) {
      game.next();
      game.amend("m", Map.of("veto", List.of()));
      TurnReport t2 = game.next();
      assertThat(t2.reopened()).extracting(ReopenedView::cause).containsExactly("amendment");
      assertThat(statuses(t2)).containsExactly("m STALLED");
      assertThatThrownBy(() -> game.amend("n", Map.of("veto", List.of())))
          .hasMessageContaining("no move 'n' has been tabled");
      assertThatThrownBy(() -> game.amend("m", Map.of()))
          .hasMessageContaining("names the features");
    }
  }

  @Test
  @DisplayName("a team decision stands in later turns until the team clears it")
  void decisionsStand() {
    try (Game game = engine.start(quiet(false), Map.of(), 0)) {
      game.next();
      TurnReport t1 = game.override("alpha", "m", Direction.NEUTRAL, "we hold back");
      ReactionView decided = t1.reaction("alpha").orElseThrow();
      assertThat(decided.direction()).isEqualTo("NEUTRAL");
      // the model's probability for the team's choice, beside its confidence in its own
      assertThat(decided.teamChoiceLikelihood()).isEqualTo(decided.distribution().get("NEUTRAL"));
      assertThat(decided.likelihood()).isEqualTo(decided.distribution().get("OPPOSE"));
      assertThat(decided.shownLikelihood()).isEqualTo(decided.teamChoiceLikelihood());
      assertThat(game.decisions())
          .extracting(d -> d.actor() + " " + d.turn())
          .containsExactly("alpha 1");

      // then in turns 2 and 3 alpha still stands where the team put it
      for (int n = 2; n <= 3; n++) {
        ReactionView alpha = game.next().reaction("alpha").orElseThrow();
        assertThat(alpha.direction()).as("turn %d", n).isEqualTo("NEUTRAL");
        assertThat(alpha.overrideReason()).isEqualTo("we hold back");
        assertThat(alpha.modelDirection()).isEqualTo("OPPOSE");
      }
      // when the team clears it, the model speaks for alpha again, from this turn on
      TurnReport cleared = game.clearOverride("alpha", "m");
      assertThat(cleared.reaction("alpha").orElseThrow().direction()).isEqualTo("OPPOSE");
      assertThat(cleared.reaction("alpha").orElseThrow().overridden()).isFalse();
      assertThat(game.next().reaction("alpha").orElseThrow().direction()).isEqualTo("OPPOSE");
      assertThat(game.decisions()).isEmpty();
      assertThatThrownBy(() -> game.clearOverride("alpha", "m"))
          .hasMessageContaining("no team decision for 'alpha' on m");
    }
  }

  @Test
  @DisplayName("a decision for this turn only lapses at the end of the turn")
  void oneTurnDecisions() {
    try (Game game = engine.start(quiet(false), Map.of(), 0)) {
      game.next();
      ReactionView now =
          game.override("alpha", null, Direction.NEUTRAL, "for now", true)
              .reaction("alpha")
              .orElseThrow();
      assertThat(now.direction()).isEqualTo("NEUTRAL");
      ReactionView next = game.next().reaction("alpha").orElseThrow();
      assertThat(next.direction()).isEqualTo("OPPOSE");
      assertThat(next.overridden()).isFalse();
      assertThat(game.decisions()).isEmpty();
    }
  }

  @Test
  @DisplayName("an outcome a team's decision brought about does not reverse on its own")
  void decidedByATeamStaysDecided() {
    // given beta's team supports m in turn 1: it goes ahead
    try (Game game = engine.start(quiet(false), Map.of(), 0)) {
      game.next();
      TurnReport t1 = game.override("beta", "m", Direction.SUPPORT, "we back it", true);
      assertThat(statuses(t1)).containsExactly("m GOES_AHEAD");
      // then, though the decision held for turn 1 only, nothing reverses it later
      for (int n = 2; n <= 4; n++) {
        TurnReport t = game.next();
        assertThat(t.outcomes()).isEmpty();
        assertThat(t.reopened()).isEmpty();
      }
      assertThat(game.report().outcome().get("m").status()).isEqualTo("GOES_AHEAD");
    }
  }

  @Test
  @DisplayName("tabling a decided move again reopens it as a new move")
  void tablingAgainReopens() {
    Scenario base = quiet(true);
    MoveSpec again = new MoveSpec("m", "alpha", "statement", "Move m again", "", Map.of(), null);
    List<TurnSpec> turns = new java.util.ArrayList<>(base.turns());
    turns.set(2, new TurnSpec(3, "three", List.of(), List.of(again), List.of()));
    Scenario s =
        new Scenario(
            base.id(),
            base.title(),
            base.summary(),
            base.briefing(),
            base.sources(),
            base.world(),
            base.actors(),
            base.knobs(),
            turns,
            base.expectations());
    try (Game game = engine.start(s, Map.of(), 0)) {
      game.next();
      game.next();
      TurnReport t3 = game.next();
      assertThat(t3.reopened()).containsExactly(new ReopenedView("m", "move", "Move m again"));
      // tabled without the veto this time: it stalls
      assertThat(statuses(t3)).containsExactly("m STALLED");
    }
  }

  @Test
  @DisplayName("the same calls give the same life, reopened moves and all")
  void deterministic() {
    TurnReport a;
    TurnReport b;
    try (Game g = engine.start(MiniBase.vetoed(), Map.of(), 5)) {
      g.playToEnd();
      a = g.history().get(2);
    }
    try (Game g = engine.start(MiniBase.vetoed(), Map.of(), 5)) {
      g.playToEnd();
      b = g.history().get(2);
    }
    assertThat(a).isEqualTo(b);
    assertThat(a.reopened()).isNotEmpty();
  }
}
