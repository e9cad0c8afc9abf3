package tabletop.engine.explain;

import java.util.List;

/**
 * One step of an explanation chain, flattened for reports: a fact, the rule that derived it (null
 * for a fact the scenario put in), the rule's meaning, its cited paragraphs and its assumption, and
 * how deep the step lies below the reaction.
 */
public record Step(
    int depth,
    String fact,
    String rule,
    String meaning,
    List<String> sources,
    String assumption,
    Double confidence) {
  public Step {
    sources = List.copyOf(sources);
  }
}
