package tabletop.shell.workshop;

import java.util.Arrays;
import tabletop.engine.model.Direction;
import tabletop.shell.support.BadInputException;

/** Directions as people type them. */
public final class Directions {
  private Directions() {}

  public static Direction parse(String text) {
    return Direction.parse(text)
        .orElseThrow(
            () ->
                new BadInputException(
                    "'"
                        + text
                        + "' is not a direction; use one of: "
                        + String.join(
                            ", ",
                            Arrays.stream(Direction.values())
                                .map(d -> d.label().replace(' ', '-'))
                                .toList())));
  }
}
