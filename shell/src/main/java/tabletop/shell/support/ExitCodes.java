package tabletop.shell.support;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.CommandNotFound;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.command.CommandParser;

/** The process exit code for a failure: 2 for input the user can fix, 1 for anything else. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int BAD_INPUT = BadInputException.EXIT_CODE;

  private ExitCodes() {}

  public static int of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ExitCodeGenerator g && g.getExitCode() != 0) {
        return g.getExitCode();
      }
      if (isBadInput(t)) {
        return BAD_INPUT;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return INTERNAL;
  }

  /**
   * Failures that come from what was typed: ours, Spring Shell's for a mistyped command line, and
   * the engine's and Spring Shell's {@link IllegalArgumentException}s (an unknown knob, {@code help
   * nosuchcommand}).
   */
  public static boolean isBadInput(Throwable t) {
    return t instanceof BadInputException
        || t instanceof IllegalArgumentException
        || t instanceof CommandNotFound
        || t instanceof CommandExecution.CommandParserExceptionsException
        || t instanceof CommandParser.CommandParserException
        || t instanceof org.springframework.core.convert.ConversionException
        || t instanceof org.springframework.shell.ParameterValidationException;
  }

  /** True when the failure came out of a command, which Spring Shell has already reported. */
  public static boolean reportedByShell(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String pkg = t.getClass().getName();
      if (pkg.startsWith("org.springframework.shell.") || t instanceof BadInputException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  public static String rootMessage(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
  }
}
