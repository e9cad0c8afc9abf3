package tabletop.shell.export;

import java.util.List;
import java.util.Locale;

/**
 * Renders an after-action report in one of the export formats: {@code md} (GitHub Markdown), {@code
 * html} (one self-contained page with charts), {@code json} (the whole record) or {@code csv} (one
 * row per reaction). Pure and deterministic: the same record gives the same text.
 */
public final class Exporters {

  private static final List<String> FORMATS = List.of("md", "html", "json", "csv");

  private final MarkdownReport markdown = new MarkdownReport();
  private final HtmlReport html = new HtmlReport();
  private final JsonReport json = new JsonReport();
  private final CsvReport csv = new CsvReport();

  /** The format names {@link #render} accepts, in the order to offer them. */
  public static List<String> formats() {
    return FORMATS;
  }

  /**
   * The report as text in the given format (case and surrounding blanks ignored).
   *
   * @throws IllegalArgumentException for a format not in {@link #formats()}
   */
  public String render(AfterAction a, String format) {
    if (a == null) {
      throw new IllegalArgumentException("Nothing to export: no after-action record was given.");
    }
    String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    return switch (f) {
      case "md" -> markdown.render(a);
      case "html" -> html.render(a);
      case "json" -> json.render(a);
      case "csv" -> csv.render(a);
      default ->
          throw new IllegalArgumentException(
              "Unknown export format '"
                  + format
                  + "'; use one of: "
                  + String.join(", ", FORMATS)
                  + ".");
    };
  }
}
