package tabletop.engine.report;

import java.util.List;

/**
 * One played turn: the injects and moves it brought, each actor's reaction to the moves on the
 * table, and the outcomes decided or still pending in it. A move decided in an earlier turn is off
 * the table and appears in no later turn unless a cause reopened it, listed in {@code reopened}.
 * {@code outcomeLikelihood} gives, for each move tabled so far, the probability of each status it
 * may stand at after this turn (GOES_AHEAD, STALLED, DECLINED, BLOCKED, WITHDRAWN), from {@code
 * trials} whole-run trials (0 and empty when explanations are off). {@code outcomeBy} names, per
 * move and status, who blocks, declines or stalls it with the probability of each (a trial with two
 * blockers counts for both).
 */
public record TurnReport(
    int turn,
    String title,
    List<String> injects,
    List<String> moves,
    List<ReactionView> reactions,
    List<OutcomeView> outcomes,
    List<ReopenedView> reopened,
    java.util.Map<String, java.util.Map<String, Double>> outcomeLikelihood,
    long trials,
    List<AnswerView> answers,
    java.util.Map<String, java.util.Map<String, java.util.Map<String, Double>>> outcomeBy) {
  public TurnReport {
    answers = answers == null ? List.of() : List.copyOf(answers);
    injects = List.copyOf(injects);
    moves = List.copyOf(moves);
    reactions = List.copyOf(reactions);
    outcomes = List.copyOf(outcomes);
    reopened = reopened == null ? List.of() : List.copyOf(reopened);
    java.util.Map<String, java.util.Map<String, Double>> copy = new java.util.LinkedHashMap<>();
    if (outcomeLikelihood != null) {
      outcomeLikelihood.forEach(
          (k, v) ->
              copy.put(k, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(v))));
    }
    outcomeLikelihood = java.util.Collections.unmodifiableMap(copy);
    outcomeBy = outcomeBy == null ? java.util.Map.of() : java.util.Map.copyOf(outcomeBy);
  }

  /** A turn with counter-moves proposed after it, whose probabilities name no one. */
  public TurnReport(
      int turn,
      String title,
      List<String> injects,
      List<String> moves,
      List<ReactionView> reactions,
      List<OutcomeView> outcomes,
      List<ReopenedView> reopened,
      java.util.Map<String, java.util.Map<String, Double>> outcomeLikelihood,
      long trials,
      List<AnswerView> answers) {
    this(
        turn,
        title,
        injects,
        moves,
        reactions,
        outcomes,
        reopened,
        outcomeLikelihood,
        trials,
        answers,
        null);
  }

  /**
   * Who the move's outcome names at a status, with each one's probability ("BLOCKED" → france 0.15,
   * hungary 0.08); empty when no trial names anyone.
   */
  public java.util.Map<String, Double> by(String move, String status) {
    return outcomeBy
        .getOrDefault(move, java.util.Map.of())
        .getOrDefault(status, java.util.Map.of());
  }

  /** A turn with probabilities and no counter-moves proposed. */
  public TurnReport(
      int turn,
      String title,
      List<String> injects,
      List<String> moves,
      List<ReactionView> reactions,
      List<OutcomeView> outcomes,
      List<ReopenedView> reopened,
      java.util.Map<String, java.util.Map<String, Double>> outcomeLikelihood,
      long trials) {
    this(
        turn,
        title,
        injects,
        moves,
        reactions,
        outcomes,
        reopened,
        outcomeLikelihood,
        trials,
        List.of());
  }

  /** The same turn with these counter-moves proposed after it. */
  public TurnReport withAnswers(List<AnswerView> proposed) {
    return new TurnReport(
        turn,
        title,
        injects,
        moves,
        reactions,
        outcomes,
        reopened,
        outcomeLikelihood,
        trials,
        proposed,
        outcomeBy);
  }

  /** A turn without probabilities. */
  public TurnReport(
      int turn,
      String title,
      List<String> injects,
      List<String> moves,
      List<ReactionView> reactions,
      List<OutcomeView> outcomes,
      List<ReopenedView> reopened) {
    this(turn, title, injects, moves, reactions, outcomes, reopened, null, 0);
  }

  /** The same turn with the reactions' and outcomes' probabilities from trials. */
  public TurnReport withLikelihood(
      List<ReactionView> reactions,
      java.util.Map<String, java.util.Map<String, Double>> outcomeLikelihood,
      long trials) {
    return new TurnReport(
        turn,
        title,
        injects,
        moves,
        reactions,
        outcomes,
        reopened,
        outcomeLikelihood,
        trials,
        answers,
        null);
  }

  /** As {@link #withLikelihood(List, java.util.Map, long)}, with who each outcome names. */
  public TurnReport withLikelihood(
      List<ReactionView> reactions,
      java.util.Map<String, java.util.Map<String, Double>> outcomeLikelihood,
      long trials,
      java.util.Map<String, java.util.Map<String, java.util.Map<String, Double>>> outcomeBy) {
    return new TurnReport(
        turn,
        title,
        injects,
        moves,
        reactions,
        outcomes,
        reopened,
        outcomeLikelihood,
        trials,
        answers,
        outcomeBy);
  }

  /** A turn that reopened nothing. */
  public TurnReport(
      int turn,
      String title,
      List<String> injects,
      List<String> moves,
      List<ReactionView> reactions,
      List<OutcomeView> outcomes) {
    this(turn, title, injects, moves, reactions, outcomes, List.of(), null, 0);
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
