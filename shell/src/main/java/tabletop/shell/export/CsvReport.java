package tabletop.shell.export;

import static tabletop.shell.export.Words.text;

import java.util.List;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

/**
 * One row per reaction, for a spreadsheet: turn, actor, move, direction in words, intensity (in
 * percent, as everywhere), event type, Goldstein score, whether a team overrode the model, the
 * reason (each sentence closed, so two never run together), the cited paragraphs and the likelihood
 * of the direction shown in percent (for a team's decision, the model's probability for the team's
 * choice; empty when not estimated), last so the earlier columns keep their places. RFC 4180: CRLF
 * line ends, fields with commas, quotes or line breaks quoted, quotes doubled.
 */
final class CsvReport {

  static final List<String> HEADER =
      List.of(
          "turn",
          "actor",
          "move",
          "direction",
          "intensity",
          "eventType",
          "goldstein",
          "overridden",
          "reason",
          "sources",
          "likelihood");

  private static final String EOL = "\r\n";

  String render(AfterAction a) {
    StringBuilder out = new StringBuilder();
    row(out, HEADER);
    for (TurnReport t : a.turns()) {
      for (ReactionView r : t.reactions()) {
        row(
            out,
            List.of(
                Integer.toString(t.turn()),
                text(r.actor()),
                text(r.move()),
                Words.direction(r.direction()),
                Words.percent(r.intensity()),
                text(r.eventType()),
                Words.signed(r.goldstein()),
                Boolean.toString(r.overridden()),
                reason(r),
                String.join("; ", r.sources()),
                likelihood(r)));
      }
    }
    return out.toString();
  }

  /**
   * The reason for the direction shown: the model's, or for an override the team's then the
   * model's.
   */
  private static String reason(ReactionView r) {
    if (!r.overridden()) {
      return ReportModel.sentence(r.summary());
    }
    String model = ReportModel.sentence(r.summary());
    return ReportModel.sentence(Words.override(r))
        + (model.isBlank() ? "" : " The model's reason: " + model);
  }

  /** How likely the direction shown is, in percent: for a team's, the model's for that choice. */
  private static String likelihood(ReactionView r) {
    Double p = ReportModel.likelihood(r);
    return p == null ? "" : Words.percent(p);
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append(EOL);
  }

  static String field(String value) {
    String v = text(value);
    boolean quote =
        v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
