package tabletop.shell.support;

import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.stereotype.Component;
import tabletop.shell.render.Display;

/**
 * Turns any failure of a command into one line for the user and an exit code: 2 for input the user
 * can fix, 1 for a fault of ours. Spring Shell's own parse errors become one plain line too. In
 * interactive mode the line goes to the terminal (in colour when the display has colour) and the
 * shell stays up; otherwise it goes to stderr, without colour, and the process exits with the code.
 * Within a script the line starts with {@code file:line: }.
 */
@Component
@Order(0)
public class ErrorResolver implements CommandExceptionResolver {
  private final Display display;
  private final ObjectProvider<ShellContext> context;

  public ErrorResolver(Display display) {
    this(display, null);
  }

  @Autowired
  public ErrorResolver(Display display, ObjectProvider<ShellContext> context) {
    this.display = display;
    this.context = context;
  }

  @Override
  public CommandHandlingResult resolve(Exception e) {
    int code = ExitCodes.of(e);
    if (reported(e)) {
      return CommandHandlingResult.of("", code);
    }
    String text =
        code == ExitCodes.BAD_INPUT
            ? message(e)
            : "internal error: "
                + message(e)
                + " (a fault in tabletop, not in your input; please report it)";
    text = ScriptLocation.prefix() + text;
    ScriptLocation.failed();
    if (!interactive()) {
      System.err.println(text);
      System.err.flush();
      return CommandHandlingResult.of("", code);
    }
    return CommandHandlingResult.of(display.error(text) + System.lineSeparator(), code);
  }

  private boolean interactive() {
    ShellContext c = context == null ? null : context.getIfAvailable();
    return c == null || c.getInteractionMode() != InteractionMode.NONINTERACTIVE;
  }

  private static boolean reported(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof AlreadyReported) {
        return true;
      }
    }
    return false;
  }

  static String message(Throwable e) {
    if (e instanceof CommandExecution.CommandParserExceptionsException p
        && p.getParserExceptions() != null
        && !p.getParserExceptions().isEmpty()) {
      return p.getParserExceptions().stream()
          .map(x -> plain(x.getMessage()))
          .distinct()
          .collect(Collectors.joining("; "));
    }
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return plain(m).strip();
  }

  /** Without ANSI escapes. */
  static String plain(String s) {
    return s == null ? "" : s.replaceAll("\u001B\\[[;\\d]*m", "");
  }
}
