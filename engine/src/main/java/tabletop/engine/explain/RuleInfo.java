package tabletop.engine.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule says about itself through its metadata: {@code @meaning("one sentence")}, {@code
 * @cites("P20 P21")}, and for knowledge not in the article {@code @assumption("…")} with {@code
 * @confidence(0.7)}. A rule of the game's own machinery (a team's decision replaces the model's,
 * consensus counting) carries {@code @mechanics("…")} instead: it encodes no knowledge, so it cites
 * nothing and has no confidence.
 */
public record RuleInfo(
    String name,
    String packageName,
    String meaning,
    List<String> cites,
    String assumption,
    double confidence,
    String mechanics) {

  public RuleInfo {
    cites = List.copyOf(cites);
  }

  public static RuleInfo of(Rule rule) {
    Map<String, Object> meta = rule.getMetaData();
    String meaning = text(meta.get("meaning"));
    List<String> cites = new ArrayList<>();
    String citeText = text(meta.get("cites"));
    if (!citeText.isBlank()) {
      Arrays.stream(citeText.split("[,\\s]+"))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(cites::add);
    }
    String assumption = text(meta.get("assumption"));
    double confidence = 1.0;
    Object conf = meta.get("confidence");
    if (conf != null) {
      try {
        confidence = Double.parseDouble(text(conf));
      } catch (NumberFormatException e) {
        confidence = 0.0;
      }
    }
    String mechanics = text(meta.get("mechanics"));
    return new RuleInfo(
        rule.getName(),
        rule.getPackageName(),
        meaning,
        cites,
        assumption.isBlank() ? null : assumption,
        confidence,
        mechanics.isBlank() ? null : mechanics);
  }

  /** A rule of the game's machinery, not of the knowledge base. */
  public boolean isMechanics() {
    return mechanics != null;
  }

  /** Paragraph references in the report's form: {@code article#P14}. */
  public List<String> sources() {
    return cites.stream().map(c -> "article#" + c).toList();
  }

  public boolean isAssumption() {
    return assumption != null;
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString().trim();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}
