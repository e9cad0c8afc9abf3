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

  public java.util.Optional<ReactionView> reaction(String actor) {
    return reactions.stream().filter(r -> r.actor().equals(actor)).findFirst();
  }
}
