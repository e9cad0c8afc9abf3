package tabletop.shell.support;

import org.springframework.core.annotation.Order;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.stereotype.Component;
import tabletop.shell.render.Display;

/**
 * Turns any failure of a command into one line for the user and an exit code: 2 for input the user
 * can fix, 1 for a fault of ours. Spring Shell prints the line; in interactive mode the shell stays
 * up, otherwise the process exits with the code.
 */
@Component
@Order(0)
public class ErrorResolver implements CommandExceptionResolver {
  private final Display display;

  public ErrorResolver(Display display) {
    this.display = display;
  }

  @Override
  public CommandHandlingResult resolve(Exception e) {
    if (e instanceof CommandExecution.CommandParserExceptionsException) {
      // Spring Shell's own resolver lists what was wrong with the options
      return null;
    }
    int code = ExitCodes.of(e);
    String text =
        code == ExitCodes.BAD_INPUT
            ? message(e)
            : "internal error: "
                + message(e)
                + " (a fault in tabletop, not in your input; please report it)";
    return CommandHandlingResult.of(display.error(text) + System.lineSeparator(), code);
  }

  static String message(Throwable e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.strip();
  }
}
