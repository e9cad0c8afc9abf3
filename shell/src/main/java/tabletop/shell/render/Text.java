package tabletop.shell.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for plain text. */
public final class Text {
  private Text() {}

  /**
   * Wraps plain text to lines of at most {@code width} characters, breaking long words. A single
   * line break inside a paragraph is reflowed (scenario files wrap their text by hand); a blank
   * line, or a line that starts a list item, starts a new line.
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    int w = Math.max(8, width);
    for (String para : reflow(text == null ? "" : text)) {
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
          int cut = cut(word, w);
          lines.add(word.substring(0, cut));
          word = word.substring(cut);
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

  /**
   * Where a word longer than the width breaks: after its last hyphen, slash or underscore that
   * keeps at least half the width on the line (an id such as {@code
   * china-russia-joint-bomber-patrols-2022-2024} breaks between its parts), else at the width.
   */
  static int cut(String word, int width) {
    for (int i = width - 1; i >= width / 2; i--) {
      char c = word.charAt(i);
      if (c == '-' || c == '/' || c == '_') {
        return i + 1;
      }
    }
    return width;
  }

  /** Joins the lines of each paragraph; keeps blank lines and list items apart. */
  static List<String> reflow(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      boolean listItem = line.matches("^([-*\u2022]|\\d+[.)])\\s.*");
      if (line.isEmpty()) {
        if (current != null) {
          out.add(current.toString());
          current = null;
        }
        out.add("");
      } else if (current == null || listItem) {
        if (current != null) {
          out.add(current.toString());
        }
        current = new StringBuilder(line);
      } else {
        current.append(' ').append(line);
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    // a trailing newline in the source adds no empty line
    while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Wrapped text with an indent before every line. */
  public static String block(String text, int width, String indent) {
    StringBuilder sb = new StringBuilder();
    for (String l : wrap(text, width - indent.length())) {
      sb.append(l.isEmpty() ? "" : indent + l).append('\n');
    }
    return sb.toString();
  }

  /**
   * Wrapped text cut to at most {@code maxLines} lines; the last kept line ends in "…" when words
   * were left off, so a screen never hides that it shortened a sentence.
   */
  public static List<String> clip(String text, int width, int maxLines) {
    List<String> lines = wrap(text == null ? "" : text.replace('\n', ' '), width);
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.subList(0, Math.max(1, maxLines)));
    int last = out.size() - 1;
    String l = out.get(last);
    while (l.length() + 1 > width && l.contains(" ")) {
      l = l.substring(0, l.lastIndexOf(' '));
    }
    if (l.length() + 1 > width) {
      l = l.substring(0, Math.max(0, width - 1));
    }
    out.set(last, l.replaceAll("[\\s,;:.]+$", "") + "…");
    return out;
  }

  /** One line of at most {@code width} characters, ending in "…" when cut. */
  public static String line(String text, int width) {
    return clip(text, width, 1).get(0);
  }

  /** A count with its noun: "1 knob", "3 turns", "0 knobs". */
  public static String count(int n, String singular) {
    return n + " " + (n == 1 ? singular : singular + "s");
  }
}
