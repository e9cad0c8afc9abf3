package tabletop.shell.support;

import org.springframework.stereotype.Component;

/**
 * Turns any failure of a command into one line for the user and an exit code: 2 for input the user
 * can fix ({@link BadInputException}), 1 for a fault of ours, 130 for a command stopped with
 * Ctrl-C. Within a script the line starts with {@code file:line: }. The shell shows the line: in
 * the workshop on the terminal, otherwise on stderr without colour.
 */
@Component
public class ErrorResolver {

  /** The line to show (empty when it was shown already) and the exit code. */
  public record Failure(String text, int code) {}

  public Failure describe(Exception e) {
    int code = ExitCodes.of(e);
    if (reported(e)) {
      ScriptLocation.failed(code);
      return new Failure("", code);
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof EnvironmentException env) {
        return located(env.getMessage(), ExitCodes.INTERNAL);
      }
    }
    if (e instanceof TabletopShell.Stopped) {
      return located("stopped", TabletopShell.STOPPED);
    }
    return code == ExitCodes.BAD_INPUT ? located(message(e), code) : internal(message(e));
  }

  /** A fault of ours, said as such. */
  public Failure internal(String what) {
    return located(
        "internal error: " + what + " (a fault in tabletop, not in your input; please report it)",
        ExitCodes.INTERNAL);
  }

  private static Failure located(String text, int code) {
    String t = ScriptLocation.prefix() + text;
    ScriptLocation.failed(code);
    return new Failure(t, code);
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
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (!(t instanceof BadInputException) && t.getCause() != null && t.getCause() != t) {
      Throwable root = t.getCause();
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (root.getMessage() != null && !m.contains(root.getMessage())) {
        m = m + " (" + root.getMessage() + ")";
      }
    }
    return plain(m).strip();
  }

  /** Without ANSI escapes. */
  static String plain(String s) {
    return s == null ? "" : s.replaceAll("\u001B\\[[;\\d]*m", "");
  }
}
