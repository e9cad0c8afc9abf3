package tabletop.engine.report;

import java.util.List;
import tabletop.engine.explain.Step;

/**
 * An actor's reaction to a move in a turn, as reported: what (direction, event), how strongly, why
 * (the rules and the paragraphs they cite, the assumptions apart, and the full chain in {@code
 * because}). When a team overrode the model, {@code direction} is the team's and {@code
 * modelDirection} the model's.
 */
public record ReactionView(
    String actor,
    String move,
    String direction,
    double intensity,
    double score,
    String eventType,
    String cameo,
    double goldstein,
    List<String> rules,
    List<String> sources,
    List<AssumptionView> assumptions,
    String summary,
    List<Step> because,
    String modelDirection,
    String overrideReason) {
  public ReactionView {
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    assumptions = List.copyOf(assumptions);
    because = List.copyOf(because);
  }

  public boolean overridden() {
    return overrideReason != null;
  }
}
