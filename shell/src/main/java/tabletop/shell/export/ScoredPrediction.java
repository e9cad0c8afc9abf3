package tabletop.shell.export;

/**
 * One prediction with what happened: who predicted which direction for which actor in which turn,
 * how sure, the direction it was scored against, whether it was on the right side, its Brier score;
 * and what it was scored against: {@code "record"} (a historical case's recorded reaction to {@code
 * recordMove}, from {@code recordSource}) or {@code "model"} (the direction shown after the turn).
 */
public record ScoredPrediction(
    String predictor,
    int turn,
    String actor,
    String predicted,
    double probability,
    String actual,
    boolean hit,
    double brier,
    String against,
    String recordMove,
    String recordSource) {

  /** A prediction scored against the model. */
  public ScoredPrediction(
      String predictor,
      int turn,
      String actor,
      String predicted,
      double probability,
      String actual,
      boolean hit,
      double brier) {
    this(predictor, turn, actor, predicted, probability, actual, hit, brier, "model", null, null);
  }
}
