package tabletop.shell.render;

import java.util.regex.Pattern;

/** ANSI styles, and the width of text as it shows on screen. */
public final class Ansi {
  public static final String RESET = "\u001b[0m";
  public static final String BOLD = "\u001b[1m";
  public static final String DIM = "\u001b[2m";
  public static final String RED = "\u001b[31m";
  public static final String GREEN = "\u001b[32m";
  public static final String YELLOW = "\u001b[33m";
  public static final String BLUE = "\u001b[34m";
  public static final String CYAN = "\u001b[36m";
  public static final String ORANGE = "\u001b[38;5;208m";

  private static final Pattern CODES = Pattern.compile("\u001b\\[[0-9;]*m");

  private Ansi() {}

  public static String strip(String s) {
    return CODES.matcher(s).replaceAll("");
  }

  public static int width(String s) {
    return strip(s).codePointCount(0, strip(s).length());
  }
}
