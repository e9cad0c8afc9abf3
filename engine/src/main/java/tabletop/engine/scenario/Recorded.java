package tabletop.engine.scenario;

import tabletop.engine.model.Direction;

/**
 * A reaction on the public record in a historical case: the actor, the move and turn, the direction
 * the record shows, and the public source (outlet and date) it comes from. The record, never model
 * output; backtests score the model against it.
 */
public record Recorded(
    String actor, String move, int turn, Direction direction, String source, String evidence) {}
