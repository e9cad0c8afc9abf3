package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tabletop.shell.Fixtures;
import tabletop.shell.render.Display;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Workshop;

/** sensitivity on the default scenario: names, the threshold, the tornado and the flips. */
class SensitivityCommandsTest {
  private final Display display = Display.plain();
  private final Workshop workshop = Fixtures.workshop();
  private final SensitivityCommands sensitivity =
      new SensitivityCommands(workshop, display, Fixtures.json());

  @AfterEach
  void close() {
    workshop.close();
  }

  @Test
  void theHostsReactionShowsItsThresholdTornadoAndAFlip() {
    String out = sensitivity.sensitivity("southeast-asian-host", "coe", null, 6, "table");
    assertThat(out)
        .startsWith("Sensitivity of Southeast Asian host to ")
        .contains("Nearest threshold: ")
        .contains("What moves it most")
        .contains("knob: ")
        .contains("assumption: ")
        .contains("Southeast Asian host: NEUTRAL → ")
        .contains(" if ");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    // six bars, each on two lines, and a note of the others
    assertThat(out).contains("more (--top ");
  }

  @Test
  void jsonCarriesTheWholeResult() {
    String out = sensitivity.sensitivity("china", "coe", 1, 10, "json");
    assertThat(out)
        .startsWith("{")
        .contains("\"actor\":\"china\"")
        .contains("\"bars\":[")
        .contains("\"flips\":[")
        .contains("\"nearest\":{");
  }

  @Test
  void badInputSaysWhatIsAllowed() {
    assertThatThrownBy(() -> sensitivity.sensitivity("chna", null, null, 10, "table"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("did you mean 'china'");
    assertThatThrownBy(() -> sensitivity.sensitivity("china", "nope", null, 10, "table"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("it reacts to: coe");
    assertThatThrownBy(() -> sensitivity.sensitivity("china", null, 9, 10, "table"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("there is no turn 9");
    assertThatThrownBy(() -> sensitivity.sensitivity("china", null, null, 0, "table"))
        .isInstanceOf(BadInputException.class);
  }
}
