package tabletop.shell.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.shell.export.Chances;

/**
 * One played turn on one projector screen: what was injected, every move on the table, and per move
 * one block with each actor's name, reaction, how likely the model holds it and the main reason;
 * then the discussion questions. The screen is sized for {@link #SCREEN} lines: reasons take two
 * lines where that fits and one (cut with "…") where it does not, and a narrow terminal drops the
 * optional columns (sources, then intensity) before the reason gets too narrow to read. The whole
 * chain is in {@code explain}.
 */
public final class TurnScreen {
  /** Lines of the screen a turn is made to fit: a projector at 100 columns shows 45. */
  public static final int SCREEN = 45;

  /**
   * Lines the turn itself may take: the screen less the command typed, the footer under the turn (a
   * blank line and up to two lines of what to do next) and the prompt, so its top never scrolls
   * off.
   */
  static final int BUDGET = SCREEN - 5;

  /** A reason column narrower than this drops the optional columns first. */
  static final int MIN_REASON = 30;

  /** The widest actor column; longer names are cut. */
  static final int MAX_NAME = 26;

  /** What to show beside the reactions. */
  public record Options(boolean sources, boolean intensity) {
    public static Options plain() {
      return new Options(false, false);
    }
  }

  private final Display d;
  private final Names names;

  public TurnScreen(Display display, Names names) {
    this.d = display;
    this.names = names == null ? Names.ids() : names;
  }

  /** The turn with its outcomes and questions, fitted to {@link #SCREEN} lines where possible. */
  public String render(TurnReport t, Options options, List<String> questions) {
    // two lines of reason where the screen has room: the newest move's block first
    // a busy turn keeps the outcomes' reasons and the notes of less likely directions on the
    // rows themselves instead of lines of their own
    List<String> moves = ordered(t);
    Set<String> roomy = new LinkedHashSet<>();
    boolean compact = false;
    grouped.clear();
    String best = render(t, options, questions, roomy, false);
    if (lines(best) > BUDGET) {
      compact = true;
      best = render(t, options, questions, roomy, true);
    }
    // still too long: the latest moves' blocks become one line per direction, naming the actors
    // (the first move last: with a roster of allies even one row per actor can be too many)
    for (int i = moves.size() - 1; i >= 0 && lines(best) > BUDGET; i--) {
      grouped.add(moves.get(i));
      best = render(t, options, questions, roomy, true);
    }
    if (!grouped.isEmpty()) {
      return best;
    }
    for (int i = moves.size() - 1; i >= 0; i--) {
      roomy.add(moves.get(i));
      String more = render(t, options, questions, roomy, compact);
      if (lines(more) > BUDGET) {
        break;
      }
      best = more;
    }
    return best;
  }

  /** Moves whose block shows one line per direction instead of one row per actor. */
  private final Set<String> grouped = new LinkedHashSet<>();

  /** The moves in play, the earliest tabled first (the scenario's own before the answers). */
  private List<String> ordered(TurnReport t) {
    List<String> moves = movesInPlay(t);
    List<String> out = new ArrayList<>(moves);
    out.sort(
        java.util.Comparator.comparingInt(
                (String m) -> names.tabledIn(m) == 0 ? Integer.MAX_VALUE : names.tabledIn(m))
            .thenComparingInt(moves::indexOf));
    return out;
  }

  /** A move's stands as one line per direction: "oppose: NATO, Japan · neutral: …". */
  private String groupedBlock(List<ReactionView> rows, int width) {
    StringBuilder sb = new StringBuilder();
    for (tabletop.engine.model.Direction dir : tabletop.engine.model.Direction.values()) {
      List<String> who =
          rows.stream()
              .filter(r -> r.direction().equals(dir.name()))
              .map(r -> names.actor(r.actor()) + (r.overridden() ? " (team)" : ""))
              .toList();
      if (who.isEmpty()) {
        continue;
      }
      List<String> lines = Text.wrap(dir.label() + ": " + String.join(", ", who), width - 4);
      for (int i = 0; i < lines.size(); i++) {
        sb.append(i == 0 ? "  " : "    ").append(lines.get(i)).append('\n');
      }
    }
    return sb.toString();
  }

  static int lines(String s) {
    return s.isEmpty() ? 0 : (int) s.chars().filter(c -> c == '\n').count();
  }

  String render(
      TurnReport t, Options options, List<String> questions, Set<String> roomy, boolean compact) {
    int width = d.width();
    StringBuilder sb = new StringBuilder();
    sb.append(d.bold(Text.line("Turn " + t.turn() + ": " + t.title(), width))).append('\n');
    for (String i : t.injects()) {
      sb.append(Text.block("inject: " + i, width, "  "));
    }
    List<String> moves = ordered(t);
    sb.append(onTheTable(t, moves, width));
    Map<String, OutcomeView> outcomes = t.outcomeByMove();
    Columns columns = Columns.fit(width, t.reactions(), options, names);
    boolean marked = false;
    boolean team = false;
    boolean headed = false;
    for (String move : moves) {
      List<ReactionView> rows = t.reactions().stream().filter(r -> r.move().equals(move)).toList();
      sb.append('\n')
          .append(
              moveHeading(
                  move,
                  outcomes.get(move),
                  t.outcomeLikelihood().get(move),
                  t.outcomeBy().get(move),
                  t.trials(),
                  width))
          .append('\n');
      String why = compact ? "" : why(outcomes.get(move), width);
      if (!why.isEmpty()) {
        sb.append(why).append('\n');
      }
      if (rows.isEmpty()) {
        sb.append("  no actor reacted\n");
        continue;
      }
      if (grouped.contains(move)) {
        sb.append(groupedBlock(rows, width));
        continue;
      }
      if (!headed) {
        // one header for every block: the columns line up across blocks
        sb.append(columns.header(d)).append('\n');
        headed = true;
      }
      for (ReactionView r : rows) {
        String reaction = reaction(r);
        team |= r.overridden();
        String note = notMostLikely(r, t.trials());
        marked |= !note.isEmpty();
        sb.append(
            columns.row(d, r, reaction, roomy.contains(move) ? 2 : 1, names, compact ? note : ""));
        if (!note.isEmpty() && !compact) {
          int indent = columns.name + Columns.GAP;
          sb.append(" ".repeat(indent)).append(d.dim(Text.line(note, width - indent))).append('\n');
        }
      }
    }
    if (moves.isEmpty()) {
      sb.append('\n').append("No move is on the table; no actor reacted.\n");
    }
    sb.append(answers(t, width));
    String legend = legend(marked, team, columns, options, t.trials());
    if (!legend.isEmpty()) {
      sb.append(d.dim(Text.block(legend, width, "").stripTrailing())).append('\n');
    }
    if (questions != null && !questions.isEmpty()) {
      sb.append('\n').append(d.bold("For discussion")).append('\n');
      int n = 1;
      for (String q : questions) {
        String item = Text.block(q, width, "     ");
        sb.append("  ").append(n++).append(". ").append(item.substring(5));
      }
    }
    return sb.toString();
  }

  /**
   * Every move in play this turn, in the order the turn meets them: those carried over from earlier
   * turns, then those tabled now.
   */
  static List<String> movesInPlay(TurnReport t) {
    Set<String> moves = new LinkedHashSet<>();
    t.reactions().forEach(r -> moves.add(r.move()));
    t.outcomes().forEach(o -> moves.add(o.move()));
    return new ArrayList<>(moves);
  }

  /** The counter-moves the model proposes after this turn: one line each. */
  private String answers(TurnReport t, int width) {
    List<tabletop.engine.report.AnswerView> proposed = t.answers();
    if (proposed.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n");
    sb.append(
            d.bold(
                Text.line(
                    "Counter-moves for turn "
                        + (t.turn() + 1)
                        + " ('move veto ID' stops one; 'move list' says why):",
                    width)))
        .append('\n');
    for (tabletop.engine.report.AnswerView a : proposed) {
      String line =
          a.id()
              + (tabletop.engine.report.AnswerView.VETOED.equals(a.status()) ? " [vetoed]" : "")
              + ": "
              + a.title();
      sb.append("  ").append(Text.line(line, width - 2)).append('\n');
    }
    return sb.append('\n').toString();
  }

  private String onTheTable(TurnReport t, List<String> moves, int width) {
    if (moves.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String m : moves) {
      boolean isNew = isNew(t, m);
      int since = names.tabledIn(m);
      String when =
          isNew ? "new" : since > 0 && since < t.turn() ? "since turn " + since : "in play";
      parts.add(m + " (" + when + ")");
    }
    return Text.block("On the table: " + String.join(", ", parts), width, "  ");
  }

  /** A move is new when the turn tabled it: its title (or id) is among the turn's moves. */
  private boolean isNew(TurnReport t, String move) {
    int since = names.tabledIn(move);
    if (since > 0) {
      return since == t.turn();
    }
    return t.moves().contains(move) || t.moves().contains(names.move(move));
  }

  /**
   * The move's heading: its title, the run's outcome and, beside it, the outcome's probabilities
   * over the trials ("stalled — over 2000 trials: declined 52%, goes ahead 25%, stalled 23%"), each
   * status that names actors with who and how often ("blocked 23% (France 15%, Hungary 8%)").
   */
  private String moveHeading(
      String move,
      OutcomeView outcome,
      Map<String, Double> chances,
      Map<String, Map<String, Double>> by,
      long trials,
      int width) {
    String title = names.move(move);
    String head = title.equals(move) ? move : title + " (" + move + ")";
    if (outcome != null) {
      String status = Views.status(outcome.status());
      String odds =
          chances == null || chances.isEmpty()
              ? ""
              : " — over " + trials + " trials: " + Chances.text(chances, by, names::actor);
      String full = head + ": " + status + odds;
      // a long title pushes the probabilities onto a second line of their own, never off the
      // screen
      String line = full;
      String more = "";
      if (Text.wrap(full, width).size() > 1) {
        // the title gives way before the outcome does
        String cut =
            (head + ": " + status).length() <= width
                ? head
                : Text.line(head, Math.max(10, width - status.length() - 2));
        line = cut + ": " + status;
        more = odds.isEmpty() ? "" : "\n    " + Text.line(odds.substring(3), width - 4);
      }
      int at = line.indexOf(": " + status);
      if (at >= 0 && d.colour()) {
        String st = outcome.status().toLowerCase(java.util.Locale.ROOT);
        String code =
            st.contains("ahead")
                ? Ansi.GREEN
                : st.contains("block") || st.contains("declin") ? Ansi.RED : Ansi.YELLOW;
        int end = at + 2 + status.length();
        return d.bold(line.substring(0, at))
            + ": "
            + d.style(line.substring(at + 2, Math.min(end, line.length())), code)
            + line.substring(Math.min(end, line.length()))
            + more;
      }
      return line + more;
    }
    return d.bold(Text.line(head, width));
  }

  /** The institutions' reason for the run's outcome, on one line under the heading. */
  private String why(OutcomeView outcome, int width) {
    if (outcome == null || outcome.reason() == null || outcome.reason().isBlank()) {
      return "";
    }
    return "  " + d.dim(Text.line("why: " + names.inText(outcome.reason()), width - 2));
  }

  /**
   * Where the run's direction is not the most likely one, which is: "↳ the run gives lean oppose;
   * the trials give neutral more often (59%)"; the legend says why the two differ. Empty where it
   * is the most likely, and for a team's decision (its row says "(team)").
   */
  static String notMostLikely(ReactionView r, long trials) {
    if (r.overridden() || !Likelihoods.lessLikelyThanAnother(r)) {
      return "";
    }
    String top = Likelihoods.mostLikely(r).orElse("");
    double p = r.distribution().getOrDefault(top, 0.0);
    return "↳ the run gives "
        + Display.words(r.direction())
        + "; "
        + (trials > 0 ? "the trials give " : "the model's spread gives ")
        + Display.words(top)
        + " more often ("
        + Views.percent(p)
        + ")";
  }

  /**
   * The reaction in words with how likely it is: "oppose 92%". A team's decision reads "lean
   * support (team) 12%", the model's probability for the team's choice. Where another direction is
   * more likely, a line under the row says so ({@link #notMostLikely}).
   */
  static String reaction(ReactionView r) {
    String words = Display.words(r.direction());
    if (r.overridden()) {
      Double p = Likelihoods.of(r, r.direction());
      return words + " (team)" + (p == null ? "" : " " + Views.percent(p));
    }
    if (r.likelihood() == null) {
      return words;
    }
    return words + " " + Views.percent(r.likelihood());
  }

  private static String legend(
      boolean marked, boolean team, Columns c, Options options, long trials) {
    List<String> parts = new ArrayList<>();
    parts.add(
        trials > 0
            ? "%: how often " + trials + " whole-run trials give the direction"
            : "%: how likely the model holds the direction");
    if (team) {
      parts.add("(team): the team's decision, with how likely the model held it");
    }
    if (marked) {
      parts.add(
          "↳: the run takes every weight and assumption at its stated value; the trials draw"
              + " them, and another direction comes up more often");
    }
    List<String> dropped = new ArrayList<>();
    if (options.sources() && !c.sources) {
      dropped.add("sources");
    }
    if (options.intensity() && !c.intensity) {
      dropped.add("intensity");
    }
    String text = String.join("; ", parts) + ". 'explain ACTOR' says why";
    if (!dropped.isEmpty()) {
      text += "; " + String.join(" and ", dropped) + " need a wider screen or 'explain'";
    }
    return text + ".";
  }

  /** The columns that fit a width, and their widths. */
  static final class Columns {
    final int name;
    final int reaction;
    final boolean intensity;
    final boolean sources;
    final int sourceWidth;
    final int reason;

    private Columns(
        int name, int reaction, boolean intensity, boolean sources, int sourceWidth, int reason) {
      this.name = name;
      this.reaction = reaction;
      this.intensity = intensity;
      this.sources = sources;
      this.sourceWidth = sourceWidth;
      this.reason = reason;
    }

    static final int INTENSITY = "intensity".length();
    static final int GAP = 2;

    static Columns fit(int width, List<ReactionView> rs, Options o, Names names) {
      int name = "actor".length();
      int reaction = "reaction".length();
      int sources = "sources".length();
      for (ReactionView r : rs) {
        name = Math.max(name, Math.min(MAX_NAME, names.actor(r.actor()).length()));
        reaction = Math.max(reaction, TurnScreen.reaction(r).length());
        sources = Math.max(sources, Math.min(14, Views.paragraphs(Views.ownSources(r)).length()));
      }
      boolean showIntensity = o.intensity();
      boolean showSources = o.sources();
      while (true) {
        int used = name + GAP + reaction + GAP;
        used += showIntensity ? INTENSITY + GAP : 0;
        used += showSources ? sources + GAP : 0;
        int reason = width - used;
        if (reason >= MIN_REASON || (!showIntensity && !showSources)) {
          return new Columns(
              name, reaction, showIntensity, showSources, sources, Math.max(12, reason));
        }
        if (showSources) {
          showSources = false;
        } else {
          showIntensity = false;
        }
      }
    }

    String header(Display d) {
      StringBuilder sb = new StringBuilder();
      sb.append(pad("actor", name)).append(pad("reaction", reaction));
      if (intensity) {
        sb.append(pad("intensity", INTENSITY));
      }
      sb.append(sources ? pad("main reason", reason) : "main reason");
      if (sources) {
        sb.append("sources");
      }
      return d.dim(sb.toString().stripTrailing());
    }

    String row(Display d, ReactionView r, String shown, int reasonLines, Names names, String note) {
      String because = r.overridden() ? "Team: " + r.overrideReason() : r.summary();
      if (!note.isEmpty()) {
        because = note + ". " + (because == null ? "" : because);
      }
      List<String> reasonText = Text.clip(because == null ? "" : because, reason, reasonLines);
      List<String> src =
          sources
              ? Text.clip(
                  Views.paragraphs(Views.ownSources(r)),
                  sourceWidth,
                  Math.max(1, reasonText.size()))
              : List.of();
      int height = Math.max(1, Math.max(reasonText.size(), src.size()));
      String style =
          r.overridden() || !Likelihoods.lessLikelyThanAnother(r)
              ? Display.codeOf(r.direction())
              : Ansi.DIM + Display.codeOf(r.direction());
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < height; i++) {
        StringBuilder line = new StringBuilder();
        line.append(i == 0 ? pad(Text.line(names.actor(r.actor()), name), name) : pad("", name));
        String cell = i == 0 ? shown : "";
        line.append(d.style(cell, style)).append(" ".repeat(reaction + GAP - cell.length()));
        if (intensity) {
          line.append(pad(i == 0 ? Views.percent(r.intensity()) : "", INTENSITY));
        }
        String rt = i < reasonText.size() ? reasonText.get(i) : "";
        line.append(sources ? pad(rt, reason) : rt);
        if (sources) {
          line.append(i < src.size() ? src.get(i) : "");
        }
        sb.append(line.toString().stripTrailing()).append('\n');
      }
      return sb.toString();
    }

    private static String pad(String s, int width) {
      return s + " ".repeat(Math.max(0, width - s.length())) + "  ";
    }
  }
}
