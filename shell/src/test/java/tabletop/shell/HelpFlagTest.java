package tabletop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** {@code java -jar tabletop.jar --help}: the commands, one per line, and nothing else runs. */
@SpringBootTest(
    args = {"--help"},
    properties = {
      "spring.shell.interactive.enabled=false",
      "tabletop.library=../scenarios/library",
      "tabletop.sessions=target/test-sessions",
      "tabletop.plain=true"
    })
class HelpFlagTest {
  static final ByteArrayOutputStream STDOUT = new ByteArrayOutputStream();

  /** The terminal the shell writes to, captured. */
  @TestConfiguration
  static class CapturedTerminal {
    @Bean
    @org.springframework.context.annotation.Primary
    Terminal capturedTerminal() throws IOException {
      return Fixtures.capturedTerminal(STDOUT);
    }
  }

  @Autowired Terminal terminal;

  @Test
  void listsTheCommands() throws Exception {
    // given the application started with --help (it ran during start-up)
    terminal.flush();

    // then the list of commands was printed, with the workshop's own
    String out = STDOUT.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("turn next").contains("explain").contains("likelihood");
    assertThat(out).doesNotContain("Turn 1");
  }
}
