package tabletop.shell.support;

/**
 * Where the command being run comes from, when it comes from a script: errors then start with
 * {@code workshop.txt:7: }. A script stops at its first failing line and keeps that line's exit
 * code.
 */
public final class ScriptLocation {
  private static volatile String current = "";
  private static volatile int failedWith;

  private ScriptLocation() {}

  /** Marks the start of a line of a script: {@code file} and line number. */
  public static void at(String file, int line) {
    current = file + ":" + line + ": ";
  }

  /** The prefix of an error message: {@code "workshop.txt:7: "}, or empty outside scripts. */
  public static String prefix() {
    return current;
  }

  static void failed(int code) {
    if (!current.isEmpty() && failedWith == 0) {
      failedWith = code == 0 ? ExitCodes.INTERNAL : code;
    }
  }

  public static boolean hasFailed() {
    return failedWith != 0;
  }

  /** The exit code of the failed line, or 0. */
  public static int failure() {
    return failedWith;
  }

  /** Where a script was: saved before a nested script runs, put back after. */
  public record Saved(String location, int failedWith) {}

  public static Saved save() {
    return new Saved(current, failedWith);
  }

  public static void restore(Saved s) {
    current = s.location();
    failedWith = s.failedWith();
  }

  /** Starts (or ends) a script: no location, no failure. */
  public static void clear() {
    current = "";
    failedWith = 0;
  }
}
