package tabletop.engine.scenario;

import java.util.List;
import java.util.Map;

/**
 * An actor a scenario defines or adjusts: its memberships, and the concerns, interests and
 * positions it brings (type to weight), and its relations to other actors. An id the knowledge base
 * already knows adjusts that actor: each weight named replaces the knowledge base's weight of that
 * type (0 removes it), and each relation named replaces the built-in relation to that actor; a new
 * id adds a data-defined actor that reacts through the generic rules. {@code capability} and {@code
 * salience} (issue to 0..1) set its {@link tabletop.engine.model.Clout} (null and empty: the
 * knowledge base's numbers, or the defaults for a new id); {@code basis} says where the entry's
 * numbers come from (its sources, or that they are assumptions) and {@code confidence} how far they
 * are trusted; {@code roster} names the roster file the entry comes from, if any; {@code redLines}
 * are the concern types the actor has stated it will not see crossed (a move touching one at half
 * strength or more crosses it).
 */
public record ActorSpec(
    String id,
    String name,
    List<String> memberships,
    Map<String, Double> concerns,
    Map<String, Double> interests,
    Map<String, Double> positions,
    List<RelationSpec> relations,
    Double capability,
    Map<String, Double> salience,
    String basis,
    Double confidence,
    String roster,
    List<String> redLines) {
  public ActorSpec {
    redLines = redLines == null ? List.of() : List.copyOf(redLines);
    memberships = List.copyOf(memberships);
    concerns = Map.copyOf(concerns);
    interests = Map.copyOf(interests);
    positions = Map.copyOf(positions);
    relations = List.copyOf(relations);
    salience = salience == null ? Map.of() : Map.copyOf(salience);
    basis = basis == null ? "" : basis;
  }

  /** An entry with no red lines. */
  public ActorSpec(
      String id,
      String name,
      List<String> memberships,
      Map<String, Double> concerns,
      Map<String, Double> interests,
      Map<String, Double> positions,
      List<RelationSpec> relations,
      Double capability,
      Map<String, Double> salience,
      String basis,
      Double confidence,
      String roster) {
    this(
        id,
        name,
        memberships,
        concerns,
        interests,
        positions,
        relations,
        capability,
        salience,
        basis,
        confidence,
        roster,
        List.of());
  }

  /** An entry with no capability, salience, basis or roster of its own. */
  public ActorSpec(
      String id,
      String name,
      List<String> memberships,
      Map<String, Double> concerns,
      Map<String, Double> interests,
      Map<String, Double> positions,
      List<RelationSpec> relations) {
    this(
        id,
        name,
        memberships,
        concerns,
        interests,
        positions,
        relations,
        null,
        Map.of(),
        "",
        null,
        null);
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
