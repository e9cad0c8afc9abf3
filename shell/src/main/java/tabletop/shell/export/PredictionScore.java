package tabletop.shell.export;

/** How one predictor did: predictions scored, how many hit, and the mean Brier score. */
public record PredictionScore(String predictor, int predictions, int hits, double brier) {}
