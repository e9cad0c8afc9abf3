package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.springframework.shell.Input;
import org.springframework.shell.Shell;
import org.springframework.shell.context.ShellContext;

class WorkshopShellRunnerTest {
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

  private WorkshopShellRunner runnerReading(RuntimeException thrown) throws Exception {
    Terminal terminal = tabletop.shell.Fixtures.capturedTerminal(screen);
    LineReader reader = mock(LineReader.class);
    when(reader.getTerminal()).thenReturn(terminal);
    when(reader.readLine(anyString())).thenThrow(thrown);
    return new WorkshopShellRunner(
        reader,
        () -> new AttributedString("tabletop> "),
        mock(Shell.class),
        mock(ShellContext.class));
  }

  @Test
  void ctrlCAtThePromptClearsTheLineAndSaysHowToLeave() throws Exception {
    // given Ctrl-C pressed at an empty prompt
    WorkshopShellRunner runner = runnerReading(new UserInterruptException(""));

    // when the shell reads input
    Input input = runner.inputProvider().readInput();

    // then the workshop goes on with an empty line and a hint
    assertThat(input).isSameAs(Input.EMPTY);
    assertThat(screen.toString(StandardCharsets.UTF_8)).contains("type exit to leave");
  }

  @Test
  void ctrlDLeaves() throws Exception {
    // given Ctrl-D, when the shell reads input, then there is no more input: the shell ends
    assertThat(runnerReading(new EndOfFileException()).inputProvider().readInput()).isNull();
  }
}
