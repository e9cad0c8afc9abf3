package tabletop.shell.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.TurnReport;
import tabletop.shell.Fixtures;
import tabletop.shell.support.BadInputException;

class WorkshopTest {
  private final Workshop workshop = Fixtures.workshop();

  @AfterEach
  void close() {
    workshop.close();
  }

  @Test
  void startsOnTheDefaultScenarioWithoutLoadingIt() {
    // given a fresh workshop
    // then it names its scenario and turn without materialising the game
    assertThat(workshop.scenarioLabel()).isEqualTo("coe-southeast-asia");
    assertThat(workshop.turn()).isZero();
    assertThat(workshop.branch()).isEqualTo("main");
  }

  @Test
  void replayingTheActionsRebuildsTheSameState() {
    // given a workshop with knobs, turns, an override, an inject and a note
    workshop.apply(new Action.SetKnob("military-component", "training"));
    workshop.apply(new Action.Next());
    workshop.apply(new Action.Override("china", "LEAN_OPPOSE", "Beijing waits"));
    workshop.apply(new Action.LiveInject("war ends", List.of(), List.of("russia-war-on-ukraine")));
    workshop.apply(new Action.Note("host asks for a sunset clause"));
    workshop.apply(new Action.Next());

    // when another workshop replays its actions
    Workshop again = Fixtures.workshop();
    again.restore(workshop.actions("main"));

    // then the history, timeline and turn are equal
    assertThat(again.history()).isEqualTo(workshop.history());
    assertThat(again.timeline()).isEqualTo(workshop.timeline());
    assertThat(again.turn()).isEqualTo(2);
    again.close();
  }

  @Test
  void rewindReplaysAPrefix() {
    // given two turns played
    TurnReport first = workshop.apply(new Action.Next());
    workshop.apply(new Action.Next());

    // when rewinding to turn 1
    workshop.apply(new Action.Rewind(1));

    // then the line is at turn 1 with the same first turn, and turn 2 plays again
    assertThat(workshop.turn()).isEqualTo(1);
    assertThat(workshop.history()).containsExactly(first);
    assertThat(workshop.apply(new Action.Next()).turn()).isEqualTo(2);
  }

  @Test
  void aBranchForksTheLineAndLeavesTheOtherAlone() {
    // given turn 1 played on main
    workshop.apply(new Action.Next());

    // when a branch sets a knob and plays on
    workshop.apply(new Action.Fork("standing"));
    workshop.apply(new Action.SetKnob("military-component", "standing-presence"));
    workshop.apply(new Action.Next());

    // then main is still at turn 1, and the comparison names the knob
    assertThat(workshop.branch()).isEqualTo("standing");
    assertThat(workshop.turn()).isEqualTo(2);
    workshop.apply(new Action.Switch("main"));
    assertThat(workshop.turn()).isEqualTo(1);
    workshop.apply(new Action.Next());
    Comparison c = workshop.compareWith("standing");
    assertThat(c.turn()).isEqualTo(2);
    assertThat(c.knobs()).containsExactly("military-component: none here, standing-presence there");
    assertThat(c.actors()).anyMatch(Comparison.ActorDiff::differs);
  }

  @Test
  void theBaselineIsAFreshRunWithDefaultKnobs() {
    // given a knob turned and a turn played
    workshop.apply(new Action.SetKnob("military-component", "standing-presence"));
    workshop.apply(new Action.Next());

    // when compared with the baseline
    Comparison c = workshop.compareWithBaseline();

    // then the knob is the difference
    assertThat(c.there()).isEqualTo("baseline");
    assertThat(c.knobs()).containsExactly("military-component: standing-presence here, none there");
  }

  @Test
  void predictionsAreScoredAfterTheirTurn() {
    // given two predictions for turn 1
    workshop.apply(new Action.Predict("blue", "china", "OPPOSE", 0.8));
    workshop.apply(new Action.Predict("red", "china", "SUPPORT", 1.0));

    // when turn 1 is played
    workshop.apply(new Action.Next());

    // then blue hit and red missed with the worst Brier score
    var scores = Scoring.byPredictor(Scoring.score(workshop.predictions(), workshop.history()));
    assertThat(scores).hasSize(2);
    assertThat(scores.get(0).hits()).isEqualTo(1);
    assertThat(scores.get(0).brier()).isCloseTo(0.03, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(scores.get(1).hits()).isZero();
    assertThat(scores.get(1).brier()).isEqualTo(1.0);
  }

  @Test
  void badInputLeavesTheWorkshopAsItWas() {
    // given turn 1 played
    workshop.apply(new Action.Next());
    List<Action> before = workshop.actions("main");

    // when each kind of bad input is tried
    // then each fails with a sentence, and nothing changed
    assertThatThrownBy(() -> workshop.apply(new Action.Load("no-such-scenario", 0)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no scenario with this id");
    assertThatThrownBy(() -> workshop.apply(new Action.SetKnob("military-component", "tanks")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("takes one of none, training, standing-presence");
    assertThatThrownBy(() -> workshop.apply(new Action.SetKnob("colour", "red")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("unknown knob 'colour'");
    assertThatThrownBy(() -> workshop.apply(new Action.Override("chna", "OPPOSE", "x")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("unknown actor 'chna' (did you mean 'china'?)");
    assertThatThrownBy(() -> workshop.apply(new Action.Override("china", "sideways", "x")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a direction");
    assertThatThrownBy(() -> workshop.turnReport(5))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("turn 5 is out of range");
    assertThatThrownBy(() -> workshop.apply(new Action.Rewind(3)))
        .isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> workshop.apply(new Action.Switch("nowhere")))
        .isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> workshop.apply(new Action.Fork("no spaces please")))
        .isInstanceOf(BadInputException.class);
    assertThat(workshop.actions("main")).isEqualTo(before);
  }

  @Test
  void playingPastTheLastTurnIsBadInput() {
    // given every turn played
    while (workshop.turn() < workshop.scenario().lastTurn()) {
      workshop.apply(new Action.Next());
    }
    // when one more is asked for, then it says what to do instead
    assertThatThrownBy(() -> workshop.apply(new Action.Next()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("turns of coe-southeast-asia are played");
  }

  @Test
  void everyAppliedActionReachesTheListenerAndFailedOnesDoNot() {
    // given a listener
    List<Action> heard = new java.util.ArrayList<>();
    workshop.onApplied(heard::add);

    // when one action succeeds and one fails
    workshop.apply(new Action.Note("first"));
    try {
      workshop.apply(new Action.SetKnob("military-component", "tanks"));
    } catch (BadInputException expected) {
      // the knob value is wrong
    }

    // then only the first was heard
    assertThat(heard).containsExactly(new Action.Note("first"));
  }
}
