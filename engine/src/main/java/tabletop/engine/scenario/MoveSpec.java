package tabletop.engine.scenario;

import java.util.List;
import java.util.Map;

/**
 * A move a scenario puts on the table in a turn: who makes it, what kind it is, and its features
 * (feature name to one or more values). {@code expectedOutcome} is free text for the MSEL.
 */
public record MoveSpec(
    String id,
    String actor,
    String kind,
    String title,
    String description,
    Map<String, List<String>> features,
    String expectedOutcome) {
  public MoveSpec {
    features = Map.copyOf(features);
  }
}
