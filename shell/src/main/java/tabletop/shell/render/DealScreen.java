package tabletop.shell.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tabletop.engine.sim.Deal;

/**
 * The {@code deal} screen: how the move stands with the knobs as they are, the ranked packages with
 * what each concedes and to whom, the bargaining rounds, and the assumptions behind it all.
 */
public final class DealScreen {
  private final Names names;
  private final int width;

  public DealScreen(Names names, int width) {
    this.names = names;
    this.width = Math.max(60, width);
  }

  /** Each actor's weight in the support drawn (empty: 1.0 each). */
  private Map<String, Double> weights = Map.of();

  public String render(Deal.Result r, int top) {
    weights = r.weights() == null ? Map.of() : r.weights();
    StringBuilder sb = new StringBuilder();
    String head = "Deal on " + r.move() + ": ";
    sb.append(head).append(Text.line(names.move(r.move()), width - head.length())).append('\n');
    int packages = r.ranked().size();
    if (r.negotiable().isEmpty()) {
      sb.append(
          Text.block(
              "No knob of "
                  + r.scenario()
                  + " is marked negotiable for "
                  + r.move()
                  + ", so there is nothing to trade: an author marks a knob that sets a feature"
                  + " of the move, or a world fact, with 'negotiable: true' (scenarios/README.md).",
              width,
              "  "));
    } else {
      sb.append(
          Text.block(
              Text.count(packages, "package")
                  + " of the negotiable knobs "
                  + String.join(", ", r.negotiable())
                  + "; "
                  + r.trials()
                  + " whole-run trials each, the same draws for every package (seed "
                  + r.seed()
                  + "); each figure is where the move stands at the end of turn "
                  + r.turn()
                  + ".",
              width,
              "  "));
    }
    sb.append('\n');
    Deal.Package base = r.base();
    sb.append("  As the knobs stand:\n");
    figures(sb, base, false);
    sb.append('\n');
    if (r.better().isEmpty()) {
      Deal.Package best = r.ranked().get(0);
      sb.append(
          Text.block(
              "No package reaches a better outcome than the knobs as they stand"
                  + (packages > 1
                      ? ": the best goes ahead "
                          + pct(best.goesAhead())
                          + " against "
                          + pct(base.goesAhead())
                          + " now, less than "
                          + points(Deal.BETTER_BY)
                          + " more."
                      : "."),
              width,
              "  "));
    } else {
      sb.append(
          Text.block(
              Text.count(r.better().size(), "package")
                  + " of "
                  + packages
                  + (r.better().size() == 1 ? " reaches" : " reach")
                  + " a better outcome (goes ahead at least "
                  + points(Deal.BETTER_BY)
                  + " more than as the knobs stand). Ranked by goes ahead, then support drawn:",
              width,
              "  "));
    }
    sb.append('\n');
    int i = 0;
    for (Deal.Package p : r.ranked().stream().limit(top).toList()) {
      i++;
      String mark =
          p.concedes().isEmpty() ? " (as the knobs stand)" : p.better() ? " (better)" : "";
      sb.append(hanging(String.format(Locale.ROOT, "  %2d. ", i), outcome(p) + mark));
      figures(sb, p, true);
    }
    if (packages > top) {
      sb.append("  … and ")
          .append(packages - top)
          .append(" more (--top ")
          .append(packages)
          .append(" shows all)\n");
    }
    if (r.ended() != null) {
      sb.append('\n');
      sb.append("  Bargaining, from the knobs as they stand (mover: ")
          .append(names.actor(r.mover()))
          .append("):\n");
      for (Deal.Round round : r.rounds()) {
        sb.append(hanging(String.format(Locale.ROOT, "  %2d. ", round.number()), round(r, round)));
      }
      sb.append(hanging("  Ended: ", names.inText(r.ended()) + "."));
    }
    sb.append('\n');
    sb.append("  Assumptions (confidence):\n");
    for (Deal.Assumption a : r.assumptions()) {
      sb.append(hanging(String.format(Locale.ROOT, "    %.2f  ", a.confidence()), a.text()));
    }
    return sb.toString();
  }

  private String round(Deal.Result r, Deal.Round round) {
    String who = names.actor(round.proposer());
    String mover = names.actor(r.mover());
    String after =
        " Now: goes ahead "
            + pct(round.goesAhead())
            + ", support "
            + String.format(Locale.ROOT, "%.2f", round.support())
            + ".";
    if (round.proposal() == null) {
      return who + " has no single change that raises its own support." + after;
    }
    String text = who + " proposes " + change(round.proposal()) + "; ";
    if (round.accepted()) {
      return text + mover + " accepts (goes ahead does not fall)." + after;
    }
    if (round.counter() == null) {
      return text
          + mover
          + " declines (goes ahead would fall) and has no change that raises it."
          + after;
    }
    return text
        + mover
        + " declines (goes ahead would fall) and counters with "
        + change(round.counter())
        + "; "
        + who
        + (round.counterStands()
            ? " accepts the counter."
            : " rejects it (its own support would fall).")
        + after;
  }

  /** A package's figures, indented under its number. */
  private void figures(StringBuilder sb, Deal.Package p, boolean concessions) {
    String pad = "      ";
    if (!concessions) {
      sb.append(hanging(pad, outcome(p)));
    }
    sb.append(
        hanging(
            pad,
            "support drawn "
                + String.format(Locale.ROOT, "%.2f", p.support())
                + (weights.isEmpty()
                    ? " of " + p.supportBy().size() + " actors"
                    : String.format(
                        Locale.ROOT,
                        " of %.2f (%d actors, each by its capability)",
                        p.supportBy().keySet().stream()
                            .mapToDouble(a -> weights.getOrDefault(a, 1.0))
                            .sum(),
                        p.supportBy().size()))
                + " · the scenario's own run: "
                + words(p.run())));
    if (concessions && !p.concedes().isEmpty()) {
      List<String> c = new ArrayList<>();
      for (Deal.Change x : p.concedes()) {
        c.add(change(x));
      }
      sb.append(items(pad + "concedes: ", c, "; "));
      List<String> g = new ArrayList<>();
      for (Deal.Gain x : p.gains()) {
        g.add(names.actor(x.actor()) + " " + pct(x.before()) + " → " + pct(x.after()));
      }
      sb.append(
          g.isEmpty()
              ? hanging(pad + "to: ", "nobody (no actor's support rises by two points or more)")
              : items(pad + "to: ", g, ", "));
    }
    if (p.closestVeto() != null) {
      sb.append(
          hanging(
              pad + "closest to blocking: ",
              names.actor(p.closestVeto())
                  + " ("
                  + pct(p.closestVetoBlocks())
                  + (concessions ? ")" : " likely to end in a stand that blocks or declines it)")));
    } else {
      sb.append(hanging(pad, "nobody can block or decline it"));
    }
  }

  private static String outcome(Deal.Package p) {
    return "goes ahead "
        + pct(p.goesAhead())
        + " · stalled "
        + pct(p.stalled())
        + " · declined "
        + pct(p.declined())
        + " · blocked "
        + pct(p.blocked())
        + (p.other() > 0 ? " · other " + pct(p.other()) : "");
  }

  /**
   * Items after a lead, separated by {@code sep}, each kept whole on one line where it fits: a line
   * breaks between items, not inside one.
   */
  private String items(String lead, List<String> items, String sep) {
    int room = width - lead.length();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i < items.size() - 1 ? sep.strip() : "");
      if (line.length() > 0 && line.length() + 1 + item.length() > room) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(item);
    }
    lines.add(line.toString());
    StringBuilder sb = new StringBuilder();
    String indent = " ".repeat(lead.length());
    for (int i = 0; i < lines.size(); i++) {
      sb.append(hanging(i == 0 ? lead : indent, lines.get(i)));
    }
    return sb.toString();
  }

  /** Text wrapped after a lead, its later lines indented to the lead's width. */
  private String hanging(String lead, String text) {
    List<String> lines = Text.wrap(text, width - lead.length());
    StringBuilder sb = new StringBuilder();
    String indent = " ".repeat(lead.length());
    for (int i = 0; i < lines.size(); i++) {
      sb.append(i == 0 ? lead : indent).append(lines.get(i)).append('\n');
    }
    return sb.toString();
  }

  private static String change(Deal.Change c) {
    return c.knob() + " " + value(c.from()) + " → " + value(c.to());
  }

  private static String value(String v) {
    return v.isEmpty() ? "(none)" : v;
  }

  private static String words(String standing) {
    return standing.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String points(double share) {
    return Math.round(share * 100) + " points";
  }

  static String pct(double p) {
    return Math.round(p * 100) + "%";
  }
}
