package tabletop.engine.model;

/**
 * An actor's stance towards a topic or another actor, from -1 (hostile) to +1 (warm); for example
 * Japan's stance towards partnership with NATO.
 */
public record Position(String actor, String topic, double value) implements Describable {
  @Override
  public String describe() {
    return actor + "'s stance on " + topic + " is " + Fmt.signed(value);
  }
}
