package tabletop.engine.sim;

import java.util.List;

/**
 * A turn hit the firing limit. {@link #kind()} says why: rules that fire again and again on the
 * same facts or on their own conclusions (a loop), or a scenario larger than the limit allows for.
 */
public final class RuleLoopException extends RuntimeException {
  /** Why a turn hit the firing limit. */
  public enum Kind {
    /** Some rules keep re-creating their own conditions. */
    LOOP,
    /** No rule repeats itself: the scenario needs more firings than the limit allows. */
    SIZE
  }

  private final List<String> rules;
  private final Kind kind;

  /** A loop among these rules. */
  public RuleLoopException(int turn, int limit, List<String> rules) {
    this(turn, limit, rules, Kind.LOOP, "");
  }

  /**
   * A turn stopped at the limit; {@code rules} are the suspects (a loop) or the busiest rules (a
   * large scenario), {@code detail} what was seen, e.g. the scenario's size.
   */
  public RuleLoopException(int turn, int limit, List<String> rules, Kind kind, String detail) {
    super(message(turn, limit, rules, kind, detail));
    this.rules = List.copyOf(rules);
    this.kind = kind;
  }

  private static String message(int turn, int limit, List<String> rules, Kind kind, String detail) {
    String head = "turn " + turn + " stopped at the firing limit of " + limit + " rule firings";
    String more = detail == null || detail.isBlank() ? "" : " (" + detail + ")";
    if (kind == Kind.SIZE) {
      return head
          + more
          + ", yet no rule fired again and again on the same facts: the scenario is larger than"
          + " the limit allows for, not looping. The busiest rules: "
          + String.join(", ", rules)
          + ". Spread the moves over more turns, or give the engine a higher limit.";
    }
    return head
        + more
        + "; the rules that kept firing: "
        + String.join(", ", rules)
        + ". Check these rules for a loop (a consequence that re-creates its own conditions).";
  }

  public List<String> rules() {
    return rules;
  }

  public Kind kind() {
    return kind;
  }
}
