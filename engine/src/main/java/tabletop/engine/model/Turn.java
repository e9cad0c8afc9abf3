package tabletop.engine.model;

/** The turn being played; the engine replaces it at the start of each turn. */
public record Turn(int number) implements Describable {
  @Override
  public String describe() {
    return "turn " + number;
  }
}
