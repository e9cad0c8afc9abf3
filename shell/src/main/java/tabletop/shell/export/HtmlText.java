package tabletop.shell.export;

import static tabletop.shell.export.Words.text;

/** Text made safe for HTML element content and attribute values alike. */
final class HtmlText {
  private HtmlText() {}

  static String escape(String text) {
    String s = text(text);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
