package tabletop.engine.model;

/**
 * A move bears on a concern or interest type with some strength from 0 to 1; derived from the
 * move's features by the appraisal rules.
 */
public record Touch(String move, String type, double strength) implements Describable {
  @Override
  public String describe() {
    return move + " touches " + type + " (strength " + Fmt.num(strength) + ")";
  }
}
