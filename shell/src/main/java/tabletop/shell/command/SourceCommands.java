package tabletop.shell.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.engine.explain.RuleInfo;
import tabletop.shell.command.completion.Formats;
import tabletop.shell.command.completion.ParagraphIds;
import tabletop.shell.render.Display;
import tabletop.shell.render.Table;
import tabletop.shell.render.Text;
import tabletop.shell.workshop.Article;
import tabletop.shell.workshop.EngineHolder;

/** The source article: read a paragraph, see which rules rest on which paragraph. */
@ShellComponent
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

  @ShellMethod(
      key = "source",
      value =
          "Print a paragraph of the source article, or a range. Example: source P14  (or: source P14-P16)",
      group = "Explain")
  public String source(
      @ShellOption(value = "--paragraph", valueProvider = ParagraphIds.class) String paragraph) {
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

  @ShellMethod(
      key = "sources coverage",
      value = "Which rules cite each paragraph P1 to P24. Example: sources coverage --format json",
      group = "Explain")
  public String coverage(
      @ShellOption(value = "--format", defaultValue = "table", valueProvider = Formats.class)
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
