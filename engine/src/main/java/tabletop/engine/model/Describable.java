package tabletop.engine.model;

/** A fact that can say what it means in one plain sentence, for explanations. */
public interface Describable {
  String describe();
}
