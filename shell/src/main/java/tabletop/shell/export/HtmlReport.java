package tabletop.shell.export;

/**
 * The after-action report as one self-contained HTML page a facilitator hands out: per turn the
 * moves with their outcomes and one card per actor and move with its main reason and likelihood,
 * the chain behind a disclosure; then the timeline, the predictions, the improvement plan and the
 * other branches. No script and nothing fetched from the network; the style sheet is {@code
 * tabletop/report/report.css}, the markup {@code tabletop/report/html.stg}. Every piece of text is
 * escaped; the same input gives the same bytes.
 */
final class HtmlReport {
  private final Markup markup = new Markup(Markup.Kind.HTML);

  String render(AfterAction a) {
    return markup.render(ReportModel.of(a));
  }

  /** Escapes text for HTML element content and attribute values alike. */
  static String esc(String text) {
    return HtmlText.escape(text);
  }
}
