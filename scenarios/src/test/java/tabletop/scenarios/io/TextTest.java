package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Control characters in scenario text are made visible before a terminal or Markdown sees them. */
class TextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          clear screen      | a\\u001b[2Jb               | a␛[2Jb
          window title      | \\u001b]0;pwned\\u0007ok    | ␛]0;pwned␇ok
          hyperlink         | \\u001b]8;;http://x\\u001b\\\\y | ␛]8;;http://x␛\\y
          C1 CSI            | a\\u009b31mb               | a<U+009B>31mb
          DEL and NUL       | a\\u007fb\\u0000c           | a␡b␀c
          lone CR           | done\\rfake                | done␍fake
          bidi override     | abc\\u202edcba              | abc<U+202E>dcba
          bidi isolate      | x\\u2066y\\u2069            | x<U+2066>y<U+2069>
          line separator    | a\\u2028b                  | a<U+2028>b
          """)
  void makesEveryControlCharacterVisible(String what, String escaped, String shown) {
    String text = unescape(escaped);
    assertThat(Text.neutralise(text)).isEqualTo(shown);
    assertThat(Text.hasControlCharacters(text)).isTrue();
  }

  @Test
  void keepsPrintableTextLineBreaksTabsUnicodeAndEmojiAsTheyAre() {
    String text = "Japan's envoy said \"maybe\" — C:\\temp\\new\n\tnext line: 日本, émoji 👩‍💻 ok";
    assertThat(Text.neutralise(text)).isSameAs(text);
    assertThat(Text.hasControlCharacters(text)).isFalse();
  }

  @Test
  void crlfLineEndsBecomePlainLineBreaks() {
    assertThat(Text.neutralise("one\r\ntwo\r\n")).isEqualTo("one\ntwo\n");
  }

  @Test
  void theOneLineFormAlsoShowsLineBreaksAndTabs() {
    assertThat(Text.neutraliseLine("a\nb\tc\r\nd")).isEqualTo("a␤b␉c␍␤d");
    assertThat(Text.neutraliseLine("plain title")).isEqualTo("plain title");
  }

  @Test
  void nullIsEmpty() {
    assertThat(Text.neutralise(null)).isEmpty();
    assertThat(Text.hasControlCharacters(null)).isFalse();
  }

  @Test
  void everyCodePointBelowSpaceButLineBreakAndTabIsReplaced() {
    for (char c = 0; c < 0x20; c++) {
      String shown = Text.neutralise("x" + c + "y");
      if (c == '\n' || c == '\t') {
        assertThat(shown).isEqualTo("x" + c + "y");
      } else {
        assertThat(shown).as("U+%04X", (int) c).hasSize(3).doesNotContain(String.valueOf(c));
      }
    }
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == 'u') {
          b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
        if (n == 'r') {
          b.append('\r');
          i++;
          continue;
        }
        if (n == '\\') {
          b.append('\\');
          i++;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }
}
