package tabletop.shell.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tabletop.engine.scenario.Suggest;
import tabletop.shell.render.Display;
import tabletop.shell.support.Syntax.Kind;
import tabletop.shell.support.Syntax.Param;

/**
 * Help, written from the commands' declarations: the list of commands by group, and for one command
 * its usage line (the same one its error messages give), what it does, its options and its example.
 */
public final class Help {
  private final CommandLine commandLine;
  private final Display display;

  public Help(CommandLine commandLine, Display display) {
    this.commandLine = commandLine;
    this.display = display;
  }

  /** Every command, by group, one line each. */
  public String all() {
    Map<String, Map<String, String>> groups = new TreeMap<>();
    commandLine
        .syntaxes()
        .forEach(
            (command, s) -> {
              String group = s.registration().getGroup();
              groups
                  .computeIfAbsent(
                      group == null || group.isBlank() ? "Other" : group, g -> new TreeMap<>())
                  .put(command, s.summary());
            });
    int width = 0;
    for (Map<String, String> g : groups.values()) {
      for (String c : g.keySet()) {
        width = Math.max(width, c.length());
      }
    }
    StringBuilder sb = new StringBuilder(display.bold("Commands") + "\n");
    for (var g : groups.entrySet()) {
      sb.append('\n').append(display.bold(g.getKey())).append('\n');
      for (var c : g.getValue().entrySet()) {
        sb.append("  ")
            .append(String.format("%-" + width + "s", c.getKey()))
            .append("  ")
            .append(c.getValue())
            .append('\n');
      }
    }
    sb.append("\n'help COMMAND' (or COMMAND --help) shows how to write a command.");
    return sb.toString();
  }

  /** The help of one command; {@link BadInputException} when there is none of that name. */
  public String command(String command) {
    Syntax s = commandLine.syntax(command);
    if (s == null) {
      throw new BadInputException(
          "no command '"
              + command
              + "'"
              + Suggest.didYouMean(command, commandLine.syntaxes().keySet())
              + "; 'help' lists the commands");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(display.bold("Usage: ")).append(s.usage()).append("\n\n");
    int screen = display.width();
    sb.append(tabletop.shell.render.Text.block(s.summary(), screen, ""));
    Map<String, String> options = new LinkedHashMap<>();
    for (Param p : s.params()) {
      String name =
          p.kind() == Kind.FLAG
              ? "--" + p.name()
              : (p.positional()
                  ? p.label() + ", --" + p.name()
                  : "--" + p.name() + " " + p.label());
      String what = p.description();
      if (p.kind() == Kind.TEXT) {
        what += (what.isEmpty() ? "" : "; ") + "free text, kept as typed (no quotes needed)";
      } else if (p.kind() == Kind.WORDS) {
        what +=
            (what.isEmpty() ? "" : "; ") + "one or more; repeat " + "--" + p.name() + " for more";
      }
      String dflt = p.option().getDefaultValue();
      if (dflt != null && p.kind() != Kind.FLAG) {
        what += " (default " + dflt + ")";
      } else if (p.required()) {
        what += " (required)";
      }
      options.put(name, what);
    }
    if (!options.isEmpty()) {
      sb.append('\n');
      int width = options.keySet().stream().mapToInt(String::length).max().orElse(0);
      // descriptions wrap on words under themselves, never into the option column
      int indent = width + 4;
      options.forEach(
          (k, v) -> {
            List<String> lines = tabletop.shell.render.Text.wrap(v, Math.max(20, screen - indent));
            for (int i = 0; i < lines.size(); i++) {
              sb.append(
                      i == 0
                          ? "  " + String.format("%-" + width + "s", k) + "  "
                          : " ".repeat(indent))
                  .append(lines.get(i))
                  .append('\n');
            }
          });
    }
    if (s.example() != null) {
      sb.append('\n')
          .append(tabletop.shell.render.Text.block("Example: " + s.example(), screen, ""));
    }
    return sb.toString().stripTrailing();
  }

  /** For tests: the commands help lists. */
  public List<String> commands() {
    return List.copyOf(commandLine.syntaxes().keySet());
  }
}
