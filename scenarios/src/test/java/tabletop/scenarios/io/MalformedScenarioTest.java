package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed file under {@code src/test/resources/malformed/} is refused with all its
 * problems, each located and with a hint. Next to each file, {@code NAME.expected} lists the
 * problems it must produce as {@code line:column text} (column 0: any column; 0:0: no location
 * exists). The corpus covers syntax, encodings (BOM, CRLF, UTF-16, Latin-1, NUL, control
 * characters), depth, aliases and tags, infinite and NaN numbers, turn numbering, sources, and the
 * semantic checks; {@link ScenarioInputPropertyTest} adds generated inputs.
 */
class MalformedScenarioTest {
  private static final Path DIR = Path.of("src/test/resources/malformed");
  private static final ScenarioLoader LOADER = new ScenarioLoader();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".expected"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @BeforeAll
  static void warmUp() throws Exception {
    // the first load reads the schema; timing tests measure only the file
    LOADER.load(Path.of("library/coe-southeast-asia.yaml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedWithEveryProblemLocatedAndExplained(String file) throws IOException {
    // given a malformed scenario file and the problems it must produce
    Path path = DIR.resolve(file);
    List<Expected> expected = Expected.read(DIR.resolve(stem(file) + ".expected"));

    // when it is loaded
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> LOADER.load(path));

    // then it is refused, every problem names the file, says what to do, and is located where a
    // place exists
    assertThat(e).as("loading %s throws ScenarioException", file).isNotNull();
    List<Problem> problems = e.problems();
    assertThat(problems).isNotEmpty();
    boolean locatable = expected.stream().noneMatch(x -> x.line() == 0);
    for (Problem p : problems) {
      assertThat(p.file()).isEqualTo(path.toString());
      assertThat(p.message())
          .as("one line, with a hint after ';'")
          .contains("; ")
          .doesNotContain("\n");
      assertThat(p.message())
          .doesNotContain(ScenarioInputPropertyTest.LEAKS.toArray(String[]::new));
      assertThat(p.format()).startsWith(path + ":");
      if (locatable) {
        assertThat(p.line()).as("line of %s", p.format()).isPositive();
        assertThat(p.column()).as("column of %s", p.format()).isPositive();
      }
    }
    for (Expected x : expected) {
      assertThat(problems)
          .as("a problem at %d:%d containing \"%s\"", x.line(), x.column(), x.text())
          .anySatisfy(
              p -> {
                assertThat(p.line()).isEqualTo(x.line());
                if (x.column() > 0) {
                  assertThat(p.column()).isEqualTo(x.column());
                }
                assertThat(p.message()).contains(x.text());
              });
    }
    // and the validator reports the same problems without throwing
    assertThat(new ScenarioValidator(LOADER).validate(path)).isEqualTo(problems);
  }

  @Test
  void refusesTheBillionLaughsFileInWellUnderASecond() {
    Path path = DIR.resolve("billion-laughs.yaml");
    assertTimeoutPreemptively(
        Duration.ofMillis(500),
        () -> assertThat(LOADER.problems(path)).isNotEmpty().hasSizeLessThanOrEqualTo(10));
  }

  @Test
  void refusesAFileLargerThanTheLimitBeforeReadingIt(@TempDir Path dir) throws IOException {
    // given a file just over the size limit, made of harmless comment lines
    Path big = dir.resolve("big.yaml");
    String line = "# " + "x".repeat(97) + "\n";
    Files.writeString(big, line.repeat((int) (ScenarioLoader.MAX_BYTES / line.length()) + 1));

    // when it is checked, then one problem says so and how to fix it
    assertThat(LOADER.problems(big))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("larger than", "; split it up"));
  }

  private static String stem(String file) {
    return file.substring(0, file.lastIndexOf('.'));
  }

  record Expected(int line, int column, String text) {
    static List<Expected> read(Path file) throws IOException {
      return Files.readAllLines(file).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(
              l -> {
                int space = l.indexOf(' ');
                String[] at = l.substring(0, space).split(":");
                return new Expected(
                    Integer.parseInt(at[0]), Integer.parseInt(at[1]), l.substring(space + 1));
              })
          .toList();
    }
  }
}
