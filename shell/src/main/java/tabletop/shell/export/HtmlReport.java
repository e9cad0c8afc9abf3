package tabletop.shell.export;

import static tabletop.shell.export.Words.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

/**
 * The after-action report as one self-contained HTML page for the projector and the printer: inline
 * style, inline SVG charts of each actor's direction over the turns, no script and nothing fetched
 * from the network. Every piece of text is escaped; the same input gives the same bytes.
 */
final class HtmlReport {

  /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
  private static final List<String> SERIES =
      List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");

  private static final String[] LEVELS = {
    "support", "lean support", "neutral", "lean oppose", "oppose"
  };

  private static final int W = 640;
  private static final int H = 300;
  private static final int LEFT = 170;
  private static final int RIGHT = 30;
  private static final int TOP = 24;
  private static final int BOTTOM = 50;

  String render(AfterAction a) {
    StringBuilder out = new StringBuilder(32_768);
    String title = Words.title(a);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>After-action report: ")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    header(a, title, out);
    out.append("<main>\n");
    setup(a, out);
    briefing(a, out);
    charts(a, out);
    timeline(a, out);
    turns(a, out);
    outcome(a, out);
    predictions(a, out);
    questions(a, out);
    improvementPlan(out);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(AfterAction a, String title, StringBuilder out) {
    out.append("<header>\n<p class=\"kicker\">After-action report</p>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<dl class=\"meta\">\n");
    meta(out, "Scenario", a.scenarioId());
    meta(out, "Seed", Long.toString(a.seed()));
    meta(out, "Branch", a.branch().isBlank() ? "main" : a.branch());
    meta(out, "Turns played", Integer.toString(a.turns().size()));
    out.append("</dl>\n</header>\n");
    out.append("<nav aria-label=\"Contents\"><ol>")
        .append("<li><a href=\"#setup\">Set-up</a></li>")
        .append("<li><a href=\"#briefing\">Briefing</a></li>")
        .append("<li><a href=\"#charts\">Direction over the turns</a></li>")
        .append("<li><a href=\"#timeline\">Timeline</a></li>")
        .append("<li><a href=\"#turns\">Reactions</a></li>")
        .append("<li><a href=\"#outcome\">Outcome</a></li>")
        .append("<li><a href=\"#predictions\">Predictions</a></li>")
        .append("<li><a href=\"#questions\">Questions</a></li>")
        .append("<li><a href=\"#aar\">Improvement plan</a></li>")
        .append("</ol></nav>\n");
  }

  private void meta(StringBuilder out, String term, String value) {
    out.append("<div><dt>")
        .append(esc(term))
        .append("</dt><dd>")
        .append(esc(value))
        .append("</dd></div>\n");
  }

  private void setup(AfterAction a, StringBuilder out) {
    out.append("<section id=\"setup\">\n<h2>Knob values</h2>\n");
    if (a.knobs().isEmpty()) {
      out.append("<p class=\"empty\">The scenario ran with its defaults.</p>\n");
    } else {
      out.append("<table class=\"knobs\">\n<thead><tr><th scope=\"col\">Knob</th>")
          .append("<th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, String> e : a.knobs().entrySet()) {
        out.append("<tr><th scope=\"row\">")
            .append(esc(e.getKey()))
            .append("</th><td>")
            .append(esc(e.getValue()))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private void briefing(AfterAction a, StringBuilder out) {
    out.append("<section id=\"briefing\">\n<h2>Briefing</h2>\n");
    List<String> paragraphs = Words.paragraphs(a.briefing());
    if (paragraphs.isEmpty()) {
      out.append("<p class=\"empty\">No briefing.</p>\n");
    }
    for (String p : paragraphs) {
      out.append("<p>").append(esc(p)).append("</p>\n");
    }
    out.append("</section>\n");
  }

  // ---- charts

  private void charts(AfterAction a, StringBuilder out) {
    out.append("<section id=\"charts\">\n<h2>Direction over the turns</h2>\n");
    List<String> actors = Words.actors(a.turns());
    if (actors.isEmpty()) {
      out.append("<p class=\"empty\">No reactions to chart.</p>\n</section>\n");
      return;
    }
    legend(out);
    out.append("<div class=\"charts\">\n");
    int n = 0;
    for (String actor : actors) {
      chart(a.turns(), actor, ++n, out);
    }
    out.append("</div>\n</section>\n");
  }

  private void legend(StringBuilder out) {
    out.append("<ul class=\"legend\" aria-label=\"Legend\">\n")
        .append("<li><svg width=\"28\" height=\"28\" viewBox=\"0 0 28 28\" aria-hidden=\"true\">")
        .append("<circle cx=\"14\" cy=\"14\" r=\"8\" fill=\"#0072B2\"/></svg>")
        .append("The model's reaction</li>\n")
        .append("<li><svg width=\"28\" height=\"28\" viewBox=\"0 0 28 28\" aria-hidden=\"true\">")
        .append(diamond(14, 14, "#0072B2"))
        .append("</svg>The team's decision (override)</li>\n")
        .append("<li><svg width=\"28\" height=\"28\" viewBox=\"0 0 28 28\" aria-hidden=\"true\">")
        .append("<circle cx=\"14\" cy=\"14\" r=\"7\" fill=\"#fff\" stroke=\"#555\"")
        .append(" stroke-width=\"3\" stroke-dasharray=\"4 3\"/></svg>")
        .append("What the model said where a team overrode it</li>\n")
        .append("</ul>\n");
  }

  private void chart(List<TurnReport> turns, String actor, int n, StringBuilder out) {
    List<String> moves = Words.moves(turns, actor);
    String id = "chart-" + n;
    StringBuilder words = new StringBuilder();
    StringBuilder body = new StringBuilder();

    body.append("<g class=\"axes\">\n");
    for (int i = 0; i < LEVELS.length; i++) {
      int y = y(2 - i);
      body.append("<line x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(W - RIGHT)
          .append("\" y1=\"")
          .append(y)
          .append("\" y2=\"")
          .append(y)
          .append("\" class=\"")
          .append(i == 2 ? "zero" : "grid")
          .append("\"/>\n<text x=\"")
          .append(LEFT - 12)
          .append("\" y=\"")
          .append(y + 6)
          .append("\" text-anchor=\"end\">")
          .append(LEVELS[i])
          .append("</text>\n");
    }
    // Few turns read "Turn 1"; many are numbered under a "turn" caption, thinned to stay legible.
    boolean few = turns.size() <= 4;
    int step = Math.max(1, (turns.size() + 9) / 10);
    if (!few) {
      body.append("<text x=\"")
          .append(LEFT - 12)
          .append("\" y=\"")
          .append(H - BOTTOM + 36)
          .append("\" text-anchor=\"end\">turn</text>\n");
    }
    for (int i = 0; i < turns.size(); i++) {
      if (i % step != 0 && i != turns.size() - 1) {
        continue;
      }
      body.append("<text x=\"")
          .append(x(i, turns.size()))
          .append("\" y=\"")
          .append(H - BOTTOM + 36)
          .append("\" text-anchor=\"middle\">")
          .append(few ? "Turn " : "")
          .append(turns.get(i).turn())
          .append("</text>\n");
    }
    body.append("</g>\n");

    for (int m = 0; m < moves.size(); m++) {
      String move = moves.get(m);
      String colour = SERIES.get(m % SERIES.size());
      List<String> line = new ArrayList<>();
      StringBuilder marks = new StringBuilder();
      for (int i = 0; i < turns.size(); i++) {
        TurnReport t = turns.get(i);
        for (ReactionView r : t.reactions()) {
          if (!text(r.actor()).equals(actor) || !text(r.move()).equals(move)) {
            continue;
          }
          OptionalInt rank = Words.rank(r.direction());
          if (rank.isEmpty()) {
            continue;
          }
          int cx = x(i, turns.size());
          int cy = y(rank.getAsInt());
          line.add(cx + "," + cy);
          words.append(Words.turnLabel(t.turn())).append(", ").append(move).append(": ");
          words.append(Words.direction(r.direction()));
          if (r.overridden()) {
            OptionalInt model = Words.rank(r.modelDirection());
            if (model.isPresent()) {
              int my = y(model.getAsInt());
              marks
                  .append("<line x1=\"")
                  .append(cx)
                  .append("\" y1=\"")
                  .append(my)
                  .append("\" x2=\"")
                  .append(cx)
                  .append("\" y2=\"")
                  .append(cy)
                  .append("\" class=\"shift\"/>\n<circle cx=\"")
                  .append(cx)
                  .append("\" cy=\"")
                  .append(my)
                  .append("\" r=\"8\" class=\"model\"/>\n");
            }
            marks.append(diamond(cx, cy, colour)).append('\n');
            words
                .append(" (team's decision; the model said ")
                .append(Words.direction(r.modelDirection()))
                .append(")");
          } else {
            marks
                .append("<circle cx=\"")
                .append(cx)
                .append("\" cy=\"")
                .append(cy)
                .append("\" r=\"9\" fill=\"")
                .append(colour)
                .append("\"/>\n");
          }
          words.append(". ");
        }
      }
      if (line.size() > 1) {
        body.append("<polyline points=\"")
            .append(String.join(" ", line))
            .append("\" fill=\"none\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"4\"/>\n");
      }
      body.append(marks);
    }

    String titleText = actor + ": direction over the turns";
    out.append("<figure class=\"chart\">\n<figcaption><strong>")
        .append(esc(actor))
        .append("</strong>");
    if (moves.size() > 1) {
      out.append(" <span class=\"moves\">");
      for (int m = 0; m < moves.size(); m++) {
        out.append("<span class=\"swatch\" style=\"background:")
            .append(SERIES.get(m % SERIES.size()))
            .append("\"></span>")
            .append(esc(moves.get(m)))
            .append(' ');
      }
      out.append("</span>");
    }
    out.append("</figcaption>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\">\n<title id=\"")
        .append(id)
        .append("-title\">")
        .append(esc(titleText))
        .append("</title>\n<desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(esc(words.toString().strip()))
        .append("</desc>\n")
        .append(body)
        .append("</svg>\n</figure>\n");
  }

  private static String diamond(int cx, int cy, String colour) {
    int r = 11;
    return "<polygon points=\""
        + cx
        + ","
        + (cy - r)
        + " "
        + (cx + r)
        + ","
        + cy
        + " "
        + cx
        + ","
        + (cy + r)
        + " "
        + (cx - r)
        + ","
        + cy
        + "\" fill=\""
        + colour
        + "\" stroke=\"#111\" stroke-width=\"3\"/>";
  }

  private static int x(int index, int count) {
    int span = W - LEFT - RIGHT - 60;
    if (count <= 1) {
      return LEFT + 30 + span / 2;
    }
    return LEFT + 30 + span * index / (count - 1);
  }

  private static int y(int rank) {
    int span = H - TOP - BOTTOM;
    return TOP + span * (2 - rank) / 4;
  }

  // ---- the rest of the report

  private void timeline(AfterAction a, StringBuilder out) {
    out.append("<section id=\"timeline\">\n<h2>Timeline (audit trail)</h2>\n");
    if (a.timeline().isEmpty()) {
      out.append("<p class=\"empty\">Nothing was recorded.</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"timeline\">\n<thead><tr><th scope=\"col\">Turn</th>")
        .append("<th scope=\"col\">Kind</th><th scope=\"col\">Entry</th></tr></thead>\n<tbody>\n");
    for (TimelineEntry e : a.timeline()) {
      out.append("<tr class=\"k-")
          .append(cssName(e.kind()))
          .append("\"><td class=\"when\">")
          .append(esc(Words.turnLabel(e.turn())))
          .append("</td><td class=\"when\"><span class=\"kind\">")
          .append(esc(e.kind()))
          .append("</span></td><td>")
          .append(esc(e.text()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void turns(AfterAction a, StringBuilder out) {
    out.append("<section id=\"turns\">\n<h2>Reactions, turn by turn</h2>\n");
    if (a.turns().isEmpty()) {
      out.append("<p class=\"empty\">No turn was played.</p>\n");
    }
    for (TurnReport t : a.turns()) {
      out.append("<article class=\"turn\">\n<h3>").append(esc(Words.turnLabel(t.turn())));
      if (!text(t.title()).isBlank()) {
        out.append(": ").append(esc(t.title()));
      }
      out.append("</h3>\n");
      items(out, "Injects", t.injects());
      items(out, "Moves", t.moves());
      for (ReactionView r : t.reactions()) {
        reaction(r, out);
      }
      if (!t.outcomes().isEmpty()) {
        out.append("<h4>Outcome at the end of the turn</h4>\n");
        outcomes(out, t.outcomes());
      }
      out.append("</article>\n");
    }
    out.append("</section>\n");
  }

  private void reaction(ReactionView r, StringBuilder out) {
    out.append("<div class=\"card")
        .append(r.overridden() ? " overridden" : "")
        .append("\">\n<p class=\"head\"><strong class=\"actor\">")
        .append(esc(r.actor()))
        .append("</strong> on <span class=\"move\">")
        .append(esc(r.move()))
        .append("</span> ")
        .append(badge(r.direction()));
    if (r.overridden()) {
      out.append(" <span class=\"tag\">team's decision</span>");
    }
    out.append("</p>\n<p class=\"facts\">Intensity ")
        .append(Words.number(r.intensity()))
        .append(" · Event ")
        .append(esc(text(r.eventType())))
        .append(" · CAMEO ")
        .append(esc(text(r.cameo())))
        .append(" · Goldstein ")
        .append(Words.signed(r.goldstein()))
        .append("</p>\n");
    if (r.overridden()) {
      out.append("<p class=\"override\"><strong>Override.</strong> The team decided ")
          .append(badge(r.direction()))
          .append("; the model said ")
          .append(badge(r.modelDirection()))
          .append(". <strong>Reason:</strong> ")
          .append(esc(r.overrideReason()))
          .append("</p>\n");
    }
    if (!text(r.summary()).isBlank()) {
      out.append("<p class=\"reason\"><strong>")
          .append(r.overridden() ? "The model's main reason:" : "Main reason:")
          .append("</strong> ")
          .append(esc(r.summary()))
          .append("</p>\n");
    }
    if (!r.rules().isEmpty() || !r.sources().isEmpty()) {
      out.append("<p class=\"cite\"><strong>Rules:</strong> ")
          .append(esc(Words.joined(r.rules())))
          .append("<br><strong>Cited:</strong> ")
          .append(esc(Words.joined(r.sources())))
          .append("</p>\n");
    }
    if (!r.assumptions().isEmpty()) {
      out.append(
          "<div class=\"assumptions\"><strong>Assumptions (not from the article)</strong><ul>");
      for (AssumptionView as : r.assumptions()) {
        out.append("<li>").append(esc(Words.assumption(as))).append("</li>");
      }
      out.append("</ul></div>\n");
    }
    out.append("</div>\n");
  }

  private String badge(String direction) {
    String label = Words.direction(direction);
    return "<span class=\"dir d-" + cssName(label) + "\">" + esc(label) + "</span>";
  }

  private void outcome(AfterAction a, StringBuilder out) {
    out.append("<section id=\"outcome\">\n<h2>Outcome per move</h2>\n");
    if (a.outcome().isEmpty()) {
      out.append("<p class=\"empty\">No outcome was reached.</p>\n");
    } else {
      outcomes(out, a.outcome().values().stream().toList());
    }
    out.append("</section>\n");
  }

  private void outcomes(StringBuilder out, List<OutcomeView> outcomes) {
    out.append("<table class=\"outcomes\">\n<thead><tr><th scope=\"col\">Move</th>")
        .append("<th scope=\"col\">Status</th><th scope=\"col\">By</th>")
        .append(
            "<th scope=\"col\">Reason</th><th scope=\"col\">Cited</th></tr></thead>\n<tbody>\n");
    for (OutcomeView o : outcomes) {
      out.append("<tr><td>")
          .append(esc(o.move()))
          .append("</td><td><strong>")
          .append(esc(Words.status(o.status())))
          .append("</strong></td><td>")
          .append(esc(o.by()))
          .append("</td><td>")
          .append(esc(o.reason()));
      if (!o.rules().isEmpty()) {
        out.append("<br><span class=\"small\">Rules: ")
            .append(esc(Words.joined(o.rules())))
            .append("</span>");
      }
      out.append("</td><td>").append(esc(Words.joined(o.sources()))).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private void predictions(AfterAction a, StringBuilder out) {
    out.append("<section id=\"predictions\">\n<h2>Predictions</h2>\n");
    List<TimelineEntry> pending = Words.pendingPredictions(a);
    if (a.scores().isEmpty() && pending.isEmpty()) {
      out.append("<p class=\"empty\">No predictions were made.</p>\n</section>\n");
      return;
    }
    if (!pending.isEmpty()) {
      out.append("<h3>Pending</h3>\n<p class=\"hint\">")
          .append(esc(Words.PENDING_HINT))
          .append("</p>\n<ul class=\"pending\">\n");
      for (TimelineEntry e : pending) {
        out.append("<li>")
            .append(esc(Words.turnLabel(e.turn())))
            .append(": ")
            .append(esc(e.text()))
            .append(" <span class=\"tag\">pending</span></li>\n");
      }
      out.append("</ul>\n");
    }
    if (a.scores().isEmpty()) {
      out.append("<p class=\"empty\">No prediction has been scored yet.</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"scores\">\n<thead><tr><th scope=\"col\">Predictor</th>")
        .append("<th scope=\"col\" class=\"num\">Predictions</th>")
        .append("<th scope=\"col\" class=\"num\">Hits</th>")
        .append("<th scope=\"col\" class=\"num\">Hit rate</th>")
        .append(
            "<th scope=\"col\" class=\"num\">Brier (lower is better)</th></tr></thead>\n<tbody>\n");
    for (PredictionScore s : a.scores()) {
      out.append("<tr><td>")
          .append(esc(s.predictor()))
          .append("</td><td class=\"num\">")
          .append(s.predictions())
          .append("</td><td class=\"num\">")
          .append(s.hits())
          .append("</td><td class=\"num\">")
          .append(esc(Words.hitRate(s)))
          .append("</td><td class=\"num\">")
          .append(Words.brier(s.brier()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void questions(AfterAction a, StringBuilder out) {
    out.append("<section id=\"questions\">\n<h2>Discussion questions</h2>\n");
    if (a.questions().isEmpty()) {
      out.append("<p class=\"empty\">No questions.</p>\n");
    }
    for (Map.Entry<Integer, List<String>> e : a.questions().entrySet()) {
      out.append("<h3>").append(esc(Words.turnLabel(e.getKey()))).append("</h3>\n<ol>\n");
      for (String q : e.getValue()) {
        out.append("<li>").append(esc(q)).append("</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  private void improvementPlan(StringBuilder out) {
    out.append("<section id=\"aar\">\n<h2>After-action review and improvement plan</h2>\n")
        .append("<h3>Strengths</h3>\n<p class=\"hint\">")
        .append(esc(Words.STRENGTHS_HINT))
        .append("</p>\n<ol class=\"fill\"><li></li><li></li><li></li></ol>\n")
        .append("<h3>Areas for improvement</h3>\n<p class=\"hint\">")
        .append(esc(Words.IMPROVE_HINT))
        .append("</p>\n<ol class=\"fill\"><li></li><li></li><li></li></ol>\n")
        .append("<h3>Recommendations</h3>\n<p class=\"hint\">")
        .append(esc(Words.RECOMMEND_HINT))
        .append("</p>\n<table class=\"plan\">\n<thead><tr>");
    for (String c : Words.PLAN_COLUMNS) {
      out.append("<th scope=\"col\">").append(esc(c)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < Words.PLAN_ROWS; i++) {
      out.append("<tr>");
      for (int c = 0; c < Words.PLAN_COLUMNS.size(); c++) {
        out.append("<td></td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void items(StringBuilder out, String label, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("<p class=\"label\">").append(esc(label)).append("</p>\n<ul>\n");
    for (String item : items) {
      out.append("<li>").append(esc(item)).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  /** A safe CSS class fragment: lower-case letters, digits and hyphens. */
  private static String cssName(String text) {
    return text(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** Escapes text for HTML element content and attribute values alike. */
  static String esc(String text) {
    String s = text(text);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String STYLE =
      """
      :root { --ink: #111; --muted: #444; --rule: #888; --paper: #fff; --soft: #f1f3f5;
        --accent: #0b3d91; --warn: #8a4b00; }
      * { box-sizing: border-box; }
      html { font-size: 22px; }
      body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.45;
        font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
      header, nav, main { max-width: 1200px; margin: 0 auto; padding: 0 32px; }
      header { padding-top: 28px; border-bottom: 6px solid var(--accent); }
      .kicker { margin: 0; font-weight: 700; letter-spacing: .06em; text-transform: uppercase;
        color: var(--accent); font-size: .85rem; }
      h1 { font-size: 2.1rem; line-height: 1.15; margin: .2em 0 .4em; }
      h2 { font-size: 1.55rem; margin: 1.6em 0 .5em; padding-bottom: .15em;
        border-bottom: 3px solid var(--ink); }
      h3 { font-size: 1.25rem; margin: 1.2em 0 .4em; }
      h4 { font-size: 1.05rem; margin: 1em 0 .3em; }
      .meta { display: flex; flex-wrap: wrap; gap: 8px 40px; margin: 0 0 20px; }
      .meta div { display: flex; gap: 10px; align-items: baseline; }
      .meta dt { font-weight: 700; color: var(--muted); }
      .meta dd { margin: 0; font-weight: 700; }
      nav ol { display: flex; flex-wrap: wrap; gap: 6px 22px; list-style: none; padding: 12px 0;
        margin: 0; font-size: .85rem; }
      nav a { color: var(--accent); }
      table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
      th, td { border: 2px solid var(--rule); padding: 8px 12px; text-align: left; vertical-align: top; }
      thead th { background: var(--ink); color: #fff; border-color: var(--ink); }
      tbody th { background: var(--soft); }
      .knobs { width: auto; min-width: 60%; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      .empty, .hint { color: var(--muted); font-style: italic; }
      .small { font-size: .8rem; color: var(--muted); }
      .label { font-weight: 700; margin: .6em 0 .2em; }
      .legend { display: flex; flex-wrap: wrap; gap: 8px 32px; list-style: none; padding: 0;
        margin: 0 0 12px; font-size: .9rem; }
      .legend li { display: flex; align-items: center; gap: 8px; }
      .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr));
        gap: 18px 28px; }
      figure.chart { margin: 0; border: 2px solid var(--rule); border-radius: 6px; padding: 8px; }
      figure.chart svg { width: 100%; max-width: 640px; height: auto; display: block;
        margin: 0 auto; }
      figure.chart text { font-size: 23px; fill: var(--ink); font-family: inherit; }
      figure.chart .grid { stroke: #bbb; stroke-width: 1.5; }
      figure.chart .zero { stroke: #555; stroke-width: 2.5; }
      figure.chart .model { fill: #fff; stroke: #555; stroke-width: 3; stroke-dasharray: 4 3; }
      figure.chart .shift { stroke: #555; stroke-width: 3; stroke-dasharray: 6 5; }
      figcaption { font-size: 1.15rem; padding: 2px 6px 4px; }
      .swatch { display: inline-block; width: .9em; height: .9em; margin: 0 .3em 0 .8em;
        vertical-align: -0.1em; border-radius: 2px; }
      .turn { margin-bottom: 1.2em; }
      .card { border: 2px solid var(--rule); border-left-width: 10px; border-radius: 6px;
        padding: 10px 16px; margin: 12px 0; }
      .card.overridden { border-color: var(--warn); background: #fff8ee; }
      .card p { margin: .25em 0; }
      .head { font-size: 1.15rem; }
      .actor { font-size: 1.2rem; }
      .facts { color: var(--muted); font-variant-numeric: tabular-nums; }
      .cite { font-size: .9rem; }
      .override { border: 2px dashed var(--warn); padding: 6px 10px; border-radius: 4px; }
      .assumptions { background: var(--soft); border-left: 6px solid var(--muted); padding: 6px 12px;
        margin-top: 8px; font-size: .9rem; }
      .assumptions ul { margin: .2em 0; padding-left: 1.2em; }
      .dir { display: inline-block; padding: 1px 10px; border-radius: 4px; color: #fff;
        font-weight: 700; white-space: nowrap; }
      .d-support { background: #0a6b2c; }
      .d-lean-support { background: #3f6f12; }
      .d-neutral { background: #4b5563; }
      .d-lean-oppose { background: #9a3d0a; }
      .d-oppose { background: #a1121b; }
      .tag { display: inline-block; padding: 1px 10px; border: 2px solid var(--warn); color: var(--warn);
        border-radius: 4px; font-weight: 700; font-size: .85rem; }
      .kind { font-weight: 700; }
      .when { white-space: nowrap; }
      tr.k-override td { background: #fff8ee; }
      tr.k-note td { background: #eef4ff; }
      .fill li { border-bottom: 2px dotted var(--rule); min-height: 2.2em; }
      .plan td { height: 2.6em; }
      @media print {
        html { font-size: 11pt; }
        nav { display: none; }
        header, main { max-width: none; padding: 0; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h2, h3, h4 { break-after: avoid; }
        .card, figure.chart, tr { break-inside: avoid; }
        .charts { grid-template-columns: 1fr 1fr; }
        a { color: inherit; text-decoration: none; }
      }
      """;
}
