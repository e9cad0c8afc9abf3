package tabletop.shell.export;

/**
 * The after-action report as GitHub-flavoured Markdown, for a repository, a wiki or a mail: the
 * same sections as the HTML page ({@code tabletop/report/md.stg}), with a table row per actor and
 * move where the page has a card. All text that came from people or the scenario is escaped, so a
 * pipe or a line break never breaks a table and angle brackets never become HTML.
 */
final class MarkdownReport {
  private final Markup markup = new Markup(Markup.Kind.MARKDOWN);

  String render(AfterAction a) {
    return markup.render(ReportModel.of(a));
  }

  static String cell(String text) {
    return MarkdownText.cell(text);
  }

  static String inline(String text) {
    return MarkdownText.inline(text);
  }

  static String escape(String text) {
    return MarkdownText.escape(text);
  }
}
