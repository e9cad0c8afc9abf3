package tabletop.engine.report;

import java.util.List;
import tabletop.engine.explain.Step;

/**
 * An actor's reaction to a move in a turn, as reported: what (direction, event), how strongly, why
 * (the rules and the paragraphs they cite, the assumptions apart, and the full chain in {@code
 * because}), and how likely the model's direction is ({@code likelihood}, with the {@code
 * distribution} over all five directions; null when explanations are off). When a team overrode the
 * model, {@code direction} is the team's and {@code modelDirection} the model's.
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
    String overrideReason,
    Double likelihood,
    java.util.Map<String, Double> distribution) {
  public ReactionView {
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    assumptions = List.copyOf(assumptions);
    because = List.copyOf(because);
    distribution =
        distribution == null
            ? java.util.Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(distribution));
  }

  /** A reaction without a likelihood estimate. */
  public ReactionView(
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
    this(
        actor,
        move,
        direction,
        intensity,
        score,
        eventType,
        cameo,
        goldstein,
        rules,
        sources,
        assumptions,
        summary,
        because,
        modelDirection,
        overrideReason,
        null,
        null);
  }

  public boolean overridden() {
    return overrideReason != null;
  }
}
