package tabletop.shell;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.shell.test.ShellAssertions;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.ShellTestClient.InteractiveShellSession;
import org.springframework.shell.test.autoconfigure.ShellTest;

/** The shell as a facilitator sees it: help, a scenario, a turn, a mistake. */
@ShellTest(
    terminalWidth = 160,
    terminalHeight = 100,
    properties = {
      "tabletop.library=../scenarios/library",
      "tabletop.sessions=target/test-sessions"
    },
    includeFilters =
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "tabletop\\.shell\\..*"))
class ShellInteractiveTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired ShellTestClient client;

  @Test
  void helpListsTheCommands() {
    // given an interactive session
    InteractiveShellSession session = client.interactive().run();

    // when help is asked for
    session.write(session.writeSequence().text("help").carriageReturn().build());

    // then the workshop commands are listed with their groups
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("turn next")
                    .containsText("scenario load")
                    .containsText("explain"));
  }

  @Test
  void loadAScenarioAndPlayATurn() {
    // given an interactive session
    InteractiveShellSession session = client.interactive().run();

    // when the facilitator loads the scenario and plays turn 1
    session.write(
        session.writeSequence().text("scenario load coe-southeast-asia").carriageReturn().build());
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("Loaded coe-southeast-asia"));
    session.write(session.writeSequence().text("turn next").carriageReturn().build());

    // then the reactions are shown in words, with the prompt at turn 1
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("Turn 1: The proposal is tabled")
                    .containsText("China")
                    .containsText("oppose"));
  }

  @Test
  void aMistakePrintsOneLineAndTheShellStaysUp() {
    // given an interactive session
    InteractiveShellSession session = client.interactive().run();

    // when an unknown scenario is loaded, then one line says what to do
    session.write(session.writeSequence().text("scenario load nowhere").carriageReturn().build());
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("nowhere: no scenario with this id"));

    // and the shell still answers
    session.write(session.writeSequence().text("source P14").carriageReturn().build());
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> ShellAssertions.assertThat(session.screen()).containsText("rhetorical attack"));
  }
}
