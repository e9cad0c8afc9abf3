package tabletop.engine.scenario;

import java.util.List;
import java.util.Map;
import tabletop.engine.model.Direction;

/**
 * What the source (or the historical record) supports: with these knob values, at this turn (0 for
 * the last), the actor's reaction to the move (null for any) is one of these directions; or, with
 * no actor, the move's outcome is one of these statuses. Checked by the scenario library's tests.
 */
public record Expectation(
    String actor,
    String move,
    int turn,
    Map<String, String> knobs,
    List<Direction> directions,
    List<String> outcomes,
    String because) {
  public Expectation {
    knobs = Map.copyOf(knobs);
    directions = List.copyOf(directions);
    outcomes = List.copyOf(outcomes);
  }

  /** True when this expectation is about a move's outcome rather than an actor's reaction. */
  public boolean aboutOutcome() {
    return !outcomes.isEmpty();
  }
}
