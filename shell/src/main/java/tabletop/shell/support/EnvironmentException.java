package tabletop.shell.support;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The machine refused something (a full disk, a read-only folder, a lock held elsewhere): not bad
 * input and not a fault of tabletop. Shown as its own one line, saying what to do; exit code 1.
 */
public class EnvironmentException extends RuntimeException implements ExitCodeGenerator {
  public EnvironmentException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int getExitCode() {
    return ExitCodes.INTERNAL;
  }
}
