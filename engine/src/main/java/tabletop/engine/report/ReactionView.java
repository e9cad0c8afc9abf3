package tabletop.engine.report;

import java.util.List;
import tabletop.engine.explain.Step;

/**
 * An actor's reaction to a move in a turn, as reported: what (direction, event), how strongly, why
 * (the rules and the paragraphs they cite, the assumptions apart, and the full chain in {@code
 * because}), and how likely the model's direction is ({@code likelihood}, with the {@code
 * distribution} over all five directions; null when explanations are off). When a team overrode the
 * model, {@code direction} is the team's and {@code modelDirection} the model's, {@code likelihood}
 * stays the model's confidence in its own direction and {@code teamChoiceLikelihood} is the model's
 * probability for the team's choice.
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
    java.util.Map<String, Double> distribution,
    Double teamChoiceLikelihood) {
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

  /** The same reaction, to another move. */
  public ReactionView withMove(String other) {
    return new ReactionView(
        actor,
        other,
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
        likelihood,
        distribution,
        teamChoiceLikelihood);
  }

  /** The same reaction with another intensity, its event type, and these assumptions. */
  public ReactionView withIntensity(
      double level,
      String event,
      String cameoCode,
      double goldsteinScore,
      List<AssumptionView> restsOn) {
    return new ReactionView(
        actor,
        move,
        direction,
        level,
        score,
        event,
        cameoCode,
        goldsteinScore,
        rules,
        sources,
        restsOn,
        summary,
        because,
        modelDirection,
        overrideReason,
        likelihood,
        distribution,
        teamChoiceLikelihood);
  }

  /** A reaction not overridden by a team, or without the model's view of the team's choice. */
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
      String overrideReason,
      Double likelihood,
      java.util.Map<String, Double> distribution) {
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
        likelihood,
        distribution,
        null);
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
        null,
        null);
  }

  public boolean overridden() {
    return overrideReason != null;
  }

  /**
   * How likely the direction shown is, by the model: the team's choice where a team decided, else
   * the model's own direction; null when explanations are off.
   */
  public Double shownLikelihood() {
    return overridden() ? teamChoiceLikelihood : likelihood;
  }
}
