package tabletop.shell.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tabletop.engine.model.Direction;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

/**
 * The wording every export shares, so that Markdown, HTML and CSV say the same thing the same way:
 * directions in words, numbers with a fixed locale and precision, event types with their codes.
 */
final class Words {
  static final String BLANK = "";

  private Words() {}

  static String text(String s) {
    return s == null ? BLANK : s;
  }

  /** "lean oppose" for LEAN_OPPOSE; an unknown value is shown as it came. */
  static String direction(String name) {
    return Direction.parse(name).map(Direction::label).orElse(text(name));
  }

  /** An outcome status in words: "goes ahead" for GOES_AHEAD, "stalled" for STALLED. */
  static String status(String status) {
    return text(status).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * Predictions not scored yet: the report has per-predictor totals only, so these are derived from
   * the timeline, its "prediction" entries for a turn after the last one played (after a rewind, or
   * before the next turn).
   */
  static java.util.List<TimelineEntry> pendingPredictions(AfterAction a) {
    int played = a.turns().stream().mapToInt(t -> t.turn()).max().orElse(0);
    return a.timeline().stream()
        .filter(e -> "prediction".equals(e.kind()) && e.turn() > played)
        .toList();
  }

  static final String PENDING_HINT =
      "Not scored yet: the turn they predict has not been played (taken from the timeline).";

  /** +2 (support) … -2 (oppose), or empty when the value is no known direction. */
  static java.util.OptionalInt rank(String name) {
    return Direction.parse(name)
        .map(d -> java.util.OptionalInt.of(d.rank()))
        .orElse(java.util.OptionalInt.empty());
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String signed(double value) {
    return String.format(Locale.ROOT, "%+.1f", value);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  static String brier(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  static String hitRate(PredictionScore s) {
    return s.predictions() == 0 ? "–" : percent((double) s.hits() / s.predictions());
  }

  /** "AGREE · CAMEO 03 · Goldstein +4.0". */
  static String event(ReactionView r) {
    return text(r.eventType())
        + " · CAMEO "
        + text(r.cameo())
        + " · Goldstein "
        + signed(r.goldstein());
  }

  static String assumption(AssumptionView a) {
    return text(a.text()) + " (" + text(a.rule()) + "; confidence " + percent(a.confidence()) + ")";
  }

  /** What the team decided and why, against what the model said. */
  static String override(ReactionView r) {
    return "Team decided "
        + direction(r.direction())
        + "; the model said "
        + direction(r.modelDirection())
        + ". Reason: "
        + text(r.overrideReason());
  }

  static String joined(List<String> items) {
    return items == null ? BLANK : String.join(", ", items);
  }

  /** Actors in the order they first appear across the turns. */
  static List<String> actors(List<TurnReport> turns) {
    Set<String> actors = new LinkedHashSet<>();
    for (TurnReport t : turns) {
      for (ReactionView r : t.reactions()) {
        actors.add(text(r.actor()));
      }
    }
    return new ArrayList<>(actors);
  }

  /** Moves an actor reacted to, in the order they first appear. */
  static List<String> moves(List<TurnReport> turns, String actor) {
    Set<String> moves = new LinkedHashSet<>();
    for (TurnReport t : turns) {
      for (ReactionView r : t.reactions()) {
        if (text(r.actor()).equals(actor)) {
          moves.add(text(r.move()));
        }
      }
    }
    return new ArrayList<>(moves);
  }

  static String turnLabel(int turn) {
    return turn <= 0 ? "Setup" : "Turn " + turn;
  }

  static String title(AfterAction a) {
    return a.title().isBlank() ? a.scenarioId() : a.title();
  }

  /** Blank lines split the briefing into paragraphs; single line breaks are kept as spaces. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text(text).replace("\r\n", "\n").split("\n\\s*\n")) {
      String joined = p.strip().replaceAll("\\s*\n\\s*", " ");
      if (!joined.isEmpty()) {
        out.add(joined);
      }
    }
    return out;
  }

  /** The improvement-plan skeleton: HSEEP asks for these columns, filled in by the facilitator. */
  static final List<String> PLAN_COLUMNS =
      List.of("Issue / observation", "Corrective action", "Owner", "Due date");

  static final int PLAN_ROWS = 3;

  static final String STRENGTHS_HINT =
      "What went well: capabilities, decisions and discussions to sustain.";
  static final String IMPROVE_HINT =
      "What fell short: gaps observed, their root cause and their effect on the exercise goals.";
  static final String RECOMMEND_HINT =
      "One row per corrective action, with who owns it and by when; fill in after the hot wash.";

  /** A safe CSS class fragment: lower-case letters, digits and hyphens. */
  static String cssName(String text) {
    return text(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /**
   * Text with control characters other than line breaks and tabs neutralised as the terminal shows
   * them ({@link tabletop.shell.support.Printable#visible}: a bell reads ␇), for markup read by
   * people; JSON keeps them.
   */
  static String printable(String s) {
    // line breaks of either kind stay what they are; every other control character shows
    String[] parts = text(s).split("\r", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = tabletop.shell.support.Printable.visible(parts[i]);
    }
    return String.join("\r", parts);
  }
}
