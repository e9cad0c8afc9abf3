package tabletop.shell.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tabletop.engine.explain.Step;
import tabletop.engine.model.Direction;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.engine.sim.WhatIf;
import tabletop.shell.export.PredictionScore;
import tabletop.shell.workshop.Comparison;

/** What the commands show, as text for a projector: directions in words, reasons in sentences. */
public final class Views {
  private final Display d;

  public Views(Display display) {
    this.d = display;
  }

  public static String paragraphs(List<String> sources) {
    return String.join(", ", sources.stream().map(s -> s.replace("article#", "")).toList());
  }

  public static String percent(double x) {
    return String.format(Locale.ROOT, "%.0f%%", x * 100);
  }

  public String heading(String text) {
    return d.bold(text) + "\n";
  }

  /** One turn: its injects and moves, each actor's reaction, the outcomes. */
  public String turn(TurnReport t) {
    StringBuilder sb = new StringBuilder();
    sb.append(heading("Turn " + t.turn() + ": " + t.title()));
    for (String i : t.injects()) {
      sb.append("  inject: ").append(i).append('\n');
    }
    for (String m : t.moves()) {
      sb.append("  on the table: ").append(m).append('\n');
    }
    sb.append('\n').append(reactions(t.reactions()));
    if (!t.outcomes().isEmpty()) {
      sb.append('\n').append(outcomes(t.outcomes()));
    }
    return sb.toString();
  }

  public String reactions(List<ReactionView> reactions) {
    if (reactions.isEmpty()) {
      return "No actor reacted this turn.\n";
    }
    Table table =
        new Table("actor", "reaction", "likely", "intensity", "because", "sources")
            .shrink(5, 16)
            .shrink(4, 30);
    for (ReactionView r : reactions) {
      String reaction = Display.words(r.direction());
      if (r.overridden()) {
        reaction += "\n(team)";
      }
      String because = r.summary();
      if (r.overridden()) {
        because =
            "Team decision: "
                + r.overrideReason()
                + " (the model said "
                + Display.words(r.modelDirection())
                + ")";
      }
      table.row(
          r.actor(),
          new Table.Cell(reaction, Display.codeOf(r.direction())),
          r.likelihood() == null || r.overridden() ? "-" : percent(r.likelihood()),
          percent(r.intensity()),
          because,
          paragraphs(r.sources()));
    }
    return table.render(d);
  }

  /**
   * The single knob changes that would move this reaction, from quiet replays of the scenario's own
   * turns with the knob changed (live injects and team decisions are not replayed).
   */
  public String whatWouldChangeIt(ReactionView r, int turn, List<WhatIf.Flip> flips) {
    StringBuilder sb = new StringBuilder(heading("What would change it"));
    if (r.likelihood() != null && !r.distribution().isEmpty()) {
      sb.append("  How likely, given the uncertainty of weights and assumptions: ");
      List<String> parts = new java.util.ArrayList<>();
      r.distribution()
          .forEach(
              (dir, p) -> {
                if (p >= 0.005) {
                  parts.add(Display.words(dir) + " " + percent(p));
                }
              });
      sb.append(String.join(", ", parts)).append('\n');
    }
    List<WhatIf.Flip> mine =
        flips.stream()
            .filter(
                f -> f.actor().equals(r.actor()) && f.move().equals(r.move()) && f.turn() == turn)
            .toList();
    if (mine.isEmpty()) {
      sb.append("  No single knob change moves this reaction.\n");
    }
    for (WhatIf.Flip f : mine) {
      sb.append("  knob set ")
          .append(f.knob())
          .append(' ')
          .append(f.value().isEmpty() ? "none" : f.value())
          .append("  ->  ")
          .append(Display.words(f.from().name()))
          .append(" becomes ")
          .append(d.direction(f.to().name()))
          .append('\n');
    }
    return sb.toString();
  }

  public String outcomes(List<OutcomeView> outcomes) {
    Table table =
        new Table("move", "outcome", "decided by", "why", "sources").shrink(4, 16).shrink(3, 30);
    for (OutcomeView o : outcomes) {
      table.row(
          o.move(),
          new Table.Cell(o.status().toLowerCase(Locale.ROOT).replace('_', ' '), statusStyle(o)),
          o.by() == null ? "" : o.by(),
          o.reason(),
          paragraphs(o.sources()));
    }
    return table.render(d);
  }

  private static String statusStyle(OutcomeView o) {
    String s = o.status().toLowerCase(Locale.ROOT);
    if (s.contains("ahead")) {
      return Ansi.GREEN;
    }
    if (s.contains("block") || s.contains("declin")) {
      return Ansi.RED;
    }
    return Ansi.YELLOW;
  }

  /** What changed since the turn before: direction moves per actor, outcome changes. */
  public String changes(TurnReport before, TurnReport now) {
    StringBuilder sb = new StringBuilder();
    for (ReactionView r : now.reactions()) {
      Optional<ReactionView> was =
          before.reactions().stream()
              .filter(b -> b.actor().equals(r.actor()) && b.move().equals(r.move()))
              .findFirst();
      if (was.isEmpty()) {
        sb.append("  new  ").append(r.actor()).append(": ").append(d.direction(r.direction()));
        sb.append('\n');
        continue;
      }
      int from = rank(was.get().direction());
      int to = rank(r.direction());
      if (from != to) {
        String arrow = to > from ? d.style("↑", Ansi.GREEN) : d.style("↓", Ansi.RED);
        sb.append("  ")
            .append(arrow)
            .append("  ")
            .append(r.actor())
            .append(": ")
            .append(d.direction(was.get().direction()))
            .append(" → ")
            .append(d.direction(r.direction()))
            .append('\n');
      }
    }
    for (OutcomeView o : now.outcomes()) {
      before.outcomes().stream()
          .filter(b -> b.move().equals(o.move()) && !b.status().equals(o.status()))
          .findFirst()
          .ifPresent(
              b ->
                  sb.append("  outcome of ")
                      .append(o.move())
                      .append(": ")
                      .append(b.status().toLowerCase(Locale.ROOT).replace('_', ' '))
                      .append(" → ")
                      .append(o.status().toLowerCase(Locale.ROOT).replace('_', ' '))
                      .append('\n'));
    }
    if (sb.length() == 0) {
      return "No change since turn " + before.turn() + ".\n";
    }
    return heading("Since turn " + before.turn() + ":") + sb;
  }

  private static int rank(String direction) {
    return Direction.parse(direction).map(Direction::rank).orElse(0);
  }

  /** A whole run as tables, turn by turn, then the outcome. */
  public String report(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(heading("Scenario " + r.scenario() + ", seed " + r.seed()));
    r.knobs().forEach((k, v) -> sb.append("  ").append(k).append(" = ").append(v).append('\n'));
    for (TurnReport t : r.turns()) {
      sb.append('\n').append(turn(t));
    }
    if (!r.outcome().isEmpty()) {
      sb.append('\n').append(heading("Outcome"));
      sb.append(outcomes(List.copyOf(r.outcome().values())));
    }
    return sb.toString();
  }

  /** The chain behind a reaction, indented by depth, with the assumptions apart. */
  public String explain(ReactionView r, int turn) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        heading(
            r.actor()
                + " in turn "
                + turn
                + ": "
                + Display.words(r.direction())
                + " on "
                + r.move()
                + " ("
                + percent(r.intensity())
                + ")"));
    sb.append(d.direction(r.direction())).append(" because ").append(r.summary()).append("\n");
    if (r.overridden()) {
      sb.append("The team decided this; the model said ")
          .append(Display.words(r.modelDirection()))
          .append(". Reason: ")
          .append(r.overrideReason())
          .append('\n');
    }
    sb.append('\n').append(heading("How the engine got there (each line rests on those below it)"));
    int width = d.width();
    for (Step s : r.because()) {
      String indent = "  ".repeat(s.depth() + 1);
      String fact = s.fact();
      sb.append(indent).append(s.depth() == 0 ? "" : "← ").append(d.bold(fact)).append('\n');
      String detail;
      if (s.rule() == null) {
        detail = "a fact of the world (" + s.meaning() + ")";
      } else {
        detail =
            "rule \""
                + s.rule()
                + "\": "
                + s.meaning()
                + (s.sources().isEmpty() ? "" : " [" + paragraphs(s.sources()) + "]")
                + (s.assumption() == null ? "" : " (assumption)");
      }
      sb.append(d.dim(Text.block(detail, width, indent + "    ").stripTrailing())).append('\n');
    }
    sb.append('\n').append(heading("Assumptions (not from the article)"));
    if (r.assumptions().isEmpty()) {
      sb.append("  none: every step rests on the article\n");
    }
    for (AssumptionView a : r.assumptions()) {
      String item =
          Text.block(
              a.text() + " (confidence " + percent(a.confidence()) + "; rule \"" + a.rule() + "\")",
              width,
              "    ");
      // a bullet on the first line only; wrapped lines stay indented under it
      sb.append("  - ").append(item.substring(4));
    }
    sb.append('\n').append("Sources: ").append(paragraphs(r.sources())).append('\n');
    return sb.toString();
  }

  public String briefing(Scenario s) {
    StringBuilder sb = new StringBuilder();
    sb.append(heading(s.title())).append('\n');
    sb.append(
        Text.block(
            s.briefing().isBlank() ? s.summary() : s.briefing(), Math.min(d.width(), 90), "  "));
    return sb.toString();
  }

  public String scenario(Scenario s, Map<String, String> knobs) {
    StringBuilder sb = new StringBuilder(briefing(s));
    sb.append('\n').append(knobs(s, knobs));
    sb.append('\n').append(heading("Turns"));
    for (TurnSpec t : s.turns()) {
      sb.append("  ").append(t.number()).append(". ").append(t.title()).append('\n');
      t.injects().forEach(i -> sb.append("       inject: ").append(i.title()).append('\n'));
      t.moves().forEach(m -> sb.append("       move: ").append(m.title()).append('\n'));
    }
    if (!s.sources().isEmpty()) {
      sb.append('\n').append("Sources: ").append(paragraphs(s.sources())).append('\n');
    }
    return sb.toString();
  }

  public String knobs(Scenario s, Map<String, String> values) {
    Table t =
        new Table("knob", "value", "default", "takes", "what it means").shrink(4, 30).shrink(3, 20);
    for (Knob k : s.knobs()) {
      String v = values.getOrDefault(k.name(), k.defaultValue());
      String takes =
          switch (k.type()) {
            case BOOLEAN -> "true / false";
            case NUMBER -> "a number " + k.min() + " to " + k.max();
            case SET -> "any of: " + String.join(", ", k.values());
            case CHOICE -> String.join(" / ", k.values());
          };
      t.row(
          k.name(),
          new Table.Cell(v, v.equals(k.defaultValue()) ? null : Ansi.CYAN),
          k.defaultValue(),
          takes,
          k.description());
    }
    return heading("Knobs") + t.render(d);
  }

  public String comparison(Comparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append(heading("Turn " + c.turn() + ": " + c.here() + " (here) against " + c.there()));
    Table t =
        new Table("actor", c.here(), c.there(), "rules only here", "rules only there")
            .shrink(4, 20)
            .shrink(3, 20);
    for (Comparison.ActorDiff a : c.actors()) {
      t.row(
          (a.differs() ? "* " : "  ") + a.actor(),
          new Table.Cell(Display.words(a.hereDirection()), Display.codeOf(a.hereDirection())),
          new Table.Cell(Display.words(a.thereDirection()), Display.codeOf(a.thereDirection())),
          String.join("\n", a.rulesOnlyHere()),
          String.join("\n", a.rulesOnlyThere()));
    }
    sb.append(t.render(d));
    sb.append("\n").append(heading("What made the difference (knobs as they stand now)"));
    if (c.knobs().isEmpty() && c.onlyHere().isEmpty() && c.onlyThere().isEmpty()) {
      sb.append("  same knobs, injects and overrides\n");
    }
    c.knobs().forEach(k -> sb.append("  knob ").append(k).append('\n'));
    c.onlyHere().forEach(k -> sb.append("  only here: ").append(k).append('\n'));
    c.onlyThere().forEach(k -> sb.append("  only in " + c.there() + ": ").append(k).append('\n'));
    return sb.toString();
  }

  public String scores(List<PredictionScore> scores) {
    if (scores.isEmpty()) {
      return "No scored predictions yet: 'predict ACTOR DIRECTION' before 'turn next'.\n";
    }
    Table t = new Table("predictor", "predictions", "hits", "Brier (0 best, 2 worst)");
    for (PredictionScore s : scores) {
      t.row(
          s.predictor(), s.predictions(), s.hits(), String.format(Locale.ROOT, "%.3f", s.brier()));
    }
    return t.render(d);
  }
}
