package tabletop.shell.export;

/**
 * One line of the facilitator's audit trail, in the order it happened: what kind of thing it was
 * ({@code inject, move, override, note, knob, prediction, branch}), in which turn, and what was
 * said or done.
 */
public record TimelineEntry(int turn, String kind, String text) {
  public TimelineEntry {
    kind = kind == null ? "" : kind;
    text = text == null ? "" : text;
  }
}
