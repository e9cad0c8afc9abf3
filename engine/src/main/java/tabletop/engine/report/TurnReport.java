package tabletop.engine.report;

import java.util.List;

/** One played turn: the injects and moves it brought, each actor's reaction, and the outcomes. */
public record TurnReport(
    int turn,
    String title,
    List<String> injects,
    List<String> moves,
    List<ReactionView> reactions,
    List<OutcomeView> outcomes) {
  public TurnReport {
    injects = List.copyOf(injects);
    moves = List.copyOf(moves);
    reactions = List.copyOf(reactions);
    outcomes = List.copyOf(outcomes);
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

  public java.util.Optional<ReactionView> reaction(String actor) {
    return reactions.stream().filter(r -> r.actor().equals(actor)).findFirst();
  }
}
