package tabletop.shell.support;

import org.springframework.boot.ExitCodeGenerator;

/**
 * Input the user can fix: an unknown scenario, actor or knob value, a malformed file, a turn out of
 * range. Shown as one line, never with a stack trace; exit code 2 when run non-interactively.
 */
public class BadInputException extends RuntimeException implements ExitCodeGenerator {
  public static final int EXIT_CODE = 2;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int getExitCode() {
    return EXIT_CODE;
  }
}
