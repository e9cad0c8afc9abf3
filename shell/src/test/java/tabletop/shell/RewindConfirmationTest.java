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

/** At the workshop prompt, 'turn rewind' lists what it would drop and asks before dropping it. */
@ShellTest(
    terminalWidth = 100,
    terminalHeight = 45,
    properties = {
      "tabletop.library=../scenarios/library",
      "tabletop.sessions=target/test-sessions-rewind"
    },
    includeFilters =
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "tabletop\\.shell\\..*"))
class RewindConfirmationTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired ShellTestClient client;

  private static void type(InteractiveShellSession session, String line) {
    session.write(session.writeSequence().text(line).carriageReturn().build());
  }

  private static void waitFor(InteractiveShellSession session, String text) {
    await()
        .atMost(WAIT)
        .untilAsserted(() -> ShellAssertions.assertThat(session.screen()).containsText(text));
  }

  @Test
  void aRewindListsWhatItDropsAndAsksFirst() {
    // given two turns played and a note after the first
    InteractiveShellSession session = client.interactive().run();
    type(session, "scenario load coe-southeast-asia");
    waitFor(session, "Loaded coe-southeast-asia");
    type(session, "turn next");
    waitFor(session, "t1]>");
    type(session, "note the host asked for a sunset clause");
    waitFor(session, "Noted (turn 1)");
    type(session, "turn next");
    waitFor(session, "t2]>");

    // when the facilitator asks to go back to turn 1, then the screen lists what goes and asks
    type(session, "turn rewind 1");
    waitFor(session, "Going back to the end of turn 1 drops:");
    waitFor(session, "note (turn 1): the host asked for a sunset clause");
    waitFor(session, "turn 2, as it was played");
    waitFor(session, "Drop them and go back to the end of turn 1? [y/N]");

    // and answering no keeps everything
    type(session, "n");
    waitFor(session, "Nothing dropped; the workshop stays at turn 2.");

    // when asked again and answered yes, then the workshop is back at turn 1
    type(session, "turn rewind 1");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                org.assertj.core.api.Assertions.assertThat(
                        String.join("\n", session.screen().lines()))
                    .containsPattern("(?s)stays at turn 2.*Drop them and go back"));
    type(session, "y");
    waitFor(session, "Back at the end of turn 1, as it was played; what came after it is dropped.");
    waitFor(session, "t1]>");
  }
}
