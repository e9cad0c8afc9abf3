package tabletop.shell.command;

import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.annotation.Command;

/** The commands typed so far, one a line, numbered. */
@Command
public class HistoryCommands {
  private final ObjectProvider<LineReader> reader;

  public HistoryCommands(ObjectProvider<LineReader> reader) {
    this.reader = reader;
  }

  @Command(
      command = "history",
      description = "The commands typed so far, one a line, numbered. Example: history",
      group = "Session")
  public String history() {
    LineReader r = reader.getIfAvailable();
    if (r == null) {
      return "No history.";
    }
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (History.Entry e : r.getHistory()) {
      lines.add(e.line());
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
