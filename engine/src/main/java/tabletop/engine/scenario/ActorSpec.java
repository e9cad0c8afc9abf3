package tabletop.engine.scenario;

import java.util.List;
import java.util.Map;

/**
 * An actor a scenario defines or adjusts: its memberships, and the concerns, interests and
 * positions it brings (type to weight). An id the knowledge base already knows adjusts that actor;
 * a new id adds a data-defined actor that reacts through the generic rules.
 */
public record ActorSpec(
    String id,
    String name,
    List<String> memberships,
    Map<String, Double> concerns,
    Map<String, Double> interests,
    Map<String, Double> positions) {
  public ActorSpec {
    memberships = List.copyOf(memberships);
    concerns = Map.copyOf(concerns);
    interests = Map.copyOf(interests);
    positions = Map.copyOf(positions);
  }
}
