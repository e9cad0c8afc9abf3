package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.terminal.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EarlyTerminalTest {

  @AfterEach
  void nothingLeftOpening() {
    EarlyTerminal.discard();
    System.clearProperty("spring.aot.processing");
  }

  @Test
  void theTerminalOpenedEarlyIsHandedOutOnceAndThenOneIsOpenedWhenAskedFor() throws Exception {
    // given the terminal started opening as main begins
    EarlyTerminal.start();
    assertThat(EarlyTerminal.isOpening()).isTrue();

    // when it is asked for twice
    try (Terminal first = EarlyTerminal.take();
        Terminal second = EarlyTerminal.take()) {
      // then the first is the early one, the second a new one: never one terminal twice
      assertThat(first).isNotNull();
      assertThat(second).isNotNull().isNotSameAs(first);
      assertThat(EarlyTerminal.isOpening()).isFalse();
    }
  }

  @Test
  void theBuildsAheadOfTimeProcessingOpensNoTerminal() {
    // given main run by the build's ahead-of-time processing
    System.setProperty("spring.aot.processing", "true");

    // when main starts
    EarlyTerminal.start();

    // then no terminal is being opened
    assertThat(EarlyTerminal.isOpening()).isFalse();
  }
}
