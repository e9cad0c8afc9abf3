package tabletop.shell.command;

import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** The commands typed in this session (or in every session), one a line, numbered. */
@Command
public class HistoryCommands {
  /** The index of the first history entry of this session (set when the workshop starts). */
  private static volatile int sessionStart = -1;

  private final ObjectProvider<LineReader> reader;

  /** Marks where this session's commands start in the history, which holds every session's. */
  public static void sessionStartsAfter(History history) {
    sessionStart = history.isEmpty() ? history.index() : history.last() + 1;
  }

  public HistoryCommands(ObjectProvider<LineReader> reader) {
    this.reader = reader;
  }

  @Command(
      command = "history",
      description =
          "The commands typed in this session, one a line, numbered; --all: those of every"
              + " session. Example: history --all",
      group = "Session")
  public String history(
      @Option(
              longNames = "all",
              defaultValue = "false",
              description = "every session's commands, not only this one's")
          boolean all) {
    LineReader r = reader.getIfAvailable();
    if (r == null) {
      return "No history.";
    }
    java.util.List<String> lines = new java.util.ArrayList<>();
    int from = all ? Integer.MIN_VALUE : sessionStart;
    for (History.Entry e : r.getHistory()) {
      if (e.index() >= from) {
        lines.add(e.line());
      }
    }
    return numbered(lines);
  }

  static String numbered(java.util.List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      sb.append(String.format("%4d  %s%n", i + 1, lines.get(i)));
    }
    return sb.length() == 0 ? "No history." : sb.toString().stripTrailing();
  }
}
