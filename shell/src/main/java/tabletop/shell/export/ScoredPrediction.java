package tabletop.shell.export;

/**
 * One prediction with what happened: who predicted which direction for which actor in which turn,
 * how sure, the direction shown after the turn, whether it was on the right side, its Brier score.
 */
public record ScoredPrediction(
    String predictor,
    int turn,
    String actor,
    String predicted,
    double probability,
    String actual,
    boolean hit,
    double brier) {}
