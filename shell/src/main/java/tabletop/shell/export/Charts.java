package tabletop.shell.export;

import static tabletop.shell.export.Words.text;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

/**
 * Hand-built SVG charts of each actor's direction over the turns, one line per move, a diamond
 * where a team decided and a dashed ring where the model stood: accessible (a title and a text
 * description per chart), no script, no dependency. The report folds them behind a disclosure.
 */
final class Charts {
  private Charts() {}

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

  /** The legend and one chart per actor, as markup for the page. */
  static String all(List<TurnReport> turns, java.util.function.UnaryOperator<String> names) {
    List<String> actors = Words.actors(turns);
    if (actors.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    legend(out);
    out.append("<div class=\"charts\">\n");
    int n = 0;
    for (String actor : actors) {
      chart(turns, actor, names.apply(actor), ++n, out);
    }
    return out.append("</div>\n").toString();
  }

  private static void legend(StringBuilder out) {
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

  private static void chart(
      List<TurnReport> turns, String actor, String name, int n, StringBuilder out) {
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

    String titleText = name + ": direction over the turns";
    out.append("<figure class=\"chart\">\n<figcaption><strong>")
        .append(esc(name))
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

  private static String esc(String s) {
    return HtmlText.escape(s);
  }
}
