package tabletop.engine.model;

/**
 * A line an actor has stated it will not see crossed: a concern type (military expansion, say). A
 * move that touches it at half strength or more crosses it, and the actor's opposition hardens.
 */
public record RedLine(String actor, String type) implements Describable {
  @Override
  public String describe() {
    return actor + " has stated a red line: " + type + " (given by the scenario)";
  }
}
