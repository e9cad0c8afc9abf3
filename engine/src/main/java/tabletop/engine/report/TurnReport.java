package tabletop.engine.report;

import java.util.List;

/**
 * One played turn: the injects and moves it brought, each actor's reaction to the moves on the
 * table, and the outcomes decided or still pending in it. A move decided in an earlier turn is off
 * the table and appears in no later turn unless a cause reopened it, listed in {@code reopened}.
 */
public record TurnReport(
    int turn,
    String title,
    List<String> injects,
    List<String> moves,
    List<ReactionView> reactions,
    List<OutcomeView> outcomes,
    List<ReopenedView> reopened) {
  public TurnReport {
    injects = List.copyOf(injects);
    moves = List.copyOf(moves);
    reactions = List.copyOf(reactions);
    outcomes = List.copyOf(outcomes);
    reopened = reopened == null ? List.of() : List.copyOf(reopened);
  }

  /** A turn that reopened nothing. */
  public TurnReport(
      int turn,
      String title,
      List<String> injects,
      List<String> moves,
      List<ReactionView> reactions,
      List<OutcomeView> outcomes) {
    this(turn, title, injects, moves, reactions, outcomes, List.of());
  }

  /**
   * One outcome per move, the weightiest where a move meets several (a block or a refusal outweighs
   * a stall, which outweighs going ahead).
   */
  public java.util.Map<String, OutcomeView> outcomeByMove() {
    java.util.Map<String, OutcomeView> out = new java.util.LinkedHashMap<>();
    for (OutcomeView o : outcomes) {
      out.merge(o.move(), o, (a, b) -> weight(b) > weight(a) ? b : a);
    }
    return out;
  }

  private static int weight(OutcomeView o) {
    return tabletop.engine.model.Outcome.Status.valueOf(o.status()).weight();
  }

  /**
   * The actor's reaction to the first move it reacted to (see {@link #reaction(String, String)}).
   */
  public java.util.Optional<ReactionView> reaction(String actor) {
    return reactions.stream().filter(r -> r.actor().equals(actor)).findFirst();
  }

  /** The actor's reaction to one move. */
  public java.util.Optional<ReactionView> reaction(String actor, String move) {
    return reactions.stream()
        .filter(r -> r.actor().equals(actor) && r.move().equals(move))
        .findFirst();
  }
}
