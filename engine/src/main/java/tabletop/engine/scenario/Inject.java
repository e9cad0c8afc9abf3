package tabletop.engine.scenario;

import java.util.List;

/**
 * A development put to the players: a title, a text to read out, and the world facts it asserts and
 * retracts.
 */
public record Inject(
    String title, String description, List<String> asserts, List<String> retracts) {
  public Inject {
    asserts = List.copyOf(asserts);
    retracts = List.copyOf(retracts);
  }
}
