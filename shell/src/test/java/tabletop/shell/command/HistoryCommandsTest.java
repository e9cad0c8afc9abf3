package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** history shows this session's commands; --all shows every session's, oldest first. */
class HistoryCommandsTest {
  @Test
  void thisSessionByDefaultEverySessionWithAll() throws Exception {
    try (Terminal terminal = TerminalBuilder.builder().dumb(true).build()) {
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .variable(LineReader.HISTORY_FILE, (Object) null)
              .build();
      reader.getHistory().add("turn next");
      reader.getHistory().add("note from an earlier session");
      HistoryCommands.sessionStartsAfter(reader.getHistory());
      reader.getHistory().add("explain china");
      reader.getHistory().add("deal coe");
      HistoryCommands cmd =
          new HistoryCommands(
              new StaticListableBeanFactory(Map.of("reader", reader))
                  .getBeanProvider(LineReader.class));

      String mine = cmd.history(false);
      assertThat(mine.lines()).containsExactly("   1  explain china", "   2  deal coe");
      String all = cmd.history(true);
      assertThat(all.lines())
          .containsExactly(
              "   1  turn next",
              "   2  note from an earlier session",
              "   3  explain china",
              "   4  deal coe");
    }
  }

  @Test
  void withoutAReaderThereIsNoHistory() {
    HistoryCommands cmd =
        new HistoryCommands(new StaticListableBeanFactory().getBeanProvider(LineReader.class));
    assertThat(cmd.history(false)).isEqualTo("No history.");
  }
}
