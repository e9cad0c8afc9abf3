package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tabletop.shell.ShellContextTest;

/** deal typed at the shell: its screen, its one-line refusals, and another scenario's move. */
class DealShellTest extends ShellContextTest {

  /** The shell's context is shared by its tests: leave it on the default scenario. */
  @AfterEach
  void backToTheDefaultScenario() throws Exception {
    assertThat(type("scenario load coe-southeast-asia")).contains("Loaded coe-southeast-asia");
  }

  @Test
  void dealAnswersWhatTheHostWouldAccept() throws Exception {
    // given the host's-conditions scenario
    assertThat(type("scenario load coe-host-conditions")).contains("Loaded coe-host-conditions");

    // when a facilitator asks for the deal, with a round of bargaining
    String screen = type("deal coe --rounds 1 --top 3 --trials 300");

    // then the packages are ranked, the best concedes NATO's assurance, and the round is shown
    assertThat(screen)
        .contains("Deal on coe: ")
        .contains("As the knobs stand:")
        .containsPattern("  1\\. goes ahead \\d+% [^\\n]*\\(better\\)")
        .contains("nato-restates-no-military-expansion false → true")
        .containsPattern("  1\\. Southeast Asian host proposes ")
        .doesNotContain("\tat ");
  }

  @Test
  void anUnknownMoveIsOneLineAndTheSessionGoesOn() throws Exception {
    String screen = type("deal cooe");
    assertThat(screen.strip().lines()).hasSize(1);
    assertThat(screen).contains("has no move 'cooe' (did you mean 'coe'?)");
    assertThat(type("deal coe --rounds nine")).contains("--rounds").doesNotContain("\tat ");
    assertThat(type("knob list")).contains("military-component");
  }
}
