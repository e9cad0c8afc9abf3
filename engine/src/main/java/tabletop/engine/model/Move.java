package tabletop.engine.model;

/**
 * A proposal or action put to the actors, such as establishing a NATO Centre of Excellence in
 * Southeast Asia. Its features are separate {@link MoveFeature} facts.
 */
public record Move(String id, int turn, String actor, String kind, String title)
    implements Describable {
  @Override
  public String describe() {
    return "move " + id + ": " + title + " (" + kind + ", by " + actor + ", turn " + turn + ")";
  }
}
