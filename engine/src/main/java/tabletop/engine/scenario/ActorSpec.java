package tabletop.engine.scenario;

import java.util.List;
import java.util.Map;

/**
 * An actor a scenario defines or adjusts: its memberships, and the concerns, interests and
 * positions it brings (type to weight), and its relations to other actors. An id the knowledge base
 * already knows adjusts that actor: each weight named replaces the knowledge base's weight of that
 * type (0 removes it), and each relation named replaces the built-in relation to that actor; a new
 * id adds a data-defined actor that reacts through the generic rules.
 */
public record ActorSpec(
    String id,
    String name,
    List<String> memberships,
    Map<String, Double> concerns,
    Map<String, Double> interests,
    Map<String, Double> positions,
    List<RelationSpec> relations) {
  public ActorSpec {
    memberships = List.copyOf(memberships);
    concerns = Map.copyOf(concerns);
    interests = Map.copyOf(interests);
    positions = Map.copyOf(positions);
    relations = List.copyOf(relations);
  }

  public ActorSpec(
      String id,
      String name,
      List<String> memberships,
      Map<String, Double> concerns,
      Map<String, Double> interests,
      Map<String, Double> positions) {
    this(id, name, memberships, concerns, interests, positions, List.of());
  }

  /**
   * A relation from this actor to {@code with}: "aligned" or "rival", a strength from 0 (none) to
   * 1, whether the other actor holds it too, and the author's confidence in it.
   */
  public record RelationSpec(
      String with, String kind, double strength, boolean mutual, double confidence) {}
}
