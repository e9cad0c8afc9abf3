package tabletop.shell.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tabletop.shell.Fixtures;
import tabletop.shell.export.AfterAction;

/** The after-action record of a workshop carries names, every scored prediction and branches. */
class AfterActionsTest {
  private final Workshop workshop = Fixtures.workshop();

  @AfterEach
  void close() {
    workshop.close();
  }

  @Test
  void recordHasNamesMissedPredictionsAndOtherBranches() {
    // given a prediction that misses, a played turn, and a branch that played one more turn
    workshop.apply(new Action.Predict("blue", "china", "support", 0.9));
    workshop.apply(new Action.Next());
    workshop.apply(new Action.Fork("standing"));
    workshop.apply(new Action.Next());
    workshop.apply(new Action.Switch("main"));

    // when the record of main is built
    AfterAction a = AfterActions.of(workshop);

    // then actors have their names, the missed prediction is there, and the branch too
    assertThat(a.branch()).isEqualTo("main");
    assertThat(a.actorName("china")).isNotEqualTo("china").isNotBlank();
    assertThat(a.predictions()).hasSize(1);
    assertThat(a.predictions().get(0).hit()).isFalse();
    assertThat(a.branches()).hasSize(1);
    assertThat(a.branches().get(0).branch()).isEqualTo("standing");
    assertThat(a.branches().get(0).turns()).hasSize(2);
    assertThat(a.turns()).hasSize(1);
  }

  @Test
  void aBranchWithNoTurnPlayedIsLeftOut() {
    // given a branch forked before any turn
    workshop.apply(new Action.Fork("empty"));
    workshop.apply(new Action.Switch("main"));
    workshop.apply(new Action.Next());

    // then the record of main names no other branch
    assertThat(AfterActions.of(workshop).branches()).isEmpty();
  }
}
