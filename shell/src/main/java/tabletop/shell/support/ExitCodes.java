package tabletop.shell.support;

import org.springframework.boot.ExitCodeGenerator;

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
      if (t.getCause() == t) {
        break;
      }
    }
    return INTERNAL;
  }

  /**
   * Only tabletop's own {@link BadInputException} says the input was wrong: a stray {@link
   * IllegalArgumentException} is a fault of ours and must read as one.
   */
  public static boolean isBadInput(Throwable t) {
    return t instanceof BadInputException;
  }

  /** True when the failure came out of a command, which the shell has already reported. */
  public static boolean reportedByShell(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AlreadyReported) {
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
