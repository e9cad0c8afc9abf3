package tabletop.engine.scenario;

import java.util.List;
import java.util.Map;
import tabletop.engine.model.Direction;

/**
 * What the source supports about an actor's reaction: with these knob values, at this turn (0 for
 * the last), the actor's reaction to the move (null for any) is one of these directions. Checked by
 * the scenario library's tests.
 */
public record Expectation(
    String actor,
    String move,
    int turn,
    Map<String, String> knobs,
    List<Direction> directions,
    String because) {
  public Expectation {
    knobs = Map.copyOf(knobs);
    directions = List.copyOf(directions);
  }
}
