package tabletop.shell.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.explain.RuleInfo;
import tabletop.shell.render.Display;
import tabletop.shell.render.Table;
import tabletop.shell.render.Text;
import tabletop.shell.support.ByName;
import tabletop.shell.workshop.Article;
import tabletop.shell.workshop.EngineHolder;

/** The source article: read a paragraph, see which rules rest on which paragraph. */
@Command
public class SourceCommands {
  private final Article article;
  private final EngineHolder engine;
  private final Display display;
  private final ObjectMapper json;

  public SourceCommands(
      Article article, EngineHolder engine, Display display, ObjectMapper tabletopJson) {
    this.article = article;
    this.engine = engine;
    this.display = display;
    this.json = tabletopJson;
  }

  @Command(
      command = "source",
      description =
          "Print a paragraph of the source article, or a range of them. Example: source P14-P16",
      group = "Explain")
  public String source(
      @Option(
              longNames = "paragraph",
              required = true,
              label = "PARAGRAPH",
              description = "P14, or a range P14-P16")
          @OptionValues(provider = "paragraphIds")
          String paragraph) {
    StringBuilder sb = new StringBuilder();
    List<String> ids = article.resolve(paragraph);
    if (reversed(paragraph)) {
      sb.append("(")
          .append(paragraph.strip())
          .append(" is reversed: showing ")
          .append(ids.get(0))
          .append(" to ")
          .append(ids.get(ids.size() - 1))
          .append(")\n");
    }
    for (String id : ids) {
      sb.append(display.bold(id)).append('\n');
      sb.append(Text.block(article.paragraphs().get(id), Math.min(display.width(), 90), "  "));
      sb.append('\n');
    }
    return sb.toString().stripTrailing();
  }

  /** True for a range written high to low, like P3-P1. */
  static boolean reversed(String ref) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?i)\\s*P?(\\d+)\\s*[-–]\\s*P?(\\d+)\\s*")
            .matcher(ref == null ? "" : ref);
    return m.matches() && Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2));
  }

  @Command(
      command = "sources coverage",
      description =
          "Which rules cite each paragraph P1 to P24. Example: sources coverage --format json",
      group = "Explain")
  public String coverage(
      @ByName
          @Option(
              longNames = "format",
              defaultValue = "table",
              label = "table|json",
              description = "the format")
          @OptionValues(provider = "formats")
          String format) {
    String f = tabletop.shell.command.Formats.check(format, List.of("table", "json"));
    Map<String, List<String>> cover = coverage(article.ids(), engine.get().rules());
    if (f.equals("json")) {
      return Json.write(json, cover);
    }
    Table t = new Table("paragraph", "rules", "rules citing it").shrink(2, 30);
    cover.forEach((p, rules) -> t.row(p, rules.size(), String.join("\n", rules)));
    return t.render(display);
  }

  /** Paragraph id to the names of the rules that cite it, for every paragraph, in order. */
  static Map<String, List<String>> coverage(List<String> paragraphs, List<RuleInfo> rules) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String p : paragraphs) {
      List<String> names = new ArrayList<>();
      for (RuleInfo r : rules) {
        if (r.cites().contains(p)) {
          names.add(r.name());
        }
      }
      out.put(p, names);
    }
    return out;
  }
}
