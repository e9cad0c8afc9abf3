package tabletop.shell.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A small played exercise read from {@code export/after-action.json}: two turns, three actors
 * (china, japan, southeast-asian-host), one team override in turn 2, a note full of HTML special
 * characters and one prediction score.
 */
final class Fixture {
  static final String OVERRIDE_REASON =
      "The host team wants to keep talking to both capitals before it says no.";
  static final String NOTE_HEAD = "Room asked whether <script>alert('x')</script> & \"quotes\"";
  static final java.util.List<String> ACTORS =
      java.util.List.of("china", "japan", "southeast-asian-host");

  private Fixture() {}

  static AfterAction afterAction() {
    try (InputStream in = Fixture.class.getResourceAsStream("/export/after-action.json")) {
      return new ObjectMapper().readValue(in, AfterAction.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
