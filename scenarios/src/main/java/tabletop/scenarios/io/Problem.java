package tabletop.scenarios.io;

/**
 * One thing wrong with a scenario file: where (line and column, 0 when unknown) and what to do
 * about it.
 */
public record Problem(String file, int line, int column, String message) {
  /** {@code file:line:column: message}, the form editors and terminals link to. */
  public String format() {
    if (line <= 0) {
      return file + ": " + message;
    }
    return file + ":" + line + ":" + column + ": " + message;
  }
}
