package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void handWrappedLinesOfAParagraphAreReflowed() {
    // given a briefing wrapped by hand at another width, as YAML block text keeps it
    String briefing =
        "NATO has deepened its ties with Australia,\nJapan and Korea.\n\nA proposal is on the table.\n";

    // then each paragraph flows to the terminal's width, with the blank line kept between them
    assertThat(Text.wrap(briefing, 80))
        .containsExactly(
            "NATO has deepened its ties with Australia, Japan and Korea.",
            "",
            "A proposal is on the table.");
  }

  @Test
  void listItemsStayOnTheirOwnLines() {
    assertThat(Text.wrap("Options:\n- talk\n- wait\n1. act", 80))
        .containsExactly("Options:", "- talk", "- wait", "1. act");
  }

  @Test
  void longLinesWrapAtTheWidth() {
    assertThat(Text.wrap("one two three four", 9)).containsExactly("one two", "three", "four");
  }

  @Test
  void aWordLongerThanTheWidthBreaksBetweenItsParts() {
    assertThat(Text.wrap("china-russia-joint-bomber-patrols-2022-2024", 35))
        .containsExactly("china-russia-joint-bomber-patrols-", "2022-2024");
    // a part boundary in the line's first half would waste the line: cut at the width instead
    assertThat(Text.wrap("ab-cdefghijklmnop", 10)).containsExactly("ab-cdefghi", "jklmnop");
    assertThat(Text.wrap("abcdefghijklmnop", 10)).containsExactly("abcdefghij", "klmnop");
  }
}
