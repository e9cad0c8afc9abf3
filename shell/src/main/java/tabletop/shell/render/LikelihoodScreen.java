package tabletop.shell.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Direction;
import tabletop.engine.sim.TrialResult;
import tabletop.engine.sim.TrialResult.OutcomeRow;
import tabletop.engine.sim.TrialResult.StanceRow;
import tabletop.engine.sim.TrialResult.TurnLikelihood;
import tabletop.shell.export.Chances;
import tabletop.shell.export.Chances.Share;

/**
 * Whole-run trials in text: per turn, each move's outcome probabilities and, per actor, a compact
 * bar of the five directions with the most likely named; wherever the scenario's own run (every
 * weight and assumption at its stated value) is not the most likely, the line says what the run
 * has.
 */
public final class LikelihoodScreen {
  /** Marks in a bar: each is 5%. */
  static final int BAR = 20;

  /** One mark per direction, support to oppose: distinct without colour. */
  static final char[] MARKS = {'#', '+', '·', '-', '='};

  /** What the screen says the trials were of. */
  public record Heading(
      String scenario,
      long seed,
      int asked,
      int played,
      int lastTurn,
      Map<Integer, String> titles) {}

  private final Display d;
  private final Names names;

  public LikelihoodScreen(Display display, Names names) {
    this.d = display;
    this.names = names == null ? Names.ids() : names;
  }

  /** The seed's one line, wherever a seed is shown. */
  public static final String SEED_LINE =
      "The seed changes the draws of the trials behind the probabilities, not the run's directions.";

  public String render(Heading h, TrialResult trials, TrialResult run) {
    int width = d.width();
    StringBuilder sb = new StringBuilder();
    sb.append(d.bold(Text.line("Likelihood: " + h.scenario() + " " + span(h), width))).append('\n');
    if (trials.stopped()) {
      sb.append(
              d.style(
                  "Stopped after "
                      + trials.trials()
                      + " of "
                      + h.asked()
                      + " trials: the figures below rest on those "
                      + trials.trials()
                      + ".",
                  Ansi.YELLOW))
          .append('\n');
    }
    sb.append(trials.trials()).append(" trials, seed ").append(h.seed()).append(".\n");
    sb.append(Text.block(SEED_LINE, width, ""));
    sb.append(
            d.dim(
                Text.block(
                        "Each trial draws every weight, assumption and threshold once and plays every"
                            + " turn; \"the run\" is the scenario's own run, each at its stated value."
                            + " Bars: "
                            + legend()
                            + "; "
                            + BAR
                            + " marks make 100%.",
                        width,
                        "")
                    .stripTrailing()))
        .append('\n');
    Map<Integer, TurnLikelihood> runByTurn = new LinkedHashMap<>();
    run.table().forEach(t -> runByTurn.put(t.turn(), t));
    int differ = 0;
    int rows = 0;
    int name = "actor".length();
    for (String a : trials.actors()) {
      name = Math.max(name, Math.min(TurnScreen.MAX_NAME, names.actor(a).length()));
    }
    for (TurnLikelihood t : trials.table()) {
      String title = h.titles().getOrDefault(t.turn(), "");
      String when = t.turn() <= h.played() ? "played" : "as scripted";
      sb.append('\n')
          .append(
              d.bold(
                  Text.line(
                      "Turn "
                          + t.turn()
                          + (title.isBlank() ? "" : ": " + title)
                          + " ("
                          + when
                          + ")",
                      width)))
          .append('\n');
      TurnLikelihood r = runByTurn.get(t.turn());
      for (OutcomeRow o : t.outcomes()) {
        List<StanceRow> stances =
            t.stances().stream().filter(s -> s.move().equals(o.move()) && s.judged() > 0).toList();
        String runStatus = runOutcome(r, o.move());
        StringBuilder line =
            new StringBuilder(
                moveName(o.move()) + ": " + Chances.text(o.probabilities(), o.by(), names::actor));
        rows++;
        if (runStatus != null && Chances.differs(o.probabilities(), runStatus)) {
          differ++;
          line.append("; the run has ")
              .append(Chances.words(runStatus))
              .append(" (")
              .append(Chances.percent(Chances.of(o.probabilities(), runStatus)))
              .append(")");
        }
        if (stances.isEmpty()) {
          line.append(" — off the table: decided in an earlier turn in every trial");
        } else if (stances.get(0).judged() < 0.995) {
          line.append(" — on the table this turn in ")
              .append(Chances.percent(stances.get(0).judged()))
              .append(" of trials (else decided earlier)");
        }
        sb.append(hanging(line.toString(), width));
        for (StanceRow s : stances) {
          String runDirection = runStance(r, s.actor(), s.move());
          rows++;
          boolean off = runDirection != null && Chances.differs(s.distribution(), runDirection);
          differ += off ? 1 : 0;
          sb.append(row(s, runDirection, off, name, width));
        }
      }
    }
    sb.append('\n')
        .append(
            Text.block(
                differ == 0
                    ? "The run has the most likely outcome and direction everywhere."
                    : differ
                        + " of "
                        + rows
                        + " outcomes and stands in the run are not the most likely over the"
                        + " trials: the run takes every weight and assumption at its stated value,"
                        + " the trials draw them.",
                width,
                ""));
    return sb.toString().stripTrailing();
  }

  /** Wrapped at {@code width}: the first line indented by two, the rest by four. */
  static String hanging(String text, int width) {
    StringBuilder sb = new StringBuilder();
    List<String> lines = Text.wrap(text, width - 4);
    for (int i = 0; i < lines.size(); i++) {
      sb.append(i == 0 ? "  " : "    ").append(lines.get(i)).append('\n');
    }
    return sb.toString();
  }

  private String span(Heading h) {
    if (h.played() == 0) {
      return "from turn 1 to its end (turn " + h.lastTurn() + ")";
    }
    if (h.played() >= h.lastTurn()) {
      return "as played, turns 1–" + h.lastTurn();
    }
    return "to its end: turns 1–"
        + h.played()
        + " as played, "
        + (h.played() + 1 == h.lastTurn()
            ? "turn " + h.lastTurn()
            : "turns " + (h.played() + 1) + "–" + h.lastTurn())
        + " as scripted";
  }

  private String row(StanceRow s, String runDirection, boolean off, int nameWidth, int width) {
    Share top = Chances.mostLikely(s.distribution()).orElse(null);
    StringBuilder line = new StringBuilder("    ");
    String n = Text.line(names.actor(s.actor()), nameWidth);
    line.append(n).append(" ".repeat(nameWidth - n.length() + 2));
    line.append(bar(s.distribution())).append("  ");
    String said = top == null ? "" : top.words() + " " + top.percent();
    if (off) {
      said +=
          "; the run has "
              + Chances.words(runDirection)
              + " ("
              + Chances.percent(Chances.of(s.distribution(), runDirection))
              + ")";
    }
    int left = width - 4 - nameWidth - 2 - BAR - 2;
    List<String> text = Text.clip(said, Math.max(12, left), 2);
    String style = top == null ? null : Display.codeOf(top.key());
    StringBuilder out = new StringBuilder();
    out.append(line).append(d.style(text.isEmpty() ? "" : text.get(0), style)).append('\n');
    for (int i = 1; i < text.size(); i++) {
      out.append(" ".repeat(width - left)).append(text.get(i)).append('\n');
    }
    return out.toString();
  }

  /** The bar: {@link #BAR} marks shared out by largest remainder, support first. */
  String bar(Map<String, Double> distribution) {
    List<Share> parts = Chances.directions(distribution);
    int[] marks = marks(parts.stream().mapToDouble(Share::p).toArray(), BAR);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < marks.length; i++) {
      String seg = String.valueOf(MARKS[i]).repeat(marks[i]);
      sb.append(d.style(seg, Display.codeOf(Direction.values()[i].name())));
    }
    int used = java.util.Arrays.stream(marks).sum();
    sb.append(" ".repeat(BAR - used));
    return sb.toString();
  }

  /** Shares out {@code total} marks in proportion to {@code p}, by largest remainder. */
  static int[] marks(double[] p, int total) {
    double sum = java.util.Arrays.stream(p).sum();
    int[] out = new int[p.length];
    if (sum <= 0) {
      return out;
    }
    double[] rest = new double[p.length];
    int given = 0;
    for (int i = 0; i < p.length; i++) {
      double exact = p[i] / sum * total;
      out[i] = (int) Math.floor(exact);
      rest[i] = exact - out[i];
      given += out[i];
    }
    while (given < total) {
      int best = 0;
      for (int i = 1; i < p.length; i++) {
        if (rest[i] > rest[best]) {
          best = i;
        }
      }
      out[best]++;
      rest[best] = -1;
      given++;
    }
    return out;
  }

  static String legend() {
    List<String> parts = new ArrayList<>();
    for (Direction dir : Direction.values()) {
      parts.add(MARKS[dir.ordinal()] + " " + dir.label());
    }
    return String.join(", ", parts);
  }

  private String moveName(String move) {
    String title = names.move(move);
    return title.equals(move) ? move : title + " (" + move + ")";
  }

  private static String runOutcome(TurnLikelihood run, String move) {
    if (run == null) {
      return null;
    }
    return run.outcomes().stream()
        .filter(o -> o.move().equals(move))
        .findFirst()
        .flatMap(o -> Chances.mostLikely(o.probabilities()))
        .map(Share::key)
        .orElse(null);
  }

  private static String runStance(TurnLikelihood run, String actor, String move) {
    if (run == null) {
      return null;
    }
    return run.stances().stream()
        .filter(s -> s.actor().equals(actor) && s.move().equals(move))
        .findFirst()
        .flatMap(s -> Chances.mostLikely(s.distribution()))
        .map(Share::key)
        .orElse(null);
  }
}
