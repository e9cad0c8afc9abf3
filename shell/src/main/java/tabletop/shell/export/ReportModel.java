package tabletop.shell.export;

import static tabletop.shell.export.Words.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tabletop.engine.explain.Step;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

/**
 * The after-action report as sections of blocks, once, for every markup: the HTML and Markdown
 * templates render the same model, so a section is written once. Plain text only; escaping is the
 * templates' business. The story comes first (set-up, then each turn with its moves, outcomes and
 * one card per actor and move, then its questions), the record after (timeline in turn order,
 * predictions, the improvement plan seeded from what happened), then each other branch.
 */
public record ReportModel(String title, List<Fact> facts, List<Section> sections) {
  public ReportModel {
    facts = List.copyOf(facts);
    sections = List.copyOf(sections);
  }

  /** A term and its value in the report's header. */
  public record Fact(String term, String value) {}

  /** A section: an anchor id, a heading, and its blocks in order. */
  public record Section(String id, String title, List<Block> blocks) {
    public Section {
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * One block of a section. Exactly one kind: a sub-heading, a paragraph, a note (a hint in
   * italics), a list (numbered or not), a table, a set of reaction cards, or a chart (SVG that only
   * HTML draws; Markdown shows its description).
   */
  public record Block(
      String kind,
      String text,
      List<String> items,
      List<String> headers,
      List<List<String>> rows,
      List<Card> cards,
      String svg) {
    public Block {
      items = items == null ? List.of() : List.copyOf(items);
      headers = headers == null ? List.of() : List.copyOf(headers);
      rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
      cards = cards == null ? List.of() : List.copyOf(cards);
    }

    static Block heading(String text) {
      return new Block("heading", text, null, null, null, null, null);
    }

    static Block para(String text) {
      return new Block("para", text, null, null, null, null, null);
    }

    static Block note(String text) {
      return new Block("note", text, null, null, null, null, null);
    }

    static Block list(List<String> items) {
      return new Block("list", null, items, null, null, null, null);
    }

    static Block numbered(List<String> items) {
      return new Block("numbered", null, items, null, null, null, null);
    }

    static Block table(List<String> headers, List<List<String>> rows) {
      return new Block("table", null, null, headers, rows, null, null);
    }

    static Block cards(List<Card> cards) {
      return new Block("cards", null, null, null, null, cards, null);
    }

    static Block chart(String svg, String description) {
      return new Block("chart", description, null, null, null, null, svg);
    }

    public boolean isHeading() {
      return kind.equals("heading");
    }

    public boolean isPara() {
      return kind.equals("para");
    }

    public boolean isNote() {
      return kind.equals("note");
    }

    public boolean isList() {
      return kind.equals("list");
    }

    public boolean isNumbered() {
      return kind.equals("numbered");
    }

    public boolean isTable() {
      return kind.equals("table");
    }

    public boolean isCards() {
      return kind.equals("cards");
    }

    public boolean isChart() {
      return kind.equals("chart");
    }

    /** Whether any card of the block has its directions from trials (a column of its own). */
    public boolean isOdds() {
      return cards.stream().anyMatch(c -> c.odds() != null);
    }
  }

  /**
   * One actor's reaction to one move in a turn: the direction in words and its CSS word, how likely
   * (for a team's decision: the model's probability for the team's choice; null when not
   * estimated), intensity in percent, the main reason (the team's for a team's decision), what the
   * model said where a team overrode it, and the chain and paragraphs behind it for those who open
   * the card.
   */
  public record Card(
      String actor,
      String move,
      String direction,
      String tone,
      String likelihood,
      String intensity,
      boolean team,
      String reason,
      String model,
      List<String> chain,
      List<String> assumptions,
      String sources,
      String odds,
      List<Part> parts,
      String likelier) {
    public Card {
      chain = List.copyOf(chain);
      assumptions = List.copyOf(assumptions);
      parts = parts == null ? List.of() : List.copyOf(parts);
      // blank is absent: the templates test presence
      odds = odds == null || odds.isBlank() ? null : odds;
      likelier = likelier == null || likelier.isBlank() ? null : likelier;
    }
  }

  /**
   * One direction's part of a card's stacked bar: its CSS word, where it starts and how wide it is
   * (in percent of the bar, one decimal), and its words ("neutral 59%").
   */
  public record Part(String tone, String x, String width, String label) {}

  /** What the seed changes, beside it in the header. */
  static final String SEED_NOTE =
      "it changes the draws of the trials behind the probabilities, not the run's directions";

  /** The model of a record, short (reasons on cards, the chains folded) or with every chain. */
  public static ReportModel of(AfterAction a) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Scenario", a.scenarioId()));
    facts.add(new Fact("Seed", Long.toString(a.seed())));
    facts.add(new Fact("Branch", a.branch().isBlank() ? "main" : a.branch()));
    facts.add(new Fact("Turns played", Integer.toString(a.turns().size())));
    List<Section> sections = new ArrayList<>();
    sections.add(setup(a));
    sections.addAll(story(a, ""));
    if (!a.outcome().isEmpty()) {
      sections.add(
          new Section(
              "outcome",
              "Outcome",
              List.of(
                  Block.table(
                      List.of("Move", "Outcome", "Decided by", "Why"),
                      a.outcome().values().stream()
                          .map(
                              o ->
                                  List.of(
                                      text(o.move()),
                                      Words.status(o.status()),
                                      text(o.by() == null ? null : a.actorName(o.by())),
                                      sentence(ActorNames.in(o.reason(), a.actorNames()))))
                          .toList()))));
    }
    if (!a.turns().isEmpty()) {
      sections.add(
          new Section(
              "charts",
              "Direction over the turns",
              List.of(
                  Block.chart(
                      Charts.all(a.turns(), a::actorName),
                      "One chart per actor: its direction on each move, turn by turn; a diamond"
                          + " marks a team's decision."))));
    }
    sections.add(timeline(a));
    sections.add(predictions(a));
    sections.add(plan(a));
    for (AfterAction b : a.branches()) {
      String name = b.branch().isBlank() ? "branch" : b.branch();
      sections.add(
          new Section(
              "branch-" + Words.cssName(name),
              "Branch " + name,
              List.of(
                  Block.note(
                      "Another line of play from the same exercise: "
                          + b.turns().size()
                          + " turns played"
                          + (b.knobs().equals(a.knobs()) ? "" : ", knobs " + knobs(b.knobs()))
                          + "."))));
      for (Section s : story(b, "branch-" + Words.cssName(name) + "-")) {
        sections.add(new Section(s.id(), name + ": " + s.title(), s.blocks()));
      }
    }
    return new ReportModel(Words.title(a), facts, sections);
  }

  private static String knobs(Map<String, String> knobs) {
    List<String> out = new ArrayList<>();
    knobs.forEach((k, v) -> out.add(k + " = " + v));
    return out.isEmpty() ? "the defaults" : String.join(", ", out);
  }

  private static Section setup(AfterAction a) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.note("Seed " + a.seed() + ": " + SEED_NOTE + "."));
    if (a.knobs().isEmpty()) {
      blocks.add(Block.note("The scenario ran with its defaults."));
    } else {
      blocks.add(
          Block.table(
              List.of("Knob", "Value"),
              a.knobs().entrySet().stream()
                  .map(e -> List.of(e.getKey(), text(e.getValue())))
                  .toList()));
    }
    List<String> paragraphs = Words.paragraphs(a.briefing());
    if (!paragraphs.isEmpty()) {
      blocks.add(Block.heading("Briefing"));
      paragraphs.forEach(p -> blocks.add(Block.para(p)));
    }
    return new Section("setup", "Set-up", blocks);
  }

  /** One section per turn: moves and their outcomes, a card per actor and move, the questions. */
  private static List<Section> story(AfterAction a, String prefix) {
    List<Section> out = new ArrayList<>();
    Set<String> before = new LinkedHashSet<>();
    for (TurnReport t : a.turns()) {
      List<Block> blocks = new ArrayList<>();
      for (String i : t.injects()) {
        blocks.add(Block.para("Inject: " + i));
      }
      Map<String, OutcomeView> outcomes = t.outcomeByMove();
      Set<String> moves = new LinkedHashSet<>();
      t.reactions().forEach(r -> moves.add(text(r.move())));
      outcomes.keySet().forEach(m -> moves.add(text(m)));
      List<List<String>> rows = new ArrayList<>();
      boolean odds = t.trials() > 0;
      for (String m : moves) {
        OutcomeView o = outcomes.get(m);
        List<String> row = new ArrayList<>();
        row.add(m);
        row.add(before.contains(m) ? "in play" : "new");
        row.add(o == null ? "" : Words.status(o.status()));
        if (odds) {
          row.add(
              Chances.text(
                  t.outcomeLikelihood().get(m),
                  t.outcomeBy().get(m),
                  id -> a.actorNames().getOrDefault(id, id)));
        }
        row.add(o == null ? "" : sentence(ActorNames.in(o.reason(), a.actorNames())));
        rows.add(row);
      }
      before.addAll(moves);
      if (!rows.isEmpty()) {
        blocks.add(
            Block.table(
                odds
                    ? List.of(
                        "On the table",
                        "",
                        "Outcome",
                        "Over " + t.trials() + " whole-run trials",
                        "Why")
                    : List.of("On the table", "", "Outcome", "Why"),
                rows));
      }
      if (!t.moves().isEmpty()) {
        blocks.add(Block.note("Tabled this turn: " + String.join("; ", t.moves()) + "."));
      }
      List<Card> cards = new ArrayList<>();
      for (ReactionView r : t.reactions()) {
        cards.add(card(a, r, t.trials()));
      }
      if (!cards.isEmpty()) {
        blocks.add(Block.cards(cards));
      }
      List<String> questions = a.questions().getOrDefault(t.turn(), List.of());
      if (!questions.isEmpty()) {
        blocks.add(Block.heading("For discussion"));
        blocks.add(Block.numbered(questions));
      }
      String title =
          Words.turnLabel(t.turn()) + (text(t.title()).isBlank() ? "" : ": " + t.title());
      out.add(new Section(prefix + "turn-" + t.turn(), title, blocks));
    }
    if (a.turns().isEmpty()) {
      out.add(new Section(prefix + "turns", "Turns", List.of(Block.note("No turn was played."))));
    }
    return out;
  }

  static Card card(AfterAction a, ReactionView r, long trials) {
    Double p = likelihood(r);
    List<String> chain = new ArrayList<>();
    for (Step s : r.because()) {
      String cite = s.sources().isEmpty() ? "" : " [" + paragraphs(s.sources()) + "]";
      chain.add(
          "  ".repeat(s.depth())
              + s.fact()
              + (s.rule() == null ? "" : " — " + sentence(s.meaning()) + cite));
    }
    List<String> assumptions = r.assumptions().stream().map(Words::assumption).toList();
    String model =
        r.overridden()
            ? "The model said "
                + Words.direction(r.modelDirection())
                + (blank(r.summary()) ? "." : ": " + sentence(r.summary()))
            : "";
    return new Card(
        a.actorName(r.actor()),
        text(r.move()),
        Words.direction(r.direction()),
        Words.cssName(Words.direction(r.direction())),
        p == null ? null : Words.percent(p),
        Words.percent(r.intensity()),
        r.overridden(),
        r.overridden() ? sentence(r.overrideReason()) : sentence(r.summary()),
        model,
        chain,
        assumptions,
        paragraphs(r.sources()),
        r.distribution().isEmpty()
            ? ""
            : (trials > 0 ? "Over " + trials + " trials: " : "By the model's spread: ")
                + Chances.text(r.distribution()),
        parts(r.distribution()),
        likelier(r, trials));
  }

  /** The stacked bar of a reaction's five directions, support first; empty without a spread. */
  static List<Part> parts(Map<String, Double> distribution) {
    List<Part> out = new ArrayList<>();
    if (distribution.isEmpty()) {
      return out;
    }
    double x = 0;
    for (Chances.Share s : Chances.directions(distribution)) {
      if (s.p() <= 0) {
        continue;
      }
      double w = s.p() * 100;
      out.add(
          new Part(
              Words.cssName(s.words()),
              String.format(java.util.Locale.ROOT, "%.1f", x),
              String.format(java.util.Locale.ROOT, "%.1f", w),
              s.words() + " " + s.percent()));
      x += w;
    }
    return out;
  }

  /**
   * Where the run's direction is not the most likely one, which is, in a sentence; empty where it
   * is, and for a team's decision (the card says the team decided).
   */
  static String likelier(ReactionView r, long trials) {
    String model = r.overridden() ? r.modelDirection() : r.direction();
    if (r.overridden() || r.distribution().isEmpty() || !Chances.differs(r.distribution(), model)) {
      return "";
    }
    Chances.Share top = Chances.mostLikely(r.distribution()).orElseThrow();
    return "The run gives "
        + Words.direction(model)
        + "; "
        + (trials > 0 ? "the trials give " : "the model's spread gives ")
        + top.words()
        + " more often ("
        + top.percent()
        + "): the run takes every weight and assumption at its stated value, the trials draw"
        + " them.";
  }

  /**
   * How likely the direction shown is: for a team's decision, the model's for the team's choice.
   */
  static Double likelihood(ReactionView r) {
    if (!r.overridden()) {
      return r.likelihood();
    }
    if (r.distribution().isEmpty()) {
      return null;
    }
    return r.distribution().getOrDefault(r.direction(), 0.0);
  }

  private static Section timeline(AfterAction a) {
    List<TimelineEntry> entries = new ArrayList<>(a.timeline());
    // the journal's order within a turn; turns in order (a rewind or a live inject is logged late)
    entries.sort(Comparator.comparingInt(TimelineEntry::turn));
    if (entries.isEmpty()) {
      return new Section("timeline", "Timeline", List.of(Block.note("Nothing was recorded.")));
    }
    return new Section(
        "timeline",
        "Timeline",
        List.of(
            Block.note("In turn order; within a turn, in the order it happened."),
            Block.table(
                List.of("Turn", "Kind", "Entry"),
                entries.stream()
                    .map(e -> List.of(Words.turnLabel(e.turn()), e.kind(), e.text()))
                    .toList())));
  }

  private static Section predictions(AfterAction a) {
    List<Block> blocks = new ArrayList<>();
    List<TimelineEntry> pending = Words.pendingPredictions(a);
    if (a.scores().isEmpty() && pending.isEmpty() && a.predictions().isEmpty()) {
      blocks.add(Block.note("No predictions were made."));
      return new Section("predictions", "Predictions", blocks);
    }
    if (!a.scores().isEmpty()) {
      blocks.add(
          Block.table(
              List.of(
                  "Predictor", "Predictions", "Right side", "Hit rate", "Brier (0 best, 1 worst)"),
              a.scores().stream()
                  .map(
                      s ->
                          List.of(
                              s.predictor(),
                              Integer.toString(s.predictions()),
                              Integer.toString(s.hits()),
                              Words.hitRate(s),
                              Words.brier(s.brier())))
                  .toList()));
    }
    if (!a.predictions().isEmpty()) {
      blocks.add(
          Block.table(
              List.of("Predictor", "Turn", "Actor", "Predicted", "Happened", "", "Brier"),
              a.predictions().stream()
                  .map(
                      p ->
                          List.of(
                              p.predictor(),
                              Integer.toString(p.turn()),
                              a.actorName(p.actor()),
                              Words.direction(p.predicted())
                                  + " ("
                                  + Words.percent(p.probability())
                                  + ")",
                              Words.direction(p.actual()),
                              p.hit() ? "hit" : "miss",
                              Words.brier(p.brier())))
                  .toList()));
    }
    if (!pending.isEmpty()) {
      blocks.add(Block.heading("Pending"));
      blocks.add(Block.note(Words.PENDING_HINT));
      blocks.add(
          Block.list(
              pending.stream().map(e -> Words.turnLabel(e.turn()) + ": " + e.text()).toList()));
    }
    return new Section("predictions", "Predictions", blocks);
  }

  /**
   * The improvement plan, seeded from what happened: the room's notes, the team decisions that
   * overrode the model, and the moves whose outcome surprised the room (a prediction on the wrong
   * side). Owner and due date stay for the facilitator.
   */
  private static Section plan(AfterAction a) {
    List<List<String>> rows = new ArrayList<>();
    for (TimelineEntry e : a.timeline()) {
      if (e.kind().equals("note")) {
        rows.add(List.of(Words.turnLabel(e.turn()), "Note", e.text(), "", "", ""));
      }
    }
    for (TurnReport t : a.turns()) {
      for (ReactionView r : t.reactions()) {
        if (r.overridden()) {
          rows.add(
              List.of(
                  Words.turnLabel(t.turn()),
                  "Team decision",
                  a.actorName(r.actor())
                      + " on "
                      + r.move()
                      + ": "
                      + Words.direction(r.direction())
                      + " where the model said "
                      + Words.direction(r.modelDirection())
                      + ". "
                      + sentence(r.overrideReason()),
                  "",
                  "",
                  ""));
        }
      }
    }
    for (ScoredPrediction p : a.predictions()) {
      if (!p.hit()) {
        rows.add(
            List.of(
                Words.turnLabel(p.turn()),
                "Surprise",
                p.predictor()
                    + " expected "
                    + a.actorName(p.actor())
                    + " to "
                    + Words.direction(p.predicted())
                    + " ("
                    + Words.percent(p.probability())
                    + "); it came out "
                    + Words.direction(p.actual())
                    + ".",
                "",
                "",
                ""));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.note(Words.RECOMMEND_HINT));
    if (rows.isEmpty()) {
      blocks.add(
          Block.note(
              "No note, team decision or surprise to start from: add rows after the hot wash."));
      rows.add(List.of("", "", "", "", "", ""));
    }
    blocks.add(
        Block.table(
            List.of("When", "From", "Observation", "Corrective action", "Owner", "Due date"),
            rows));
    return new Section("plan", "Improvement plan", blocks);
  }

  /** Text that ends as a sentence, so two never run together. */
  static String sentence(String s) {
    String t = text(s).strip();
    if (t.isEmpty()) {
      return t;
    }
    char last = t.charAt(t.length() - 1);
    return ".!?…)\"'".indexOf(last) >= 0 ? t : t + ".";
  }

  static String paragraphs(List<String> sources) {
    return String.join(", ", sources.stream().map(s -> s.replace("article#", "")).toList());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
