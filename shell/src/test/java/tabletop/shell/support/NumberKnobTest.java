package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tabletop.shell.Fixtures;
import tabletop.shell.ShellContextTest;

/** A number knob refuses what is not a finite number in one line, and the shell stays up. */
class NumberKnobTest extends ShellContextTest {

  /** The shell's context is shared by its tests: leave it on the default scenario. */
  @AfterEach
  void backToTheDefaultScenario() throws Exception {
    assertThat(type("scenario load coe-southeast-asia")).contains("Loaded coe-southeast-asia");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999", "0x1p-1"})
  void notAFiniteNumberIsOneLineAndTheKnobKeepsItsValue(String typed) throws Exception {
    // given a scenario with a number knob
    String file = Fixtures.resource("scenarios/number-knob.yaml").toString();
    assertThat(type("scenario load " + file)).contains("Loaded number-knob");

    // when the knob is set to what is not a finite number
    String screen = type("knob set firmness " + typed);

    // then one line says what the knob takes, without a trace
    assertThat(screen.strip().lines()).hasSize(1);
    assertThat(screen).contains("knob 'firmness' is a").doesNotContain("\tat ");

    // and the shell goes on, with the knob as it was
    assertThat(type("knob list")).contains("0.5").doesNotContain(typed);
    assertThat(type("knob set firmness 0.25")).contains("firmness = 0.25");
  }
}
