package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tabletop.shell.ShellContextTest;

/**
 * Moves as a facilitator drives them: the model's counter-moves are shown after a turn with why, a
 * veto stops one, a team tables its own move and the model reads it next turn, bad words are
 * refused with the words that would do, and ids complete.
 */
class MoveCommandsTest extends ShellContextTest {

  @Test
  void theModelsCounterMovesAreShownWithWhyAndTabledNextTurn() throws Exception {
    // given the Centre of Excellence tabled in turn 1
    String turn1 = type("scenario load coe-southeast-asia", "turn next");

    // then the turn screen lists the counter-moves proposed for turn 2
    assertThat(turn1).contains("Counter-moves for turn 2").contains("china-denounces-coe");
    // and 'move list' says why, with the rule and its assumption
    String list = type("move list").replaceAll("\\s+", " ");
    assertThat(list)
        .contains("china-denounces-coe")
        .contains("because China opposes")
        .contains("rule: Counter - denounces")
        .contains("assumption (");
    // and completion offers the proposed ids
    assertThat(complete("move veto ")).contains("china-denounces-coe");

    // when the next turn is played, China's denunciation is on the table with reactions
    String turn2 = type("turn next");
    assertThat(turn2).contains("denounces");
    assertThat(type("move list")).contains("china-denounces-coe");
  }

  @Test
  void aVetoStopsACounterMoveAndIsRefusedForAnUnknownId() throws Exception {
    type("scenario load coe-southeast-asia", "turn next");

    // when the room vetoes a counter-move that is not proposed, then one that is
    String wrong = type("move veto china-denounce-coe");
    String vetoed = type("move veto china-denounces-coe --reason Beijing stays quiet");

    // then the wrong id is refused with a suggestion, the right one is vetoed
    assertThat(wrong).contains("did you mean 'china-denounces-coe'");
    assertThat(vetoed).contains("Vetoed: china-denounces-coe");
    assertThat(type("move list")).contains("[vetoed]");
    // and next turn the denunciation is not on the table
    String turn2 = type("turn next");
    assertThat(turn2).doesNotContain("China denounces");
  }

  @Test
  void aTeamTablesItsOwnMoveAndTheModelReadsItNextTurn() throws Exception {
    type("scenario load coe-southeast-asia", "turn next");

    // when the host's team tables a statement, with a misspelt kind first
    String badKind =
        type(
            "move table --actor southeast-asian-host --kind statment --title The host sets its"
                + " conditions");
    String tabled =
        type(
            "move table --actor southeast-asian-host --kind statement --title The host sets its"
                + " conditions --favours nato --id host-conditions");

    // then the misspelling is refused with the kinds, the move waits for turn 2
    assertThat(badKind).contains("unknown move kind 'statment'").contains("did you mean");
    assertThat(tabled).contains("Tabled for turn 2").contains("host-conditions");
    assertThat(type("move list")).contains("host-conditions");
    // and turn 2 shows every actor's reaction to it
    String turn2 = type("turn next");
    assertThat(turn2).contains("The host sets its conditions");
    assertThat(complete("move withdraw ")).contains("host-conditions", "coe");
  }

  @Test
  void kindsAndRegionsComplete() {
    assertThat(complete("move table --actor nato --kind sta")).containsExactly("statement");
    assertThat(complete("move table --actor nato --kind statement --region south"))
        .containsExactly("southeast-asia");
  }
}
