package tabletop.shell.support;

/**
 * Where the command being run comes from, when it comes from a script: errors then start with
 * {@code workshop.txt:7: }. A script stops at its first failing line.
 */
public final class ScriptLocation {
  private static volatile String current = "";
  private static volatile boolean failed;

  private ScriptLocation() {}

  /** Marks the start of a line of a script: {@code file} and line number. */
  public static void at(String file, int line) {
    current = file + ":" + line + ": ";
  }

  /** The prefix of an error message: {@code "workshop.txt:7: "}, or empty outside scripts. */
  public static String prefix() {
    return current;
  }

  static void failed() {
    if (!current.isEmpty()) {
      failed = true;
    }
  }

  public static boolean hasFailed() {
    return failed;
  }

  /** Starts (or ends) a script: no location, no failure. */
  public static void clear() {
    current = "";
    failed = false;
  }
}
