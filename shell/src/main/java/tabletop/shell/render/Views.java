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
import tabletop.shell.workshop.Prediction;
import tabletop.shell.workshop.Scoring;

/** What the commands show, as text for a projector: directions in words, reasons in sentences. */
public final class Views {
  private final Display d;
  private final Names names;

  public Views(Display display) {
    this(display, Names.ids());
  }

  /** Views that call actors and moves by the names a scenario and the knowledge base give them. */
  public Views(Display display, Names names) {
    this.d = display;
    this.names = names == null ? Names.ids() : names;
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

  /** One turn on one screen: see {@link TurnScreen}. */
  public String turn(TurnReport t) {
    return turn(t, List.of());
  }

  /** One turn on one screen, with the discussion questions that follow it. */
  public String turn(TurnReport t, List<String> questions) {
    return new TurnScreen(d, names)
        .render(t, new TurnScreen.Options(d.sources(), d.intensity()), questions);
  }

  /**
   * An actor's reactions in a turn, explained: by default one screen, {@code full} for the whole
   * chain; the reaction to {@code move} when given, else each in turn. See {@link ExplainScreen}.
   */
  public String explain(
      List<ReactionView> reactions, int turn, String move, List<WhatIf.Flip> flips, boolean full) {
    return new ExplainScreen(d, names).render(reactions, turn, move, flips, full);
  }

  /**
   * As {@link #explain(List, int, String, List, boolean)}, with the actor's capability and salience
   * on the issue of each move ({@code issueOf}: a move's region, or null).
   */
  public String explain(
      List<ReactionView> reactions,
      int turn,
      String move,
      List<WhatIf.Flip> flips,
      boolean full,
      tabletop.engine.model.Clout clout,
      java.util.function.Function<String, String> issueOf) {
    return new ExplainScreen(d, names, clout, issueOf).render(reactions, turn, move, flips, full);
  }

  /** The most likely direction of the distribution, if there is one. */
  static Optional<String> mostLikely(ReactionView r) {
    return Likelihoods.mostLikely(r);
  }

  private static boolean same(String a, String b) {
    Optional<Direction> x = Direction.parse(a);
    return x.isPresent() ? x.equals(Direction.parse(b)) : String.valueOf(a).equals(b);
  }

  /**
   * The paragraphs cited by the actor's own rules behind a reaction (not the generic "Any …"
   * rules), in paragraph order; all of its paragraphs when no own rule cites one.
   */
  public static List<String> ownSources(ReactionView r) {
    java.util.Set<String> own = new java.util.LinkedHashSet<>();
    for (Step s : r.because()) {
      if (s.rule() != null && !s.rule().startsWith("Any ")) {
        own.addAll(s.sources());
      }
    }
    if (own.isEmpty()) {
      return r.sources();
    }
    return own.stream().sorted(java.util.Comparator.comparingInt(Views::paragraphNumber)).toList();
  }

  private static int paragraphNumber(String source) {
    String digits = source.replaceAll("^.*?(\\d+)\\D*$", "$1");
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /**
   * The single knob changes that would move this reaction, from quiet replays of the scenario's own
   * turns with the knob changed (live injects and team decisions are not replayed).
   */
  public String whatWouldChangeIt(ReactionView r, int turn, List<WhatIf.Flip> flips) {
    StringBuilder sb = new StringBuilder(heading("What would change it"));
    if (r.likelihood() != null && !r.distribution().isEmpty()) {
      List<String> parts = new java.util.ArrayList<>();
      r.distribution()
          .forEach(
              (dir, p) -> {
                if (p >= 0.005) {
                  parts.add(Display.words(dir) + " " + percent(p));
                }
              });
      String model = r.overridden() ? r.modelDirection() : r.direction();
      boolean differs = mostLikely(r).filter(m -> !same(m, model)).isPresent();
      sb.append(
          Text.block(
              "How likely, given the uncertainty of weights and assumptions: "
                  + String.join(", ", parts)
                  + "."
                  + (differs
                      ? " The model's direction ("
                          + Display.words(model)
                          + ") takes every weight and assumption as written; these chances allow"
                          + " for judgement error and for assumptions that may not hold."
                      : ""),
              d.width(),
              "  "));
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

  /**
   * The outcome per move. Move ids are single words and stay whole: when the table would have to
   * break one, "decided by" joins the reason instead of taking a column.
   */
  public String outcomes(List<OutcomeView> outcomes) {
    Table table =
        new Table("move", "outcome", "decided by", "why", "sources").shrink(4, 16).shrink(3, 30);
    Table narrow = new Table("move", "outcome", "why", "sources").shrink(3, 8).shrink(2, 16);
    for (OutcomeView o : outcomes) {
      Table.Cell status = new Table.Cell(status(o.status()), statusStyle(o));
      String by = o.by() == null ? "" : names.actor(o.by());
      String why = names.inText(o.reason());
      table.row(o.move(), status, by, why, paragraphs(o.sources()));
      String whyBy = by.isEmpty() || why.contains(by) ? why : why + " (decided by " + by + ")";
      narrow.row(o.move(), status, whyBy, paragraphs(o.sources()));
    }
    return table.fitsWholeWords(d) ? table.render(d) : narrow.render(d);
  }

  /** An outcome status in words: "GOES_AHEAD" reads "goes ahead". */
  public static String status(String status) {
    return status == null ? "" : status.toLowerCase(Locale.ROOT).replace('_', ' ');
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
        continue; // a move new this turn: its every reaction is new, and the screen shows them
      }
      int from = rank(was.get().direction());
      int to = rank(r.direction());
      if (from != to) {
        String arrow = to > from ? d.style("↑", Ansi.GREEN) : d.style("↓", Ansi.RED);
        sb.append("  ")
            .append(arrow)
            .append("  ")
            .append(names.actor(r.actor()))
            .append(" on ")
            .append(r.move())
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
                      .append(status(b.status()))
                      .append(" → ")
                      .append(status(o.status()))
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
    return report(r, n -> List.of());
  }

  /**
   * A whole run as tables, turn by turn, each followed by its discussion questions as {@code turn
   * next} shows them, then the outcome.
   */
  public String report(Report r, java.util.function.IntFunction<List<String>> questions) {
    StringBuilder sb = new StringBuilder();
    // the knobs it ran with are said once, by the caller, above the turns
    List<TurnReport> turns = r.turns();
    for (int i = 0; i < turns.size(); i++) {
      TurnReport t = turns.get(i);
      // the last turn's outcomes are the run's outcome, shown once under "Outcome" below
      sb.append('\n').append(turn(t, questions.apply(t.turn())));
    }
    if (!r.outcome().isEmpty()) {
      // each move's reason stands above its block in the last turn; here the verdict, once
      sb.append('\n').append(heading("Outcome"));
      r.outcome()
          .values()
          .forEach(
              o ->
                  sb.append("  ")
                      .append(o.move())
                      .append(": ")
                      .append(status(o.status()))
                      .append('\n'));
    }
    return sb.toString();
  }

  /** The chain behind a reaction, indented by depth, with the assumptions apart. */
  public String explain(ReactionView r, int turn) {
    StringBuilder sb = new StringBuilder();
    int width = d.width();
    String reason = afterBecause(r.summary());
    if (r.overridden()) {
      String line =
          r.actor()
              + " in turn "
              + turn
              + ": "
              + Display.words(r.direction())
              + " — the team's decision (reason: "
              + r.overrideReason()
              + "); the model said "
              + Display.words(r.modelDirection())
              + (reason.isBlank() ? "" : ", because " + reason);
      sb.append(d.bold(Text.block(line, width, "").stripTrailing())).append('\n');
      sb.append("  on ")
          .append(r.move())
          .append(", intensity ")
          .append(percent(r.intensity()))
          .append(
              r.likelihood() == null
                  ? ""
                  : "; the model's direction was likely " + percent(r.likelihood()))
          .append('\n');
    } else {
      String numbers = "intensity " + percent(r.intensity());
      if (r.likelihood() != null) {
        numbers += ", likely " + percent(r.likelihood());
      }
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
                  + numbers
                  + ")"));
      String line = Display.words(r.direction()) + (reason.isBlank() ? "" : ", because " + reason);
      sb.append(Text.block(line, width, "").stripTrailing()).append('\n');
    }
    String modelDirection = r.overridden() ? r.modelDirection() : r.direction();
    mostLikely(r)
        .filter(m -> !same(m, modelDirection))
        .ifPresent(
            m ->
                sb.append(
                        Text.block(
                                "Most likely overall: "
                                    + Display.words(m)
                                    + " ("
                                    + percent(r.distribution().get(m))
                                    + "), if some of the assumptions below do not hold.",
                                width,
                                "")
                            .stripTrailing())
                    .append('\n'));
    sb.append('\n').append(heading("How the engine got there (each line rests on those below it)"));
    for (Step s : r.because()) {
      String indent = "  ".repeat(s.depth() + 1);
      String fact = s.fact();
      // long facts wrap under themselves rather than at the terminal's edge
      List<String> factLines = Text.wrap(fact, Math.max(20, d.width() - indent.length() - 2));
      for (int li = 0; li < factLines.size(); li++) {
        String lead = li == 0 ? (s.depth() == 0 ? "" : "← ") : (s.depth() == 0 ? "" : "  ");
        sb.append(indent).append(lead).append(d.bold(factLines.get(li))).append('\n');
      }
      String detail;
      if (s.rule() == null) {
        detail = s.meaning();
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

  private static final java.util.Set<String> COMMON_FIRST_WORDS =
      java.util.Set.of(
          "the", "a", "an", "they", "their", "it", "its", "this", "these", "those", "shared", "any",
          "some", "no", "every", "each", "both", "all", "most", "many", "if", "when", "while", "as",
          "after", "since", "with", "without", "closer", "recent", "new", "one", "there", "such",
          "more", "less", "in", "on", "for", "by", "from", "to");

  /**
   * A summary as it reads after "because": the first letter lower-cased when the first word is a
   * common word ("The host fears" becomes "the host fears"); names ("China's", "NATO") stay.
   */
  static String afterBecause(String summary) {
    if (summary == null || summary.isBlank()) {
      return "";
    }
    String s = summary.strip();
    String first = s.split("[\\s,;:]", 2)[0];
    boolean lowerSecond = s.length() > 1 && Character.isLowerCase(s.charAt(1));
    if (lowerSecond && COMMON_FIRST_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
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

  /**
   * The knobs: a table when it fits without breaking a word (knob names are long single words),
   * else one short block per knob.
   */
  public String knobs(Scenario s, Map<String, String> values) {
    // what a knob takes gives way first: the meaning is what a room reads
    Table t =
        new Table("knob", "value", "default", "takes", "what it means")
            .shrink(2, 14)
            .shrink(3, 20)
            .shrink(1, 20)
            .shrink(4, 30);
    StringBuilder blocks = new StringBuilder();
    for (Knob k : s.knobs()) {
      String v = values.getOrDefault(k.name(), k.defaultValue());
      String takes =
          switch (k.type()) {
            case BOOLEAN -> "true / false";
            case NUMBER -> "a number " + k.min() + " to " + k.max();
            case SET -> "any of: " + String.join(", ", k.values());
            case CHOICE -> String.join(" / ", k.values());
          };
      String style = v.equals(k.defaultValue()) ? null : Ansi.CYAN;
      t.row(
          k.name(),
          new Table.Cell(spaced(v), style),
          spaced(k.defaultValue()),
          takes,
          k.description());
      blocks
          .append("  ")
          .append(d.bold(k.name()))
          .append(" = ")
          .append(d.style(v.isEmpty() ? "none" : v, style))
          .append(
              v.equals(k.defaultValue()) ? " (the default)" : " (default " + k.defaultValue() + ")")
          .append('\n')
          .append(Text.block("takes " + takes + ". " + k.description(), d.width(), "      "));
    }
    return heading("Knobs") + (t.fitsWholeWords(d) ? t.render(d) : blocks.toString());
  }

  /** A set value, "cyber,terrorism", with room to wrap: "cyber, terrorism". */
  private static String spaced(String value) {
    return value.replace(",", ", ");
  }

  /**
   * Two lines side by side at a turn. The knobs, live injects and team decisions that differ are
   * named as what made the difference only where a reaction or an outcome differs; otherwise they
   * are listed as differences that changed nothing in that turn.
   */
  public String comparison(Comparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append(heading("Turn " + c.turn() + ": " + c.here() + " (here) against " + c.there()));
    boolean several = c.actors().stream().map(Comparison.ActorDiff::move).distinct().count() > 1;
    Table t =
        several
            ? new Table("actor", "move", c.here(), c.there(), "rules only here", "rules only there")
            : new Table("actor", c.here(), c.there(), "rules only here", "rules only there");
    int shift = several ? 1 : 0;
    t.shrink(4 + shift, 20).shrink(3 + shift, 20);
    for (Comparison.ActorDiff a : c.actors()) {
      List<Object> row = new java.util.ArrayList<>();
      row.add((a.differs() ? "* " : "  ") + names.actor(a.actor()));
      if (several) {
        row.add(a.move());
      }
      row.add(new Table.Cell(Display.words(a.hereDirection()), Display.codeOf(a.hereDirection())));
      row.add(
          new Table.Cell(Display.words(a.thereDirection()), Display.codeOf(a.thereDirection())));
      row.add(String.join("\n", a.rulesOnlyHere()));
      row.add(String.join("\n", a.rulesOnlyThere()));
      t.row(row.toArray());
    }
    sb.append(t.render(d));
    if (c.actors().stream().anyMatch(Comparison.ActorDiff::differs)) {
      sb.append(d.dim("* reacts differently on the two lines")).append('\n');
    }
    for (Comparison.OutcomeDiff o : c.outcomes()) {
      String h = o.hereStatus() == null ? "not on the table" : status(o.hereStatus());
      String th = o.thereStatus() == null ? "not on the table" : status(o.thereStatus());
      sb.append("Outcome of ")
          .append(o.move())
          .append(": ")
          .append(o.differs() ? h + " here, " + th + " in " + c.there() : h + " on both")
          .append('\n');
    }
    String span = "knobs now, live injects and team decisions up to turn " + c.turn();
    sb.append('\n');
    if (!c.hasCandidates()) {
      sb.append(heading("What differs between the lines (" + span + ")"));
      sb.append("  nothing: the same knobs, live injects and team decisions\n");
      return sb.toString();
    }
    if (c.differs()) {
      int n = c.knobs().size() + c.decisions().size();
      sb.append(
          heading(
              (n == 1 ? "What made the difference (" : "What made the difference, among these (")
                  + span
                  + ")"));
    } else {
      sb.append(
          heading(
              "What differs between the lines ("
                  + span
                  + "), changing nothing in turn "
                  + c.turn()));
    }
    c.knobs().forEach(k -> sb.append("  knob ").append(k).append('\n'));
    for (Comparison.Decision x : c.decisions()) {
      String side = x.here() ? "only here" : "only in " + c.there();
      String line = side + ", turn " + x.turn() + " " + x.kind() + ": " + x.text();
      if (x.kind().equals("inject")) {
        List<String> facts = new java.util.ArrayList<>();
        x.asserts().forEach(f -> facts.add("asserts " + f));
        x.retracts().forEach(f -> facts.add("retracts " + f));
        line +=
            facts.isEmpty() ? " (narrative only: no fact)" : " (" + String.join(", ", facts) + ")";
      }
      sb.append(Text.block(line, d.width(), "  "));
    }
    return sb.toString();
  }

  public String scores(List<PredictionScore> scores) {
    if (scores.isEmpty()) {
      return "No scored predictions yet: 'predict ACTOR DIRECTION' before 'turn next'.\n";
    }
    Table t = new Table("predictor", "predictions", "hits", "Brier (0 best, 1 worst)");
    for (PredictionScore s : scores) {
      t.row(
          s.predictor(), s.predictions(), s.hits(), String.format(Locale.ROOT, "%.3f", s.brier()));
    }
    return t.render(d);
  }

  /**
   * The scores: the predictions still waiting for their turn, then per predictor each scored
   * prediction (what was said, what happened, hit or miss, its Brier score) and the totals.
   */
  public String scores(List<Scoring.Scored> scored, List<Prediction> pending) {
    StringBuilder sb = new StringBuilder();
    if (!pending.isEmpty()) {
      sb.append(heading("Waiting for their turn"));
      for (Prediction p : pending) {
        sb.append(Text.block(p.predictor() + ": " + said(p), d.width(), "  "));
      }
    }
    if (scored.isEmpty()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      return sb.append(
              pending.isEmpty()
                  ? "No predictions yet: 'predict ACTOR DIRECTION' before 'turn next'.\n"
                  : "No prediction is scored yet: each is scored when its turn is played.\n")
          .toString();
    }
    java.util.Map<String, List<Scoring.Scored>> by = new java.util.LinkedHashMap<>();
    scored.forEach(
        s ->
            by.computeIfAbsent(s.prediction().predictor(), k -> new java.util.ArrayList<>())
                .add(s));
    for (var e : by.entrySet()) {
      List<Scoring.Scored> list = e.getValue();
      long hits = list.stream().filter(Scoring.Scored::hit).count();
      double brier = list.stream().mapToDouble(Scoring.Scored::brier).average().orElse(0);
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(
          heading(
              e.getKey()
                  + ": "
                  + hits
                  + " of "
                  + list.size()
                  + (list.size() == 1 ? " prediction" : " predictions")
                  + " on the right side, Brier "
                  + String.format(Locale.ROOT, "%.3f", brier)
                  + " (0 best, 1 worst)"));
      Table t = new Table("turn", "actor", "predicted", "happened", "", "Brier", "scored");
      for (Scoring.Scored s : list) {
        Prediction p = s.prediction();
        t.row(
            p.turn(),
            names.actor(p.actor()),
            Display.words(p.direction()) + " (" + percent(p.probability()) + ")",
            new Table.Cell(Display.words(s.actual()), Display.codeOf(s.actual())),
            s.hit() ? "hit" : "miss",
            String.format(Locale.ROOT, "%.3f", s.brier()),
            against(s.against()));
      }
      t.shrink(6, 20);
      sb.append(t.render(d));
    }
    return sb.toString();
  }

  /**
   * What a score was taken against: "against the model", or "against the record: SOURCE", naming
   * the move when the actor is recorded on several that turn.
   */
  public static String against(Scoring.Against a) {
    if (!a.isRecord()) {
      return "against the model";
    }
    String which =
        a.movesRecorded() > 1
            ? " (its reaction to " + a.move() + ", the first move tabled that turn)"
            : "";
    return "against the record" + which + ": " + a.source();
  }

  private String said(Prediction p) {
    return names.actor(p.actor())
        + " "
        + Display.words(p.direction())
        + " in turn "
        + p.turn()
        + " ("
        + percent(p.probability())
        + " sure)";
  }

  /** The confirmation of a prediction, saying which earlier one it replaced. */
  public String predicted(Prediction p, java.util.Optional<Prediction> replaced) {
    String s = "Noted: " + p.predictor() + " predicts " + said(p) + ".";
    if (replaced.isPresent()) {
      Prediction o = replaced.get();
      s +=
          " It replaces "
              + o.predictor()
              + "'s earlier prediction, "
              + Display.words(o.direction())
              + " ("
              + percent(o.probability())
              + " sure): one prediction per predictor, actor and turn.";
    }
    return Text.block(s, d.width(), "");
  }

  /** One saved session for {@code session list}: its state, scenario, last turn and when. */
  public record SessionRow(
      String id, String status, String scenario, int lastTurn, String when, boolean current) {}

  /**
   * The saved sessions, newest first as given: status (live: open in this shell; unfinished: left
   * without 'exit', resumable; closed), scenario, the last turn played and when it was last used.
   */
  public String sessions(List<SessionRow> rows) {
    if (rows.isEmpty()) {
      return "No saved sessions yet: 'turn next' starts one.\n";
    }
    Table t = new Table("session", "status", "scenario", "last turn", "last used");
    for (SessionRow r : rows) {
      String style =
          switch (r.status()) {
            case "live" -> Ansi.GREEN;
            case "unfinished" -> Ansi.YELLOW;
            default -> null;
          };
      t.row(
          r.id() + (r.current() ? " *" : ""),
          new Table.Cell(r.status(), style),
          r.scenario(),
          r.lastTurn() == 0 ? "none" : Integer.toString(r.lastTurn()),
          r.when());
    }
    StringBuilder sb = new StringBuilder(t.render(d));
    if (rows.stream().anyMatch(SessionRow::current)) {
      sb.append(d.dim("* this shell's session")).append('\n');
    }
    return sb.toString();
  }
}
