package tabletop.shell.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for plain text. */
public final class Text {
  private Text() {}

  /** Wraps plain text to lines of at most {@code width} characters, breaking long words. */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    int w = Math.max(8, width);
    for (String para : (text == null ? "" : text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : para.trim().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        while (word.length() > w) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, w));
          word = word.substring(w);
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > w) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Wrapped text with an indent before every line. */
  public static String block(String text, int width, String indent) {
    StringBuilder sb = new StringBuilder();
    for (String l : wrap(text, width - indent.length())) {
      sb.append(l.isEmpty() ? "" : indent + l).append('\n');
    }
    return sb.toString();
  }
}
