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
    String out = sensitivity.sensitivity("southeast-asian-host", "coe", null, 500, "table");
    assertThat(out)
        .startsWith("Sensitivity of Southeast Asian host to ")
        .contains("Nearest threshold: ")
        .contains("What moves it most")
        .contains("knob: military-component")
        .contains("assumption: ")
        .contains("weight: ")
        // the host stands neutral, or leans towards its capable partners once they pressed it
        .containsPattern("Southeast Asian host: (NEUTRAL|LEAN_SUPPORT) → ")
        .contains(" if ");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(out).doesNotContain("more (--top ");
  }

  @Test
  void everyLineFitsAnEightyColumnTerminal() {
    SensitivityCommands narrow =
        new SensitivityCommands(workshop, new Display(false, () -> 80), Fixtures.json());
    String out = narrow.sensitivity("china", "coe", 1, 10, "table");
    assertThat(out).contains("What moves it most").contains("Smallest flips");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void barsThatMoveNothingAreCountedNotListed() {
    var still =
        new tabletop.engine.sim.Sensitivity.Bar(
            "knob", "scale", "none", "training", 0.32, 0.32, 1, 1);
    var moving =
        new tabletop.engine.sim.Sensitivity.Bar(
            "assumption", "A rule", "off", "on", 0.2, 0.5, 1, 1);
    String none = screen(still);
    assertThat(none).contains("Nothing moves it").doesNotContain("knob: scale");
    String some = screen(moving, still);
    assertThat(some)
        .contains("assumption: A rule")
        .contains("1 other moves neither probability by half a point")
        .doesNotContain("knob: scale")
        .doesNotContain("Nothing moves it");
  }

  /** Russia's sensitivity to a forum with these bars, on an 80-column screen. */
  private static String screen(tabletop.engine.sim.Sensitivity.Bar... bars) {
    var threshold =
        new tabletop.engine.sim.Sensitivity.Threshold(
            0.2, 0.2, tabletop.engine.model.Direction.LEAN_SUPPORT);
    return SensitivityCommands.render(
        new tabletop.engine.sim.Sensitivity.Result(
            "russia",
            "forum",
            1,
            tabletop.engine.model.Direction.NEUTRAL,
            0,
            0.32,
            "GOES_AHEAD",
            1.0,
            threshold,
            java.util.List.of(bars),
            java.util.List.of(),
            0,
            1),
        tabletop.shell.render.Names.ids(),
        10,
        80);
  }

  @Test
  void jsonCarriesTheWholeResultAndTopCutsTheScreen() throws Exception {
    var tree = Fixtures.json().readTree(sensitivity.sensitivity("china", "coe", 1, 10, "json"));
    assertThat(tree.get("actor").asText()).isEqualTo("china");
    assertThat(tree.get("turn").asInt()).isEqualTo(1);
    assertThat(tree.get("bars").size()).isGreaterThan(10);
    assertThat(tree.get("nearest").get("cut").asDouble()).isEqualTo(-0.6);
    assertThat(tree.get("flips").isArray()).isTrue();
    String screen = sensitivity.sensitivity("china", "coe", 1, 3, "table");
    assertThat(screen).contains("more (--top ");
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
