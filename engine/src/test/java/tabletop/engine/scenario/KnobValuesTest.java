package tabletop.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A number knob takes plain finite decimals within its range, and says so in one line. */
class KnobValuesTest {
  private static final Knob SHARE =
      new Knob("share", Knob.Type.NUMBER, "0.5", List.of(), 0.0, 1.0, "", List.of());
  private static final Knob UNBOUNDED =
      new Knob("budget", Knob.Type.NUMBER, "0", List.of(), null, null, "", List.of());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"0.5|0.5", "1|1", ".25|.25", "0.|0.", "5e-1|5e-1", "' 0.75 '|0.75", "+0.1|+0.1"})
  void plainDecimalsInRangeAreKept(String typed, String kept) {
    assertThat(KnobValues.normalise(SHARE, typed)).isEqualTo(kept);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN",
        "nan",
        "-NaN",
        "Infinity",
        "-Infinity",
        "inf",
        ".inf",
        "0x1p-1",
        "0.5d",
        "1f",
        "",
        "abc",
        "1,5"
      })
  void whatIsNotAPlainNumberIsRefusedInOneLine(String typed) {
    // NaN compares false with both bounds, so without the check it would pass as in range
    assertThatThrownBy(() -> KnobValues.normalise(UNBOUNDED, typed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knob 'budget' is a number such as 0.5, not '" + typed + "'");
    assertThatThrownBy(() -> KnobValues.normalise(SHARE, typed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("knob 'share' is a number such as 0.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999", "-1e400"})
  void aNumberTooLargeForADoubleIsRefused(String typed) {
    assertThatThrownBy(() -> KnobValues.normalise(UNBOUNDED, typed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knob 'budget' is a finite number, and " + typed + " is too large");
  }

  @Test
  void theRangeStillHolds() {
    assertThat(KnobValues.normalise(UNBOUNDED, "1e300")).isEqualTo("1e300");
    assertThatThrownBy(() -> KnobValues.normalise(SHARE, "1.5"))
        .hasMessage("knob 'share' must lie between 0.0 and 1.0, not 1.5");
    assertThatThrownBy(() -> KnobValues.normalise(SHARE, "1e999"))
        .hasMessageContaining("is too large");
  }

  @Test
  void anUnknownKnobNamesTheKnobsThereAreOrSaysThereAreNone() {
    Scenario with =
        new Scenario(
            "s",
            "S",
            "",
            "",
            List.of(),
            List.of(),
            List.of(),
            List.of(SHARE),
            List.of(),
            List.of(),
            null,
            List.of());
    assertThatThrownBy(() -> KnobValues.resolve(with, java.util.Map.of("shre", "0.5")))
        .hasMessageContaining("unknown knob 'shre' in scenario s (did you mean 'share'?)")
        .hasMessageContaining("its knobs are: share");
    Scenario without =
        new Scenario(
            "t", "T", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            null, List.of());
    assertThatThrownBy(() -> KnobValues.resolve(without, java.util.Map.of("x", "1")))
        .hasMessageContaining("unknown knob 'x' in scenario t; it has no knobs");
  }
}
