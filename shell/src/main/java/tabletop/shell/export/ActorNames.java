package tabletop.shell.export;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actor ids in a sentence the knowledge base wrote ("southeast-asian-host does not consent to
 * hosting it") replaced by the actors' names ("Southeast Asian host does not consent…"), for
 * screens and reports alike. Only a whole id is replaced, never part of a longer word or id.
 */
public final class ActorNames {
  private ActorNames() {}

  /** {@code text} with every actor id that {@code names} names written as that name. */
  public static String in(String text, Map<String, String> names) {
    if (text == null || text.isEmpty() || names.isEmpty()) {
      return text == null ? "" : text;
    }
    List<String> ids =
        names.keySet().stream()
            .filter(id -> id != null && !id.isBlank() && !id.equals(names.get(id)))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    if (ids.isEmpty()) {
      return text;
    }
    StringBuilder alternatives = new StringBuilder();
    for (String id : ids) {
      alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(id));
    }
    // an id is bounded by anything that cannot continue an id (letters, digits, '-', '_')
    Pattern p =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(" + alternatives + ")(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])");
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(names.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
