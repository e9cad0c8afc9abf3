package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A scenario's sources: paragraphs of the article that exist, or plain text nothing opens. */
class SourceCheckTest {
  @Test
  void readsTheParagraphsFromTheArticleOnTheClasspath() {
    // the knowledge base (a test dependency here) ships the article with paragraphs P1 to P24
    assertThat(getClass().getClassLoader().getResource(SourceCheck.ARTICLE)).isNotNull();
    assertThat(SourceCheck.paragraphs())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 24).mapToObj(i -> "P" + i).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "article#P1",
        "article#P24",
        "Nikkei Asia, 11 July 2023",
        "Reuters: NATO summit communiqué, 2023-07-11",
        "The Diplomat / Asia-Pacific desk, June 2022",
        "Historical record, 2023: the proposed NATO liaison office in Tokyo"
      })
  void acceptsArticleParagraphsAndPlainText(String source) {
    assertThat(SourceCheck.problem(source)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "article#P25",
        "article#P0",
        "article#p3",
        "article#",
        "file:///etc/passwd",
        "FILE:/etc/passwd",
        "https://example.invalid",
        "http:example.invalid",
        "ftp://example.invalid/x",
        "javascript:alert(1)",
        "www.example.invalid/report",
        "/etc/passwd",
        "~/notes.txt",
        "C:\\Windows\\win.ini",
        "\\\\server\\share\\x.doc",
        "./notes.md",
        "../../secret.md"
      })
  void refusesMissingParagraphsUrlsAndPathsSayingWhatToWrite(String source) {
    String problem = SourceCheck.problem(source);
    assertThat(problem).isNotNull().contains("; ").doesNotContain("\n");
    assertThat(problem).containsAnyOf("article#P24", "outlet and the date");
  }
}
