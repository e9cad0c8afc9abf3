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

/**
 * Likelihoods at the prompt, 100 columns wide. The shell renders wider than this test terminal, so
 * its long rows wrap here: 90 lines hold the default scenario's turn (22 actors, the NATO allies
 * among them), which a real 100 x 45 terminal shows whole (41 lines).
 */
@ShellTest(
    terminalWidth = 100,
    terminalHeight = 90,
    properties = {
      "tabletop.library=../scenarios/library",
      "tabletop.sessions=target/test-sessions-likelihood"
    },
    includeFilters =
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "tabletop\\.shell\\..*"))
class LikelihoodShellTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired ShellTestClient client;

  private static void type(InteractiveShellSession session, String line) {
    session.write(session.writeSequence().text(line).carriageReturn().build());
  }

  @Test
  void likelihoodShowsTheTrialsAndWhatTheSeedChanges() {
    // given an interactive session on the default scenario
    InteractiveShellSession session = client.interactive().run();

    // when the facilitator asks for the likelihood of the play to its end
    type(session, "likelihood --trials 500 --seed 7");

    // then the figures come with the seed and what it changes, and the last turn's bars
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("Turn 3: The host decides (as scripted)")
                    .containsText("outcomes and stands in the run")
                    .containsText("Southeast Asian host"));
  }

  @Test
  void badValuesGetOneLineAndTheShellStaysUp() {
    InteractiveShellSession session = client.interactive().run();

    type(session, "likelihood --trials 0");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("--trials takes a whole number from 1 to 10000000"));
    type(session, "likelihood --threads -1");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("--threads takes a whole number from 1 to 256, like 2, not -1"));
    type(session, "likelihood --threads many");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("--threads takes a whole number, like 1, not 'many'"));
    type(session, "likelihood --format csv");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("--format takes text or json, not 'csv'"));
  }

  @Test
  void aTurnShowsEachOutcomeBesideItsProbabilitiesOnOneScreen() {
    // given an interactive session on a projector-sized terminal
    InteractiveShellSession session = client.interactive().run();

    // when the first turn is played
    type(session, "turn next");

    // then the move's outcome carries its probabilities from the trials, and the legend says
    // what the percentages are
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ShellAssertions.assertThat(session.screen())
                    .containsText("Turn 1: The proposal is tabled")
                    .containsText("over 2000 trials:")
                    .containsText("%: how often 2000 whole-run trials give the direction"));
  }
}
