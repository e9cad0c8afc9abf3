package tabletop.engine.model;

import java.util.List;

/**
 * A party to the exercise: a state, an alliance or a group of states. Memberships (for example
 * {@code nato}, {@code indo-pacific-partner}, {@code southeast-asia}) let generic rules treat an
 * actor defined only by data like the ones the knowledge base names.
 */
public record Actor(String id, String name, List<String> memberships, boolean dataDefined)
    implements Describable {
  public Actor {
    memberships = List.copyOf(memberships);
  }

  public boolean memberOf(String group) {
    return memberships.contains(group);
  }

  @Override
  public String describe() {
    return name + (memberships.isEmpty() ? "" : " (" + String.join(", ", memberships) + ")");
  }
}
