package tabletop.scenarios.io;

/**
 * Scenario text made safe to show. The loader keeps text exactly as written (it is data, and the
 * journal and JSON reports keep it so); a terminal, though, obeys the control characters in it (an
 * escape sequence can clear the screen, set the window title or hide a link), and Markdown breaks
 * on them. Before such text reaches a terminal or a Markdown file, {@link #neutralise} replaces
 * every control character with a visible sign, so that the reader sees that it is there and nothing
 * acts on it.
 */
public final class Text {
  private Text() {}

  /**
   * The text with every control character made visible, line breaks and tabs kept: C0 controls as
   * their Unicode control pictures (ESC as ␛, a lone carriage return as ␍), DEL as ␡, and C1
   * controls, bidirectional overrides and other invisible format characters as {@code <U+202E>}. A
   * CRLF line end becomes a plain line break. Printable text, Unicode and emoji are unchanged.
   */
  public static String neutralise(String text) {
    return neutralise(text, false);
  }

  /**
   * As {@link #neutralise(String)}, for a place that holds one line (a title in a table, a Markdown
   * heading): line breaks and tabs are shown too, as ␤ and ␉.
   */
  public static String neutraliseLine(String text) {
    return neutralise(text, true);
  }

  /** Whether the text holds anything {@link #neutralise(String)} would change. */
  public static boolean hasControlCharacters(String text) {
    return text != null && !text.equals(neutralise(text));
  }

  private static String neutralise(String text, boolean oneLine) {
    if (text == null) {
      return "";
    }
    StringBuilder b = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      String shown = shown(text, i, c, oneLine);
      if (shown != null && b == null) {
        b = new StringBuilder(n + 16).append(text, 0, i);
      }
      if (b != null) {
        if (shown != null) {
          b.append(shown);
        } else {
          b.appendCodePoint(c);
        }
      }
      i += width;
    }
    return b == null ? text : b.toString();
  }

  /** How a code point is shown, or null when it is shown as itself. */
  private static String shown(String text, int i, int c, boolean oneLine) {
    if (c == '\n') {
      return oneLine ? "\u2424" : null;
    }
    if (c == '\t') {
      return oneLine ? "\u2409" : null;
    }
    if (c == '\r') {
      boolean crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
      return crlf && !oneLine ? "" : "\u240D";
    }
    if (c < 0x20) {
      return String.valueOf((char) (0x2400 + c));
    }
    if (c == 0x7F) {
      return "\u2421";
    }
    if (c >= 0x80 && c <= 0x9F || invisible(c)) {
      return String.format("<U+%04X>", c);
    }
    return null;
  }

  /**
   * Format characters that change how text around them is shown without being seen: the
   * bidirectional embeddings, overrides and isolates ("Trojan Source"), and the line and paragraph
   * separators, which some terminals treat as line breaks.
   */
  private static boolean invisible(int c) {
    return c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069
        || c == 0x2028
        || c == 0x2029
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }
}
