package tabletop.engine.report;

import java.util.List;
import java.util.Map;

/**
 * A whole run: the scenario, the seed and knob values it ran with, every turn, and for each move
 * the outcome at the end. Serialised as the JSON report, whose field names are a contract.
 */
public record Report(
    String scenario,
    long seed,
    Map<String, String> knobs,
    List<TurnReport> turns,
    Map<String, OutcomeView> outcome) {
  public Report {
    knobs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(knobs));
    turns = List.copyOf(turns);
    outcome = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcome));
  }

  public TurnReport lastTurn() {
    return turns.isEmpty() ? null : turns.get(turns.size() - 1);
  }
}
