package tabletop.engine.sim;

import java.util.List;

/** A turn hit the firing limit: some rules keep re-activating each other. */
public final class RuleLoopException extends RuntimeException {
  private final List<String> rules;

  public RuleLoopException(int turn, int limit, List<String> rules) {
    super(
        "turn "
            + turn
            + " stopped at the firing limit of "
            + limit
            + " rule firings; the rules that kept firing: "
            + String.join(", ", rules)
            + ". Check these rules for a loop (a consequence that re-creates its own conditions).");
    this.rules = List.copyOf(rules);
  }

  public List<String> rules() {
    return rules;
  }
}
