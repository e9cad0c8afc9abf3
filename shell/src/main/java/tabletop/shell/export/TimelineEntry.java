package tabletop.shell.export;

/**
 * One event of the workshop in order: kind is inject, move, override, note, knob, prediction or
 * branch.
 */
public record TimelineEntry(int turn, String kind, String text) {}
