package tabletop.shell.export;

/**
 * How well one predictor (a team, a student, "the room") guessed the reactions before the engine
 * showed them: how many predictions, how many hit, and the Brier score of the stated probabilities
 * (0 is perfect, lower is better).
 */
public record PredictionScore(String predictor, int predictions, int hits, double brier) {
  public PredictionScore {
    predictor = predictor == null ? "" : predictor;
  }
}
