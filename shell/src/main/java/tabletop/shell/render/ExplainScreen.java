package tabletop.shell.render;

import java.util.ArrayList;
import java.util.List;
import tabletop.engine.explain.Step;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.sim.WhatIf;
import tabletop.shell.render.Factors.Factor;

/**
 * Why an actor reacted as it did, in two depths. The default fits {@link #SCREEN} lines at 80
 * columns: the direction and how likely, the main reason, what would change it (near the top, where
 * a room looks first), the weightiest factors for and against with their weights and paragraphs,
 * and the assumptions that carry the most weight with how many others there are. {@code full} adds
 * the whole chain, every assumption and every paragraph.
 */
public final class ExplainScreen {
  /** Lines the default explanation is made to fit. */
  public static final int SCREEN = 25;

  /** Factors shown per side by default. */
  static final int FACTORS = 3;

  /** Assumptions named by default. */
  static final int ASSUMPTIONS = 2;

  private final Display d;
  private final Names names;
  private final tabletop.engine.model.Clout clout;
  private final java.util.function.Function<String, String> issueOf;

  public ExplainScreen(Display display, Names names) {
    this(display, names, null, m -> null);
  }

  /**
   * With the actor's capability and salience, shown under the head; {@code issueOf} gives a move's
   * issue (its region, or null for none).
   */
  public ExplainScreen(
      Display display,
      Names names,
      tabletop.engine.model.Clout clout,
      java.util.function.Function<String, String> issueOf) {
    this.d = display;
    this.names = names == null ? Names.ids() : names;
    this.clout = clout;
    this.issueOf = issueOf == null ? m -> null : issueOf;
  }

  /**
   * "Capability 0.40, salience on southeast-asia 0.40 (capability x salience 0.16): the weight of
   * its stand where a decision is no veto; assumption …, 60% sure."
   */
  String clout(ReactionView r, int lines) {
    if (clout == null) {
      return "";
    }
    String issue = issueOf.apply(r.move());
    String key = issue == null ? tabletop.engine.model.Clout.GLOBAL : issue;
    String text =
        "Capability "
            + Factors.plain(clout.capability())
            + ", salience on "
            + key
            + " "
            + Factors.plain(clout.salience(key))
            + " (together "
            + Factors.plain(clout.weightOn(key))
            + "): how far its stand weighs with others where a decision is no veto. "
            + clout.basis()
            + " ("
            + Views.percent(clout.confidence())
            + " sure).";
    return clipped(text, d.width(), "  ", lines);
  }

  /**
   * An actor's reactions in a turn: the one to {@code move} when given, else each in turn under a
   * line that says there are several.
   */
  public String render(
      List<ReactionView> reactions, int turn, String move, List<WhatIf.Flip> flips, boolean full) {
    List<ReactionView> chosen =
        move == null ? reactions : reactions.stream().filter(r -> r.move().equals(move)).toList();
    if (chosen.isEmpty()) {
      return "";
    }
    if (chosen.size() == 1) {
      return render(chosen.get(0), turn, flips, full);
    }
    ReactionView first = chosen.get(0);
    StringBuilder sb = new StringBuilder();
    sb.append(
        Text.block(
            names.actor(first.actor())
                + " reacts to "
                + chosen.size()
                + " moves in turn "
                + turn
                + ", each in turn below ("
                + String.join(", ", chosen.stream().map(ReactionView::move).toList())
                + "); 'explain "
                + first.actor()
                + " --move ID' shows one.",
            d.width(),
            ""));
    for (ReactionView r : chosen) {
      sb.append('\n').append(render(r, turn, flips, full));
    }
    return sb.toString();
  }

  /** One reaction, by default fitted to {@link #SCREEN} lines; {@code full} for the whole chain. */
  public String render(ReactionView r, int turn, List<WhatIf.Flip> flips, boolean full) {
    if (full) {
      return top(r, turn, flips, 3) + clout(r, 4) + factors(r, 3, Integer.MAX_VALUE) + chain(r);
    }
    for (int lines = 2; lines >= 1; lines--) {
      String s =
          top(r, turn, flips, lines)
              + clout(r, lines)
              + factors(r, lines, FACTORS)
              + assumptions(r, lines);
      if (TurnScreen.lines(s) <= SCREEN || lines == 1) {
        return s;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** The head: direction, likelihood, the main reason and what would change it. */
  String top(ReactionView r, int turn, List<WhatIf.Flip> flips, int lines) {
    int width = d.width();
    StringBuilder sb = new StringBuilder();
    String actor = names.actor(r.actor());
    String where = actor + " on " + r.move() + ", turn " + turn + ": ";
    if (r.overridden()) {
      Double p = Likelihoods.of(r, r.direction());
      sb.append(
          d.bold(
              Text.block(
                      where
                          + Display.words(r.direction())
                          + " (team)"
                          + (p == null ? "" : ", the model gave it " + Views.percent(p)),
                      width,
                      "")
                  .stripTrailing()));
      sb.append('\n');
      sb.append(clipped("Team's reason: " + r.overrideReason(), width, "  ", lines));
      Double mp = Likelihoods.of(r, r.modelDirection());
      String model =
          "The model said "
              + Display.words(r.modelDirection())
              + (mp == null ? "" : " (" + Views.percent(mp) + ")")
              + (blank(r.summary()) ? "." : ", because " + Views.afterBecause(r.summary()));
      sb.append(clipped(model, width, "  ", lines));
    } else {
      String likely = r.likelihood() == null ? "" : ", likely " + Views.percent(r.likelihood());
      Double net = Factors.net(r);
      likely += net == null ? "" : " (factors sum to " + Factors.signed(net) + ")";
      sb.append(
          d.bold(
              Text.block(where + Display.words(r.direction()) + likely, width, "")
                  .stripTrailing()));
      sb.append('\n');
      if (!blank(r.summary())) {
        sb.append(clipped("Main reason: " + r.summary(), width, "  ", lines));
      }
    }
    sb.append(d.bold("What would change it")).append('\n');
    if (!r.distribution().isEmpty()) {
      List<String> parts = new ArrayList<>();
      r.distribution().entrySet().stream()
          .filter(e -> e.getValue() >= 0.005)
          .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
          .forEach(e -> parts.add(Display.words(e.getKey()) + " " + Views.percent(e.getValue())));
      sb.append(
          clipped(
              "Allowing for doubt in weights and assumptions: " + String.join(", ", parts) + ".",
              width,
              "  ",
              lines));
    }
    List<WhatIf.Flip> mine =
        flips == null
            ? List.of()
            : flips.stream()
                .filter(
                    f ->
                        f.actor().equals(r.actor())
                            && f.move().equals(r.move())
                            && f.turn() == turn)
                .toList();
    if (mine.isEmpty()) {
      sb.append("  No single knob change moves it.\n");
    }
    int shown = 0;
    for (WhatIf.Flip f : mine) {
      if (shown++ == 3) {
        sb.append("  and ").append(mine.size() - 3).append(" more knob changes\n");
        break;
      }
      sb.append(
          clipped(
              "knob "
                  + f.knob()
                  + " "
                  + (f.value().isEmpty() ? "none" : f.value())
                  + ": "
                  + Display.words(f.from().name())
                  + " becomes "
                  + Display.words(f.to().name()),
              width,
              "  ",
              1));
    }
    return sb.toString();
  }

  /** The weightiest factors for and against, at most {@code max} per side. */
  String factors(ReactionView r, int lines, int max) {
    List<Factor> all = Factors.of(r);
    if (all.isEmpty()) {
      return "";
    }
    int width = d.width();
    StringBuilder sb = new StringBuilder();
    List<Factor> pro = all.stream().filter(f -> f.weight() > 0).toList();
    List<Factor> con = all.stream().filter(f -> f.weight() < 0).toList();
    sb.append(d.bold("For")).append('\n');
    side(sb, pro, lines, max, width);
    sb.append(d.bold("Against")).append('\n');
    side(sb, con, lines, max, width);
    return sb.toString();
  }

  private void side(StringBuilder sb, List<Factor> fs, int lines, int max, int width) {
    if (fs.isEmpty()) {
      sb.append("  none\n");
      return;
    }
    for (int i = 0; i < Math.min(max, fs.size()); i++) {
      Factor f = fs.get(i);
      String cites = f.sources().isEmpty() ? "" : " [" + Views.paragraphs(f.sources()) + "]";
      String tail = (f.assumption() ? " (assumption)" : "") + cites;
      String head = Factors.signed(f.weight()) + " " + f.aspect() + ": " + f.reason();
      List<String> ls = new ArrayList<>(Text.wrap(head + tail, width - 8));
      if (ls.size() > lines) {
        // the reason is cut, the paragraphs stay in sight
        ls = new ArrayList<>(Text.clip(head, width - 8, lines));
        String base = ls.get(ls.size() - 1).replaceAll("…$", "");
        int room = width - 8 - tail.length();
        String cut = base.length() + 1 <= room ? base + "…" : Text.clip(base, room, 1).get(0);
        ls.set(ls.size() - 1, cut + tail);
      }
      for (int j = 0; j < ls.size(); j++) {
        sb.append(j == 0 ? "  " : "        ").append(ls.get(j)).append('\n');
      }
    }
    if (fs.size() > max) {
      sb.append("  and ").append(fs.size() - max).append(" weaker\n");
    }
  }

  /** The assumptions carrying the most weight, and how many others there are. */
  String assumptions(ReactionView r, int lines) {
    List<AssumptionView> all = Factors.weightiest(r);
    StringBuilder sb = new StringBuilder(d.bold("Rests on (assumptions, not the article)"));
    sb.append('\n');
    if (all.isEmpty()) {
      return sb.append("  nothing beyond the article\n").toString();
    }
    for (int i = 0; i < Math.min(ASSUMPTIONS, all.size()); i++) {
      AssumptionView a = all.get(i);
      sb.append(
          clipped(
              a.text() + " (" + Views.percent(a.confidence()) + " sure)", d.width(), "  - ", 1));
    }
    if (all.size() > ASSUMPTIONS) {
      int more = all.size() - ASSUMPTIONS;
      sb.append(
          Text.block(
              more
                  + " more: 'explain "
                  + r.actor()
                  + " --full' lists "
                  + (more == 1 ? "it" : "them")
                  + " with the whole chain.",
              d.width(),
              "  "));
    } else {
      sb.append(
          Text.block("'explain " + r.actor() + " --full' shows the whole chain.", d.width(), "  "));
    }
    return sb.toString();
  }

  /** The whole chain, every assumption and the paragraphs: what {@code --full} adds. */
  String chain(ReactionView r) {
    int width = d.width();
    StringBuilder sb = new StringBuilder();
    sb.append('\n')
        .append(d.bold("How the engine got there (each line rests on those below it)"))
        .append('\n');
    for (Step s : r.because()) {
      String indent = "  ".repeat(s.depth() + 1);
      List<String> factLines = Text.wrap(s.fact(), Math.max(20, width - indent.length() - 2));
      for (int li = 0; li < factLines.size(); li++) {
        String lead = li == 0 ? (s.depth() == 0 ? "" : "← ") : (s.depth() == 0 ? "" : "  ");
        sb.append(indent).append(lead).append(d.bold(factLines.get(li))).append('\n');
      }
      String detail =
          s.rule() == null
              ? s.meaning()
              : "rule \""
                  + s.rule()
                  + "\": "
                  + s.meaning()
                  + (s.sources().isEmpty() ? "" : " [" + Views.paragraphs(s.sources()) + "]")
                  + (s.assumption() == null ? "" : " (assumption)");
      sb.append(d.dim(Text.block(detail, width, indent + "    ").stripTrailing())).append('\n');
    }
    sb.append('\n').append(d.bold("Assumptions (not from the article), weightiest first"));
    sb.append('\n');
    if (r.assumptions().isEmpty()) {
      sb.append("  none: every step rests on the article\n");
    }
    for (AssumptionView a : Factors.weightiest(r)) {
      String item =
          Text.block(
              a.text() + " (" + Views.percent(a.confidence()) + " sure; rule \"" + a.rule() + "\")",
              width,
              "    ");
      sb.append("  - ").append(item.substring(4));
    }
    sb.append('\n').append("Sources: ").append(Views.paragraphs(r.sources())).append('\n');
    return sb.toString();
  }

  private static String clipped(String text, int width, String indent, int lines) {
    StringBuilder sb = new StringBuilder();
    String cont = " ".repeat(indent.length());
    List<String> ls = Text.clip(text, width - indent.length(), lines);
    for (int i = 0; i < ls.size(); i++) {
      sb.append(i == 0 ? indent : cont).append(ls.get(i)).append('\n');
    }
    return sb.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
