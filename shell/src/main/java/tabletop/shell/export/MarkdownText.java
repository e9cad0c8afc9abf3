package tabletop.shell.export;

import static tabletop.shell.export.Words.text;

/**
 * Text made safe for Markdown: punctuation that would change meaning is backslash-escaped, so a
 * pipe never breaks a table and angle brackets never become HTML; control characters other than
 * line breaks are dropped.
 */
final class MarkdownText {
  private MarkdownText() {}

  /** Text for a table cell: escaped, and line breaks kept as {@code <br>}. */
  static String cell(String text) {
    String[] lines =
        Words.printable(text).strip().replace("\r\n", "\n").replace('\r', '\n').split("\n");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (!out.isEmpty()) {
        out.append("<br>");
      }
      out.append(escape(line.strip()));
    }
    return out.toString();
  }

  /** Text on one line outside a table: escaped, line breaks become spaces. */
  static String inline(String text) {
    String oneLine = Words.printable(text).strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    String escaped = escape(oneLine);
    // A line that starts like a heading, list or quote would change meaning; escape that too.
    if (!escaped.isEmpty() && "#+-=".indexOf(escaped.charAt(0)) >= 0) {
      escaped = "\\" + escaped;
    }
    if (escaped.matches("^\\d+[.)].*")) {
      escaped = escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
    return escaped;
  }

  /**
   * Backslash-escapes the Markdown punctuation that could change meaning, including pipes (tables)
   * and angle brackets and ampersands (raw HTML, entities).
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|&!~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Escaped text laid out for a table cell: line breaks become {@code <br>}. */
  static String cellLines(String escaped) {
    String[] lines = escaped.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (!out.isEmpty()) {
        out.append("<br>");
      }
      out.append(line.strip());
    }
    return out.toString();
  }

  /** Escaped text on one line, a leading heading, list or quote mark escaped too. */
  static String line(String escaped) {
    String s = escaped.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    if (!s.isEmpty() && "#+-=".indexOf(s.charAt(0)) >= 0) {
      s = "\\" + s;
    }
    if (s.matches("^\\d+[.)].*")) {
      s = s.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
    return s;
  }
}
