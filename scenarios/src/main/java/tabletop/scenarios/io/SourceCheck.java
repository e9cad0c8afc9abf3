package tabletop.scenarios.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for a scenario's {@code sources}: either a paragraph of the source article ({@code
 * article#P24}), which must exist, or plain text naming a source for people (an outlet and a date).
 * Nothing ever opens a source, so an entry that looks like something to open, a URL or a file path,
 * is refused: in a shared scenario file it would read as an invitation to follow it.
 */
final class SourceCheck {
  /** The article as the knowledge base ships it, when the rules are on the classpath. */
  static final String ARTICLE = "tabletop/source/article.md";

  /** The article's paragraphs when it is not on the classpath: P1 to P24. */
  static final int PARAGRAPHS = 24;

  private static final Pattern ARTICLE_REF = Pattern.compile("article#(.*)", Pattern.DOTALL);
  private static final Pattern PARAGRAPH = Pattern.compile("P[1-9][0-9]{0,3}");
  private static final Pattern HEADING = Pattern.compile("(?m)^\\*\\*(P[0-9]+)\\*\\*");
  private static final Pattern URL =
      Pattern.compile(
          "(?i)^([a-z][a-z0-9+.-]*://|(file|https?|ftp|data|javascript|jar|mailto):\\S|www\\.)");
  private static final Pattern PATH =
      Pattern.compile("^(/|~[/\\\\]|\\\\\\\\|[A-Za-z]:[/\\\\]|\\.{1,2}[/\\\\])");

  private SourceCheck() {}

  /** The paragraph ids of the article, read once. */
  static Set<String> paragraphs() {
    return Holder.IDS;
  }

  private static final class Holder {
    static final Set<String> IDS = read();

    private static Set<String> read() {
      Set<String> ids = new LinkedHashSet<>();
      try (InputStream in = SourceCheck.class.getClassLoader().getResourceAsStream(ARTICLE)) {
        if (in != null) {
          Matcher m = HEADING.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          while (m.find()) {
            ids.add(m.group(1));
          }
        }
      } catch (IOException e) {
        ids.clear();
      }
      if (ids.isEmpty()) {
        for (int i = 1; i <= PARAGRAPHS; i++) {
          ids.add("P" + i);
        }
      }
      return Collections.unmodifiableSet(ids);
    }
  }

  /** What is wrong with a source entry, or null when it is fine. */
  static String problem(String source) {
    if (source == null) {
      return null;
    }
    String s = source.strip();
    Set<String> ids = paragraphs();
    String range = first(ids) + " to " + last(ids);
    Matcher article = ARTICLE_REF.matcher(s.toLowerCase(Locale.ROOT));
    if (article.matches()) {
      String id = s.substring("article#".length());
      if (!PARAGRAPH.matcher(id).matches()) {
        return "'"
            + s
            + "' is not a paragraph of the article; write 'article#' and a paragraph id from "
            + range
            + ", e.g. 'article#"
            + last(ids)
            + "'";
      }
      if (!ids.contains(id)) {
        return "the article has no paragraph "
            + id
            + " (its paragraphs are "
            + range
            + "); cite one of them, e.g. 'article#"
            + last(ids)
            + "'";
      }
      return null;
    }
    String what = URL.matcher(s).find() ? "a URL" : PATH.matcher(s).find() ? "a file path" : null;
    if (what == null) {
      return null;
    }
    return "'"
        + s
        + "' is "
        + what
        + ", and sources are plain text that nothing opens; write the outlet and the date"
        + " instead, e.g. 'Nikkei Asia, 11 July 2023', or cite the article as 'article#P24'";
  }

  private static String first(Set<String> ids) {
    return ids.iterator().next();
  }

  private static String last(Set<String> ids) {
    String last = null;
    for (String id : ids) {
      last = id;
    }
    return last;
  }
}
