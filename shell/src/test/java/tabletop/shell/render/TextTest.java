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
}
