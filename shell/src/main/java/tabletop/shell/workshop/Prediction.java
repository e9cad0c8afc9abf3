package tabletop.shell.workshop;

/** A prediction made before a turn: who predicted, which actor, which direction, how sure. */
public record Prediction(
    String predictor, int turn, String actor, String direction, double probability) {}
