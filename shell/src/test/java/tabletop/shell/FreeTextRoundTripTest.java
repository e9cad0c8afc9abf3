package tabletop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tabletop.shell.journal.Journal;
import tabletop.shell.journal.Sessions;
import tabletop.shell.support.Printable;
import tabletop.shell.workshop.Action;

/**
 * Free text typed at the prompt is kept exactly: each text of a corpus of apostrophes, quotes,
 * backslashes, leading dashes, Unicode, emoji and control characters goes through note, inject and
 * override into the journal and the reports, and comes back byte for byte in the journal and JSON;
 * on the terminal and in Markdown its control characters are shown, not obeyed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreeTextRoundTripTest extends ShellContextTest {
  @Autowired Sessions sessions;
  @TempDir Path dir;

  static List<String> corpus() throws Exception {
    try (var in = FreeTextRoundTripTest.class.getResourceAsStream("/free-text/corpus.json")) {
      return Fixtures.json().readValue(in, new TypeReference<List<String>>() {});
    }
  }

  private List<Action> journalled() {
    return Journal.read(sessions.file(sessions.currentId()), Fixtures.json()).actions();
  }

  @Test
  @Order(1)
  void everyTextRoundTripsThroughTheJournalAndTheReports() throws Exception {
    List<String> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
    type("scenario load coe-southeast-asia", "turn next");
    int tried = 0;
    List<String> lost = new ArrayList<>();
    int k = 0;
    for (String text : corpus) {
      // when the text is typed as a note and an inject (and, for every tenth, as an override's
      // reason: an override replays the turn, so the others are read by the parser alone)
      boolean override = k++ % 10 == 0;
      List<String> lines = new ArrayList<>(List.of("note " + text, "inject " + text));
      if (override) {
        lines.add("override china lean-oppose --reason " + text);
      }
      String screen = type(lines.toArray(String[]::new));
      tried += lines.size();

      // then the journal holds it exactly
      List<Action> tail = journalled();
      tail = tail.subList(tail.size() - lines.size(), tail.size());
      if (!(tail.get(0) instanceof Action.Note n && n.text().equals(text))
          || !(tail.get(1) instanceof Action.LiveInject i && i.text().equals(text))
          || (override && !(tail.get(2) instanceof Action.Override o && o.reason().equals(text)))) {
        lost.add(text);
      }
      if (!override) {
        tried++;
        Object reason =
            commandLine.parseLine("override china lean-oppose --reason " + text).value("reason");
        if (!text.equals(reason)) {
          lost.add(text);
        }
      }
      // and the terminal shows it without obeying a control character in it
      assertThat(screen).doesNotContain("\u001b").doesNotContain("\u0007");
      assertThat(screen)
          .contains(Printable.visible(text.length() > 60 ? text.substring(0, 40) : text));
    }
    assertThat(lost).as("texts changed on the way to the journal").isEmpty();

    // the JSON report keeps every text exactly
    Path json = dir.resolve("aar.json");
    type("report --format json --out " + json);
    JsonNode timeline = Fixtures.json().readTree(json.toFile()).get("timeline");
    List<String> texts = new ArrayList<>();
    timeline.forEach(e -> texts.add(e.toString()));
    String all = Files.readString(json, StandardCharsets.UTF_8);
    for (String text : corpus) {
      assertThat(all).contains(Fixtures.json().writeValueAsString(text).replaceAll("^\"|\"$", ""));
    }

    // the Markdown report holds every text, its control characters shown, not obeyed
    Path md = dir.resolve("aar.md");
    type("report --format md --out " + md);
    String markdown = Files.readString(md, StandardCharsets.UTF_8);
    assertThat(markdown.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t')).isEmpty();
    String unescaped = blanks(unescapeMarkdown(markdown));
    for (String text : corpus) {
      // a Markdown reader runs blanks together, so the comparison does too
      // (and a carriage return is a line break, written <br> in a table)
      assertThat(unescaped).contains(blanks(Printable.visible(text.replace('\r', ' '))));
    }
    System.out.printf("free-text corpus: %d inputs tried, %d changed%n", tried, lost.size());
  }

  private static String blanks(String s) {
    return s.replace("<br>", " ").replaceAll("[ \t\u2028]+", " ");
  }

  /** The text a Markdown reader sees: backslash escapes of punctuation taken off. */
  static String unescapeMarkdown(String md) {
    StringBuilder out = new StringBuilder(md.length());
    for (int i = 0; i < md.length(); i++) {
      char c = md.charAt(i);
      if (c == '\\' && i + 1 < md.length() && isPunctuation(md.charAt(i + 1))) {
        out.append(md.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
  }

  @Test
  @Order(2)
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing
  void aMegabyteNoteIsKeptWhole() throws Exception {
    // given a 1 MB paste of words with apostrophes and quotes
    String text = "the host's \"envoy\" C:\\path -x ".repeat(35_000).strip();
    assertThat(text.length()).isGreaterThan(1_000_000);

    // when noted, then the journal holds it whole
    type("scenario load coe-southeast-asia", "note " + text);
    List<Action> actions = journalled();
    assertThat(actions.get(actions.size() - 1)).isEqualTo(new Action.Note(text));
  }
}
