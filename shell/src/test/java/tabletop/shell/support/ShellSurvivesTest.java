package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tabletop.shell.Fixtures;
import tabletop.shell.ShellContextTest;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/** The shell never dies of a command, and a command that dies leaves the workshop as it was. */
class ShellSurvivesTest extends ShellContextTest {

  @Test
  void errorsAndInterruptsEndTheCommandWithOneLine() throws Exception {
    var overflow = (TabletopShell.Failed) shell.failed(new StackOverflowError());
    assertThat(overflow.code()).isEqualTo(1);
    assertThat(overflow.message())
        .contains("stack overflow")
        .contains("as it was")
        .doesNotContain("\n");
    var memory = (TabletopShell.Failed) shell.failed(new OutOfMemoryError("Java heap space"));
    assertThat(memory.code()).isEqualTo(1);
    assertThat(memory.message()).contains("ran out of memory").doesNotContain("\n");
    var stopped = (TabletopShell.Failed) shell.failed(new InterruptedException());
    assertThat(stopped.code()).isEqualTo(TabletopShell.STOPPED);
    assertThat(stopped.message()).isEqualTo("stopped");
    var wrapped =
        (TabletopShell.Failed)
            shell.failed(
                new IllegalStateException(new java.nio.channels.ClosedByInterruptException()));
    assertThat(wrapped.message()).isEqualTo("stopped");

    // and the shell goes on
    assertThat(type("session show")).contains("Session ");
  }

  @Test
  void aCommandThatDiesLeavesTheWorkshopAsItWas() {
    // given a workshop whose next action dies with an Error after the game moved
    Workshop w = Fixtures.workshop();
    w.apply(new Action.Next());
    w.onApplied(
        a -> {
          throw new StackOverflowError();
        });

    // when a turn is played, then the Error passes and nothing of the turn stays
    assertThatThrownBy(() -> w.apply(new Action.Next())).isInstanceOf(StackOverflowError.class);
    assertThat(w.turn()).isEqualTo(1);
    assertThat(w.game().turn()).isEqualTo(1);

    // and the workshop goes on
    w.onApplied(a -> {});
    w.apply(new Action.Next());
    assertThat(w.game().turn()).isEqualTo(2);
    w.close();
  }
}
