package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tabletop.shell.ShellContextTest;
import tabletop.shell.render.Display;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.CommandLine;
import tabletop.shell.support.Help;

/** {@code likelihood} at the prompt: help and completion for every option, parsing, a Ctrl-C. */
class LikelihoodDeclarationTest extends ShellContextTest {

  @Test
  void tabOffersEveryOptionAndTheFormats() {
    assertThat(complete("likelihood -"))
        .containsExactlyInAnyOrder(
            "--trials", "--seed", "--threads", "--format", "--output", "--force");
    assertThat(complete("likelihood --format ")).containsExactly("text", "json");
  }

  @Test
  void helpSaysWhatEachOptionDoesAndWhatTheSeedChanges() {
    // (help wraps on words at the screen's width: read it as one text)
    String help =
        new Help(commandLine, Display.plain()).command("likelihood").replaceAll("\\s+", " ");
    assertThat(help)
        .contains(
            "Usage: likelihood [--trials N] [--seed S] [--threads T] [--format text|json]"
                + " [--output FILE] [--force]")
        .contains("default 10000")
        .contains("it changes the trials' draws, not the run's directions")
        .contains("the figures are the same for any")
        .contains("likelihood --trials 10000 --seed 7");
  }

  @Test
  void numbersAreReadAndANonNumberIsOneLine() {
    CommandLine.Parsed p = commandLine.parseLine("likelihood --trials 500 --seed 7 --threads 2");
    assertThat(p.value("trials")).isEqualTo(500);
    assertThat(p.value("seed")).isEqualTo(7L);
    assertThat(p.value("threads")).isEqualTo(2);
    assertThat(commandLine.parseLine("likelihood --threads -1").value("threads")).isEqualTo(-1);
    assertThatThrownBy(() -> commandLine.parseLine("likelihood --trials lots"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("--trials takes a whole number, like 1, not 'lots'");
  }

  @Test
  void aCommandLineRunGivesTheJsonAndNoProgressBar() throws Exception {
    // given the shell writing to a captured (dumb) terminal, when likelihood runs
    String screen = type("likelihood --trials 300 --seed 7 --format json");

    // then the screen holds the JSON alone: no bar is drawn where nobody watches it
    assertThat(screen.strip()).startsWith("{").endsWith("}");
    assertThat(screen).doesNotContain("/300 (");
  }
}
