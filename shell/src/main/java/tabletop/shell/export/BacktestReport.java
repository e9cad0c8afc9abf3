package tabletop.shell.export;

import static tabletop.shell.export.BacktestWords.buckets;
import static tabletop.shell.export.BacktestWords.direction;
import static tabletop.shell.export.BacktestWords.percent;
import static tabletop.shell.export.BacktestWords.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stringtemplate.v4.ST;
import org.stringtemplate.v4.STGroup;
import org.stringtemplate.v4.STGroupFile;

/**
 * A backtest as a file: {@code html} (one self-contained page with the reliability diagram as
 * inline SVG, {@code tabletop/backtest/html.stg} and {@code backtest.css}), {@code md} (GitHub
 * Markdown, {@code tabletop/backtest/md.stg}) or {@code json} (everything in {@link BacktestData}).
 * HTML and Markdown render one page model; every piece of text is escaped; the same data gives the
 * same bytes.
 */
public final class BacktestReport {
  public static final List<String> FORMATS = List.of("json", "html", "md");

  private static final ObjectWriter JSON =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /** The page: a title, facts about the run, and sections of blocks. */
  public record Page(String title, List<Fact> facts, List<Section> sections) {}

  public record Fact(String term, String value) {}

  public record Section(String id, String title, List<Block> blocks) {}

  /** A paragraph, a note, a table or a chart (markup the code built, kept as it is). */
  public record Block(
      String kind, String text, List<String> headers, List<List<String>> rows, String svg) {
    static Block para(String text) {
      return new Block("para", text, List.of(), List.of(), null);
    }

    static Block note(String text) {
      return new Block("note", text, List.of(), List.of(), null);
    }

    static Block table(List<String> headers, List<List<String>> rows) {
      return new Block("table", "", headers, rows, null);
    }

    static Block chart(String caption, String svg) {
      return new Block("chart", caption, List.of(), List.of(), svg);
    }

    public boolean isPara() {
      return kind.equals("para");
    }

    public boolean isNote() {
      return kind.equals("note");
    }

    public boolean isTable() {
      return kind.equals("table");
    }

    public boolean isChart() {
      return kind.equals("chart");
    }
  }

  private BacktestReport() {}

  /** The backtest in {@code json}, {@code html} or {@code md}. */
  public static String render(BacktestData d, String format) {
    return switch (format) {
      case "json" -> json(d);
      case "html" -> markup("tabletop/backtest/html.stg", HtmlText::escape, d, true);
      case "md" -> markup("tabletop/backtest/md.stg", MarkdownText::escape, d, false);
      default ->
          throw new IllegalArgumentException(
              "no backtest format " + format + "; use one of " + String.join(", ", FORMATS));
    };
  }

  static String json(BacktestData d) {
    try {
      return JSON.writeValueAsString(d) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Could not write the backtest as JSON", e);
    }
  }

  private static String markup(
      String template,
      java.util.function.UnaryOperator<String> escape,
      BacktestData d,
      boolean html) {
    STGroup group = new STGroupFile(template, "UTF-8", '$', '$');
    group.registerModelAdaptor(Record.class, new Markup.RecordAdaptor(escape));
    if (!html) {
      group.registerRenderer(String.class, new Markup.MarkdownLayout());
    }
    ST st = group.getInstanceOf("page");
    st.add("m", page(d, html));
    st.add("css", html ? resource("tabletop/backtest/backtest.css") : "");
    String out = st.render(Integer.MAX_VALUE);
    return out.replaceAll("\n{3,}", "\n\n").replaceAll("\\s+$", "") + "\n";
  }

  /** The page model both markups render. */
  static Page page(BacktestData d, boolean withChart) {
    BacktestData.Figures m = d.model().figures();
    List<Fact> facts =
        List.of(
            new Fact("Cases", d.caseCount() + " from " + d.cases()),
            new Fact(
                "Recorded reactions", m.n() + " scored, " + d.unscored().size() + " not scored"),
            new Fact("Trials", d.trials() + " whole-run trials per case, seed " + d.seed()),
            new Fact(
                "Uncertainty",
                String.format(
                    Locale.ROOT,
                    "structural %s, weight spread %s, threshold spread %s, assumption doubt %s (%s)",
                    d.uncertainty().structural(),
                    d.uncertainty().weightSpread(),
                    d.uncertainty().thresholdSpread(),
                    d.uncertainty().assumptionDoubt(),
                    d.uncertainty().origin())));
    List<Section> sections = new ArrayList<>();

    List<List<String>> overall = new ArrayList<>();
    for (BacktestData.Line l : d.overall()) {
      BacktestData.Figures f = l.figures();
      overall.add(
          List.of(
              l.name(),
              l.what(),
              String.valueOf(f.n()),
              percent(f.accuracy3()),
              percent(f.accuracy5()),
              score(f.brier3()),
              score(f.brier5()),
              score(f.logScore())));
    }
    overall.add(
        List.of(
            "target",
            "out of sample; reported, not gated",
            "",
            "≥ " + percent(d.targets().accuracy3()),
            "",
            "≤ " + score(d.targets().brier3()),
            "",
            ""));
    sections.add(
        new Section(
            "figures",
            "The model against the record",
            List.of(
                Block.table(
                    List.of(
                        "forecast",
                        "what it is",
                        "reactions",
                        "accuracy (3 buckets)",
                        "accuracy (5 directions)",
                        "Brier (3 buckets)",
                        "Brier (5 directions)",
                        "log score"),
                    overall),
                Block.para(BacktestWords.verdict(d)),
                Block.note(BacktestWords.HOW_TO_READ))));

    List<Block> reliability = new ArrayList<>();
    if (withChart) {
      reliability.add(Block.chart("Reliability diagram", ReliabilityChart.svg(d.reliability())));
    }
    List<List<String>> bins = new ArrayList<>();
    for (BacktestData.Bin b : d.reliability()) {
      bins.add(
          List.of(
              String.format(Locale.ROOT, "%.0f–%.0f%%", 100 * b.from(), 100 * b.to()),
              String.valueOf(b.count()),
              BacktestWords.whole(b.meanForecast()),
              BacktestWords.whole(b.observed())));
    }
    reliability.add(
        Block.table(List.of("forecast bin", "forecasts", "mean forecast", "recorded"), bins));
    reliability.add(
        Block.note(
            "Every reaction's three bucket probabilities are pooled and binned; in a"
                + " well-calibrated model the bucket happens as often as it is forecast (the"
                + " diagonal)."));
    sections.add(new Section("reliability", "Reliability", reliability));

    sections.add(new Section("by-actor", "By actor", List.of(groupTable("actor", d.byActor()))));
    sections.add(new Section("by-case", "By case", List.of(groupTable("case", d.byCase()))));

    List<List<String>> rows = new ArrayList<>();
    for (BacktestData.Reaction r : d.reactions()) {
      rows.add(
          List.of(
              r.caseId(),
              r.actor(),
              r.move() + " (turn " + r.turn() + ")",
              direction(r.recorded()),
              buckets(r.buckets()),
              r.mostLikely(),
              direction(r.run()),
              score(r.brier3()),
              r.source()));
    }
    sections.add(
        new Section(
            "reactions",
            "Each recorded reaction",
            List.of(
                Block.table(
                    List.of(
                        "case",
                        "actor",
                        "move",
                        "recorded",
                        "model: support / neutral / oppose",
                        "most likely",
                        "own run",
                        "Brier",
                        "source"),
                    rows))));

    List<Block> unscored = new ArrayList<>();
    if (d.unscored().isEmpty()) {
      unscored.add(Block.para("Every recorded reaction was scored."));
    } else {
      List<List<String>> u = new ArrayList<>();
      for (BacktestData.Skipped s : d.unscored()) {
        u.add(
            List.of(
                s.caseId(),
                s.actor(),
                s.move() + " (turn " + s.turn() + ")",
                direction(s.recorded()),
                s.why()));
      }
      unscored.add(Block.table(List.of("case", "actor", "move", "recorded", "why"), u));
    }
    sections.add(new Section("unscored", "Not scored", unscored));
    return new Page("Backtest against the public record", facts, sections);
  }

  private static Block groupTable(String what, List<BacktestData.Group> groups) {
    List<List<String>> rows = new ArrayList<>();
    for (BacktestData.Group g : groups) {
      BacktestData.Figures f = g.figures();
      rows.add(
          List.of(
              g.id(),
              String.valueOf(f.n()),
              percent(f.accuracy3()),
              percent(f.accuracy5()),
              score(f.brier3()),
              score(f.logScore())));
    }
    return Block.table(
        List.of(
            what, "reactions", "accuracy (3)", "accuracy (5)", "Brier (3 buckets)", "log score"),
        rows);
  }

  private static String resource(String name) {
    try (InputStream in = BacktestReport.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
