package tabletop.shell.support;

/**
 * Control characters made harmless for a terminal or a document: each C0 control (but tab and line
 * break) becomes its Unicode control picture ({@code ESC} → {@code ␛}), DEL becomes {@code ␡}, C1
 * controls and the bidirectional overrides become {@code �}. Nothing typed can then clear the
 * screen, set a window title, plant a hyperlink or reverse a line. The journal and JSON keep the
 * text exactly; only what is shown is changed.
 */
public final class Printable {
  private Printable() {}

  /** The text with every control character replaced by a visible mark. */
  public static String visible(String text) {
    return neutralise(text, false);
  }

  /**
   * Like {@link #visible}, but colour sequences ({@code ESC [ 1;31 m}) pass: tabletop's own colours
   * in a terminal. Anything else that starts with ESC is shown, not obeyed.
   */
  public static String keepingColour(String text) {
    return neutralise(text, true);
  }

  private static String neutralise(String text, boolean colour) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    int i = 0;
    while (i < n && !special(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 16);
    out.append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (!special(c)) {
        out.append(c);
        i++;
        continue;
      }
      if (colour && c == 0x1B) {
        int end = sgrEnd(text, i);
        if (end > 0) {
          out.append(text, i, end);
          i = end;
          continue;
        }
      }
      out.append(mark(c));
      i++;
    }
    return out.toString();
  }

  private static boolean special(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  private static char mark(char c) {
    if (c < 0x20) {
      return (char) (0x2400 + c);
    }
    if (c == 0x7F) {
      return '\u2421';
    }
    return '\uFFFD';
  }

  /** The end of a colour sequence {@code ESC [ digits ; … m} starting at i, or -1. */
  private static int sgrEnd(String s, int i) {
    int j = i + 1;
    if (j >= s.length() || s.charAt(j) != '[') {
      return -1;
    }
    j++;
    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';')) {
      j++;
    }
    return j < s.length() && s.charAt(j) == 'm' ? j + 1 : -1;
  }
}
