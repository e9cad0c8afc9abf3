package tabletop.shell.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tabletop.shell.support.BadInputException;

/**
 * The source article the knowledge base encodes, by paragraph ({@code **P14** text}), read from the
 * classpath on first use.
 */
public final class Article {
  public static final String RESOURCE = "tabletop/source/article.md";
  private static final Pattern PARA = Pattern.compile("^\\*\\*(P\\d+)\\*\\*\\s*(.*)$");

  private Map<String, String> paragraphs;

  public synchronized Map<String, String> paragraphs() {
    if (paragraphs == null) {
      paragraphs = parse(read());
    }
    return paragraphs;
  }

  public List<String> ids() {
    return List.copyOf(paragraphs().keySet());
  }

  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      Matcher m = PARA.matcher(line.strip());
      if (m.matches()) {
        out.put(m.group(1), m.group(2).strip());
      }
    }
    return out;
  }

  private static String read() {
    try (InputStream in = Article.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the source article is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids a reference names: {@code P14}, {@code p14}, {@code 14}, {@code P14-P16}. */
  public List<String> resolve(String ref) {
    String r = ref.strip().toUpperCase(java.util.Locale.ROOT).replace("ARTICLE#", "");
    Matcher range = Pattern.compile("P?(\\d+)\\s*[-–]\\s*P?(\\d+)").matcher(r);
    List<String> ids = new ArrayList<>();
    if (range.matches()) {
      int a = Integer.parseInt(range.group(1));
      int b = Integer.parseInt(range.group(2));
      for (int i = Math.min(a, b); i <= Math.max(a, b); i++) {
        ids.add("P" + i);
      }
    } else if (r.matches("P?\\d+")) {
      ids.add(r.startsWith("P") ? r : "P" + r);
    }
    List<String> known = ids();
    if (ids.isEmpty() || !known.containsAll(ids)) {
      throw new BadInputException(
          "'"
              + ref
              + "' is not a paragraph of the article; paragraphs run from "
              + known.get(0)
              + " to "
              + known.get(known.size() - 1)
              + " (e.g. source P14, source P14-P16)");
    }
    return ids;
  }
}
