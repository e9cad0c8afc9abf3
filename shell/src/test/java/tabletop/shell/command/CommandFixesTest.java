package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tabletop.shell.Fixtures;
import tabletop.shell.render.Display;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Workshop;

/** The defects a QA pass found in the commands, each with its happy path and a bad input. */
class CommandFixesTest {
  private final Display display = Display.plain();
  private final Workshop workshop = Fixtures.workshop();
  private final TurnCommands turn = new TurnCommands(workshop, display);
  private final WorkshopCommands ws = new WorkshopCommands(workshop, display);
  private final KnobCommands knob = new KnobCommands(workshop, display);
  private final BranchCommands branch = new BranchCommands(workshop, display);
  private final PredictCommands predict = new PredictCommands(workshop, display);
  private final RunCommands run =
      new RunCommands(workshop, Fixtures.library(), Fixtures.ENGINE, display, Fixtures.json());

  @AfterEach
  void close() {
    workshop.close();
  }

  @Test
  void knobValuesAccumulateAndKeepTheirCommas() {
    assertThat(
            RunCommands.parseKnobs(
                new String[] {"military-component=standing-presence", "russia-war-ongoing=false"}))
        .isEqualTo(
            Map.of("military-component", "standing-presence", "russia-war-ongoing", "false"));
    assertThat(RunCommands.parseKnobs(new String[] {"scope=cyber,terrorism"}))
        .isEqualTo(Map.of("scope", "cyber,terrorism"));
    // as Spring Shell may split a value at its commas, the parts come back together
    assertThat(RunCommands.parseKnobs(new String[] {"scope=cyber", "terrorism", "a=x,b=y"}))
        .isEqualTo(Map.of("scope", "cyber,terrorism", "a", "x", "b", "y"));
    assertThatThrownBy(() -> RunCommands.parseKnobs(new String[] {"cyber,scope=x"}))
        .hasMessageContaining("--knob takes NAME=VALUE");
  }

  @Test
  void runUsesTheWorkshopKnobsAndSaysWhich() {
    // given a knob set in the workshop
    knob.set("military-component", "training");

    // when run without --knob, then it runs with the workshop's value and says so
    assertThat(run.run(null, null, (Long) null, "table"))
        .startsWith("Ran coe-southeast-asia, seed 0, knobs: ")
        .contains("military-component=training");
    // and --knob overrides it
    assertThat(run.run(null, new String[] {"military-component=standing-presence"}, null, "table"))
        .contains("military-component=standing-presence")
        .doesNotContain("military-component=training");
    assertThatThrownBy(
            () -> run.run(null, new String[] {"military-component=tanks"}, null, "table"))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void injectRefusesUnknownWorldFacts() {
    assertThat(ws.inject("war ends", null, new String[] {"russia-war-on-ukraine"}))
        .contains("Inject recorded");
    assertThat(ws.inject("still at war", new String[] {"russia-war-on-ukraine=true"}, null))
        .contains("Inject recorded");
    assertThatThrownBy(() -> ws.inject("x", new String[] {"russia-war-on-ukrain"}, null))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(
            "unknown world fact 'russia-war-on-ukrain' (did you mean 'russia-war-on-ukraine'?)");
    assertThatThrownBy(() -> ws.inject("x", null, new String[] {"no-such-fact"}))
        .hasMessageContaining("unknown world fact 'no-such-fact'");
  }

  @Test
  void overrideNeedsAReasonAndSaysWhenItWasTheLastTurn() {
    turn.next();
    assertThatThrownBy(() -> ws.override("china", "lean-oppose", null))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("override china lean-oppose --reason")
        .hasMessageNotContaining("null");
    assertThat(ws.override("china", "lean-oppose", "Beijing waits"))
        .contains("the team's decision")
        .contains("Reason: Beijing waits")
        .contains("The other actors react to it next turn");
    // the host's team holds the Centre open, so it is still on the table in the last turn
    ws.override("southeast-asian-host", "neutral", "the host waits");
    turn.next();
    turn.next();
    assertThat(ws.override("china", "oppose", "Beijing says no"))
        .contains("(this was the last turn)")
        .doesNotContain("react to it next turn");
  }

  @Test
  void noteNeedsText() {
    assertThat(ws.note("two words unquoted")).contains("Noted");
    assertThatThrownBy(() -> ws.note(" ")).hasMessageStartingWith("note needs its text");
  }

  @Test
  void rewindGoesToAnyPlayedTurnIncludingTheCurrentOne() {
    // given turn 1 played, with a note and an override after it
    turn.next();
    ws.note("after turn 1");
    ws.override("china", "oppose", "a team decision");

    // when rewinding to the current turn, then what was done after it is dropped
    assertThat(turn.rewind(1)).startsWith("Back at the end of turn 1");
    assertThat(workshop.turn()).isEqualTo(1);
    assertThat(workshop.timeline()).noneMatch(e -> e.text().contains("after turn 1"));
    assertThat(turn.rewind(0))
        .isEqualTo(
            "Back at the start, before turn 1. 'turn next' plays turn 1 again.\n"
                + "Dropped:\n  turn 1, as it was played");
    assertThat(workshop.turn()).isEqualTo(0);
    // and a turn not played is refused with the right range
    turn.next();
    assertThatThrownBy(() -> turn.rewind(7))
        .hasMessage(
            "rewind goes back to a turn already played, 0 to 1 (0: the start, before turn 1), not 7");
  }

  @Test
  void compareSaysWhichTurnsAndTheOutcomes() {
    // given main at turn 2 and a branch forked at turn 1
    turn.next();
    branch.fork("what-if");
    branch.switchTo("main");
    turn.next();

    // when comparing, then it says which turn and that the branch has not played turn 2
    String out = branch.compare("what-if", false);
    assertThat(out)
        .contains("Comparing turn 1, the last turn both have played")
        .contains("what-if has not played turn 2 yet")
        .contains("Outcome of ");
    assertThatThrownBy(() -> branch.compare("nowhere", false)).hasMessageContaining("no branch");
  }

  @Test
  void predictionSaysWhereTheActorWillStand() {
    assertThat(predict.predict("china", "neutral", 0.6, "team-red"))
        .contains("team-red predicts China neutral in turn 1");
    assertThatThrownBy(() -> predict.predict("china", "sideways", 0.6, "team-red"))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void reversedParagraphRangeIsSaid() {
    assertThat(SourceCommands.reversed("P3-P1")).isTrue();
    assertThat(SourceCommands.reversed("P1-P3")).isFalse();
    assertThat(SourceCommands.reversed("P3")).isFalse();
  }

  @Test
  void historyIsOneCommandPerLineNumbered() {
    assertThat(HistoryCommands.numbered(java.util.List.of("turn next", "explain china")))
        .isEqualTo("   1  turn next\n   2  explain china");
    assertThat(HistoryCommands.numbered(java.util.List.of())).isEqualTo("No history.");
  }
}
