package tabletop.shell.export;

import static tabletop.shell.export.Words.text;

import java.util.List;
import java.util.Map;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

/**
 * The after-action report as GitHub-flavoured Markdown, for a repository, a wiki or a mail. All
 * text that came from people or the scenario is escaped, so a pipe or a line break never breaks a
 * table and angle brackets never become HTML.
 */
final class MarkdownReport {

  String render(AfterAction a) {
    StringBuilder out = new StringBuilder();
    out.append("# After-action report: ").append(inline(Words.title(a))).append("\n\n");
    header(a, out);
    briefing(a, out);
    timeline(a, out);
    turns(a, out);
    outcome(a, out);
    predictions(a, out);
    questions(a, out);
    improvementPlan(out);
    return out.toString();
  }

  private void header(AfterAction a, StringBuilder out) {
    table(
        out,
        List.of("Exercise", "Value"),
        List.of(
            List.of("Scenario", a.title()),
            List.of("Scenario id", a.scenarioId()),
            List.of("Seed", Long.toString(a.seed())),
            List.of("Branch", a.branch())));
    out.append("## Knob values\n\n");
    if (a.knobs().isEmpty()) {
      out.append("_The scenario ran with its defaults._\n\n");
    } else {
      table(
          out,
          List.of("Knob", "Value"),
          a.knobs().entrySet().stream()
              .map(e -> List.of(text(e.getKey()), text(e.getValue())))
              .toList());
    }
  }

  private void briefing(AfterAction a, StringBuilder out) {
    out.append("## Briefing\n\n");
    List<String> paragraphs = Words.paragraphs(a.briefing());
    if (paragraphs.isEmpty()) {
      out.append("_No briefing._\n\n");
    }
    for (String p : paragraphs) {
      out.append(inline(p)).append("\n\n");
    }
  }

  private void timeline(AfterAction a, StringBuilder out) {
    out.append("## Timeline (audit trail)\n\n");
    if (a.timeline().isEmpty()) {
      out.append("_Nothing was recorded._\n\n");
      return;
    }
    table(
        out,
        List.of("Turn", "Kind", "Entry"),
        a.timeline().stream()
            .map(e -> List.of(Words.turnLabel(e.turn()), e.kind(), e.text()))
            .toList());
  }

  private void turns(AfterAction a, StringBuilder out) {
    out.append("## Reactions, turn by turn\n\n");
    if (a.turns().isEmpty()) {
      out.append("_No turn was played._\n\n");
    }
    for (TurnReport t : a.turns()) {
      out.append("### ").append(Words.turnLabel(t.turn()));
      if (!text(t.title()).isBlank()) {
        out.append(": ").append(inline(t.title()));
      }
      out.append("\n\n");
      list(out, "Injects", t.injects());
      list(out, "Moves", t.moves());
      if (!t.reactions().isEmpty()) {
        table(
            out,
            List.of(
                "Actor",
                "Move",
                "Direction",
                "Intensity",
                "Event (PLOVER · CAMEO · Goldstein)",
                "Main reason",
                "Rules",
                "Sources"),
            t.reactions().stream()
                .map(
                    r ->
                        List.of(
                            text(r.actor()),
                            text(r.move()),
                            direction(r),
                            Words.number(r.intensity()),
                            Words.event(r),
                            text(r.summary()),
                            Words.joined(r.rules()),
                            Words.joined(r.sources())))
                .toList());
      }
      List<ReactionView> overridden =
          t.reactions().stream().filter(ReactionView::overridden).toList();
      if (!overridden.isEmpty()) {
        out.append("**Team decisions (the model overridden)**\n\n");
        for (ReactionView r : overridden) {
          out.append("- ")
              .append(inline(text(r.actor()) + " on " + text(r.move()) + ": " + Words.override(r)))
              .append('\n');
        }
        out.append('\n');
      }
      boolean anyAssumption = t.reactions().stream().anyMatch(r -> !r.assumptions().isEmpty());
      if (anyAssumption) {
        out.append("**Assumptions (not from the article)**\n\n");
        for (ReactionView r : t.reactions()) {
          for (AssumptionView as : r.assumptions()) {
            out.append("- ")
                .append(inline(text(r.actor()) + ": " + Words.assumption(as)))
                .append('\n');
          }
        }
        out.append('\n');
      }
      if (!t.outcomes().isEmpty()) {
        out.append("**Outcome at the end of the turn**\n\n");
        outcomes(out, t.outcomes());
      }
    }
  }

  /** The direction shown; for an override, the team's with the model's beside it. */
  private static String direction(ReactionView r) {
    String shown = Words.direction(r.direction());
    return r.overridden()
        ? shown + " (team; model: " + Words.direction(r.modelDirection()) + ")"
        : shown;
  }

  private void outcome(AfterAction a, StringBuilder out) {
    out.append("## Outcome per move\n\n");
    if (a.outcome().isEmpty()) {
      out.append("_No outcome was reached._\n\n");
      return;
    }
    outcomes(out, a.outcome().values().stream().toList());
  }

  private void outcomes(StringBuilder out, List<OutcomeView> outcomes) {
    table(
        out,
        List.of("Move", "Status", "By", "Reason", "Rules", "Sources"),
        outcomes.stream()
            .map(
                o ->
                    List.of(
                        text(o.move()),
                        Words.status(o.status()),
                        text(o.by()),
                        text(o.reason()),
                        Words.joined(o.rules()),
                        Words.joined(o.sources())))
            .toList());
  }

  private void predictions(AfterAction a, StringBuilder out) {
    out.append("## Predictions\n\n");
    List<TimelineEntry> pending = Words.pendingPredictions(a);
    if (a.scores().isEmpty() && pending.isEmpty()) {
      out.append("_No predictions were made._\n\n");
      return;
    }
    if (!pending.isEmpty()) {
      out.append("**Pending** — _").append(Words.PENDING_HINT).append("_\n\n");
      for (TimelineEntry e : pending) {
        out.append("- ")
            .append(Words.turnLabel(e.turn()))
            .append(": ")
            .append(inline(e.text()))
            .append(" (pending)\n");
      }
      out.append('\n');
    }
    if (a.scores().isEmpty()) {
      out.append("_No prediction has been scored yet._\n\n");
      return;
    }
    table(
        out,
        List.of("Predictor", "Predictions", "Hits", "Hit rate", "Brier (lower is better)"),
        a.scores().stream()
            .map(
                s ->
                    List.of(
                        s.predictor(),
                        Integer.toString(s.predictions()),
                        Integer.toString(s.hits()),
                        Words.hitRate(s),
                        Words.brier(s.brier())))
            .toList());
  }

  private void questions(AfterAction a, StringBuilder out) {
    out.append("## Discussion questions\n\n");
    if (a.questions().isEmpty()) {
      out.append("_No questions._\n\n");
      return;
    }
    for (Map.Entry<Integer, List<String>> e : a.questions().entrySet()) {
      out.append("### ").append(Words.turnLabel(e.getKey())).append("\n\n");
      int n = 1;
      for (String q : e.getValue()) {
        out.append(n++).append(". ").append(inline(q)).append('\n');
      }
      out.append('\n');
    }
  }

  private void improvementPlan(StringBuilder out) {
    out.append("## After-action review and improvement plan\n\n");
    out.append("### Strengths\n\n_").append(Words.STRENGTHS_HINT).append("_\n\n");
    out.append("1.\n2.\n3.\n\n");
    out.append("### Areas for improvement\n\n_").append(Words.IMPROVE_HINT).append("_\n\n");
    out.append("1.\n2.\n3.\n\n");
    out.append("### Recommendations\n\n_").append(Words.RECOMMEND_HINT).append("_\n\n");
    List<String> blank = Words.PLAN_COLUMNS.stream().map(c -> "").toList();
    table(out, Words.PLAN_COLUMNS, java.util.Collections.nCopies(Words.PLAN_ROWS, blank));
  }

  private void list(StringBuilder out, String label, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("**").append(label).append("**\n\n");
    for (String item : items) {
      out.append("- ").append(inline(item)).append('\n');
    }
    out.append('\n');
  }

  private void table(StringBuilder out, List<String> head, List<List<String>> rows) {
    row(out, head);
    out.append('|');
    for (int i = 0; i < head.size(); i++) {
      out.append(" --- |");
    }
    out.append('\n');
    for (List<String> r : rows) {
      row(out, r);
    }
    out.append('\n');
  }

  private void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String c : cells) {
      String cell = cell(c);
      out.append(cell.isEmpty() ? " " : " " + cell + " ").append('|');
    }
    out.append('\n');
  }

  /** Text for a table cell: escaped, and line breaks kept as {@code <br>}. */
  static String cell(String text) {
    String[] lines = text(text).strip().replace("\r\n", "\n").replace('\r', '\n').split("\n");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (!out.isEmpty()) {
        out.append("<br>");
      }
      out.append(escape(line.strip()));
    }
    return out.toString();
  }

  /** Text on one line outside a table: escaped, line breaks become spaces. */
  static String inline(String text) {
    String oneLine = text(text).strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    String escaped = escape(oneLine);
    // A line that starts like a heading, list or quote would change meaning; escape that too.
    if (!escaped.isEmpty() && "#+-=".indexOf(escaped.charAt(0)) >= 0) {
      escaped = "\\" + escaped;
    }
    if (escaped.matches("^\\d+[.)].*")) {
      escaped = escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
    return escaped;
  }

  /**
   * Backslash-escapes the Markdown punctuation that could change meaning, including pipes (tables)
   * and angle brackets and ampersands (raw HTML, entities).
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|&!~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
