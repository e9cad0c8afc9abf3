package tabletop.shell.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain table that fits a width: columns take what they need, and the widest columns are narrowed
 * and wrapped until the table fits. Cells are plain text with an optional style.
 */
public final class Table {
  private final List<String> headers;
  private final List<List<Cell>> rows = new ArrayList<>();
  private final List<int[]> shrinkOrder = new ArrayList<>();

  public record Cell(String text, String style) {
    public static Cell of(String text) {
      return new Cell(text == null ? "" : text, null);
    }
  }

  public Table(String... headers) {
    this.headers = List.of(headers);
  }

  public Table row(Object... cells) {
    List<Cell> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c instanceof Cell cell ? cell : Cell.of(c == null ? "" : c.toString()));
    }
    while (r.size() < headers.size()) {
      r.add(Cell.of(""));
    }
    rows.add(r);
    return this;
  }

  /**
   * Narrows (and wraps) this column, down to {@code min} characters, before the columns named after
   * it, when the table is too wide. Columns never named keep their width while any named one can
   * give.
   */
  public Table shrink(int column, int min) {
    shrinkOrder.add(new int[] {column, min});
    return this;
  }

  /** Longest word other columns keep whole; longer ones (long prose tokens) may be broken. */
  static final int WORD_CAP = 24;

  /** Longest word the key column (the first: ids, names) keeps whole. */
  static final int KEY_WORD_CAP = 48;

  /**
   * The longest word of each column (headers included), at most {@link #WORD_CAP} characters, or
   * {@link #KEY_WORD_CAP} for the key column, whose ids are single words.
   */
  private int[] longestWords(int n) {
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      int cap = i == 0 ? KEY_WORD_CAP : WORD_CAP;
      for (String w : headers.get(i).split("\\s+")) {
        words[i] = Math.max(words[i], Math.min(cap, w.length()));
      }
      for (List<Cell> r : rows) {
        for (String w : r.get(i).text().split("\\s+")) {
          words[i] = Math.max(words[i], Math.min(cap, w.length()));
        }
      }
    }
    return words;
  }

  /** Whether the table fits the display's width without breaking a word of any column. */
  public boolean fitsWholeWords(Display display) {
    int n = headers.size();
    int[] words = longestWords(n);
    for (int i = 0; i < n; i++) {
      for (String w : headers.get(i).split("\\s+")) {
        words[i] = Math.max(words[i], w.length());
      }
      for (List<Cell> r : rows) {
        for (String w : r.get(i).text().split("\\s+")) {
          words[i] = Math.max(words[i], w.length());
        }
      }
    }
    return sum(words) <= display.width() - 2 * (n - 1);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public String render(Display display) {
    int n = headers.size();
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      widths[i] = headers.get(i).length();
      for (List<Cell> r : rows) {
        for (String line : r.get(i).text().split("\n")) {
          widths[i] = Math.max(widths[i], line.length());
        }
      }
    }
    int gap = 2;
    int available = display.width() - gap * (n - 1);
    for (int[] s : shrinkOrder) {
      while (sum(widths) > available && widths[s[0]] > s[1]) {
        widths[s[0]]--;
      }
    }
    // then the widest column gives, but not below its longest word, so names are never broken
    int[] words = longestWords(n);
    while (sum(widths) > available) {
      int widest = -1;
      for (int i = 0; i < n; i++) {
        if (widths[i] > words[i] && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest]--;
    }
    while (sum(widths) > available) {
      int widest = 0;
      for (int i = 1; i < n; i++) {
        if (widths[i] > widths[widest]) {
          widest = i;
        }
      }
      if (widths[widest] <= 10) {
        break;
      }
      widths[widest]--;
    }
    StringBuilder sb = new StringBuilder();
    List<Cell> head = headers.stream().map(h -> new Cell(h, Ansi.BOLD)).toList();
    appendRow(sb, head, widths, display);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rule.append("-".repeat(widths[i]));
      if (i < n - 1) {
        rule.append("  ");
      }
    }
    sb.append(display.dim(rule.toString())).append('\n');
    for (List<Cell> r : rows) {
      appendRow(sb, r, widths, display);
    }
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, List<Cell> cells, int[] widths, Display d) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < widths.length; i++) {
      List<String> lines = new ArrayList<>();
      for (String part : cells.get(i).text().split("\n")) {
        lines.addAll(Text.wrap(part, widths[i]));
      }
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int line = 0; line < height; line++) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        List<String> lines = wrapped.get(i);
        String text = line < lines.size() ? lines.get(line) : "";
        String pad = " ".repeat(Math.max(0, widths[i] - text.length()));
        out.append(d.style(text, cells.get(i).style()));
        if (i < widths.length - 1) {
          out.append(pad).append("  ");
        }
      }
      sb.append(out.toString().stripTrailing()).append('\n');
    }
  }

  private static int sum(int[] a) {
    int s = 0;
    for (int x : a) {
      s += x;
    }
    return s;
  }
}
