package tabletop.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.Input;
import tabletop.shell.support.CommandLine;
import tabletop.shell.support.TabletopShell;

/**
 * The application's real context (commands, declarations, workshop, sessions) without a runner:
 * tests type lines into {@link #type} and read the screen. One context, shared by the test classes
 * that extend this.
 */
@Import(ShellContextTest.CapturedTerminal.class)
@SpringBootTest(
    properties = {
      "spring.shell.interactive.enabled=false",
      "tabletop.library=../scenarios/library",
      "tabletop.sessions=target/test-sessions-context",
      "tabletop.plain=true"
    })
public abstract class ShellContextTest {
  static final ByteArrayOutputStream SCREEN = new ByteArrayOutputStream();

  /** The terminal the shell writes to, captured. */
  @TestConfiguration
  static class CapturedTerminal {
    @Bean
    @Primary
    Terminal capturedTerminal() throws IOException {
      return Fixtures.capturedTerminal(SCREEN);
    }
  }

  @Autowired protected TabletopShell shell;
  @Autowired protected CommandLine commandLine;
  @Autowired protected Terminal terminal;

  /** What Tab offers at the end of a line typed so far. */
  protected java.util.List<String> complete(String line) {
    java.util.List<String> words =
        new java.util.ArrayList<>(java.util.List.of(line.split(" ", -1)));
    String last = words.get(words.size() - 1);
    return shell
        .complete(
            new org.springframework.shell.CompletionContext(
                words, words.size() - 1, last.length(), null, null))
        .stream()
        .map(org.springframework.shell.CompletionProposal::value)
        .toList();
  }

  /** Types lines at the shell as a facilitator would, and returns what the screen showed. */
  protected String type(String... lines) throws Exception {
    terminal.flush();
    SCREEN.reset();
    List<String> queue = new ArrayList<>(List.of(lines));
    shell.run(
        () -> {
          if (queue.isEmpty()) {
            return null;
          }
          String line = queue.remove(0);
          return new Input() {
            @Override
            public String rawText() {
              return line;
            }

            @Override
            public List<String> words() {
              return List.of(line);
            }
          };
        });
    terminal.flush();
    return SCREEN.toString(StandardCharsets.UTF_8);
  }
}
