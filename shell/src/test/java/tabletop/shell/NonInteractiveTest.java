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

/** {@code java -jar tabletop.jar run --format json}: one command, JSON on stdout, nothing else. */
@SpringBootTest(
    args = {"run", "--seed", "3", "--format", "json"},
    properties = {
      "spring.shell.interactive.enabled=false",
      "tabletop.library=../scenarios/library",
      "tabletop.sessions=target/test-sessions",
      "tabletop.plain=true"
    })
class NonInteractiveTest {
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
  void runsTheCommandAndPrintsOnlyJson() throws Exception {
    // given the application started with a command (the command ran during start-up)
    terminal.flush();

    // then what the shell printed is exactly one JSON document with the contract's keys
    String out = STDOUT.toString(StandardCharsets.UTF_8).strip();
    assertThat(out).startsWith("{").endsWith("}");
    var root = Fixtures.json().readTree(out);
    assertThat(root.get("seed").asLong()).isEqualTo(3);
    assertThat(root.get("scenario").asText()).isEqualTo("coe-southeast-asia");
    assertThat(root.get("turns").size()).isEqualTo(3);
  }
}
