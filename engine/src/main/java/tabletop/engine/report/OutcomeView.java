package tabletop.engine.report;

import java.util.List;

/**
 * What became of a move by the end of a turn: goes ahead, stalled, blocked or declined, and why.
 */
public record OutcomeView(
    String move,
    String status,
    String by,
    String reason,
    List<String> rules,
    List<String> sources) {
  public OutcomeView {
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
  }
}
