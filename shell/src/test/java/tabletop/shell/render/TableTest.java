package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableTest {
  private static Display at(int width) {
    return new Display(false, () -> width);
  }

  private static Table knobs() {
    return new Table("knob", "value", "default", "takes", "what it means")
        .shrink(4, 30)
        .shrink(3, 20)
        .row(
            "nato-restates-no-military-expansion",
            "false",
            "false",
            "true / false",
            "NATO restates, for this Centre, that it has no plans for military expansion (P22).")
        .row(
            "scope",
            "cyber, hybrid-threats, maritime-security",
            "cyber, hybrid-threats, maritime-security",
            "any of: cyber, hybrid-threats, maritime-security, terrorism, new-technology",
            "The cross-cutting issues the Centre works on (P8, P12).");
  }

  @Test
  void aKeyLongerThanTwentyFourCharactersStaysWhole() {
    // given the knob table at 160 columns, when rendered, then the knob name is not broken
    String out = knobs().render(at(160));
    assertThat(out).contains("nato-restates-no-military-expansion").doesNotContain("expansio\n");
    assertThat(out.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(160);
    assertThat(knobs().fitsWholeWords(at(160))).isTrue();
  }

  @Test
  void aTableSaysWhenItCannotKeepWordsWhole() {
    // at 80 columns the five knob columns cannot all keep their longest words
    assertThat(knobs().fitsWholeWords(at(80))).isFalse();
  }
}
