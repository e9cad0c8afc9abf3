package tabletop.scenarios.io;

/**
 * One thing wrong with a scenario file: where (line and column, 0 when unknown) and what to do
 * about it.
 */
public record Problem(String file, int line, int column, String message) {
  /**
   * A problem is shown on a terminal and written to reports, so its text holds no control
   * character: a message quoting a scenario's text (an id with an escape sequence in it) shows it
   * made visible ({@link Text#neutraliseLine}), never acting on the terminal.
   */
  public Problem {
    file = Text.neutraliseLine(file);
    message = Text.neutraliseLine(message);
  }

  /** {@code file:line:column: message}, the form editors and terminals link to. */
  public String format() {
    if (line <= 0) {
      return file + ": " + message;
    }
    return file + ":" + line + ":" + column + ": " + message;
  }
}
