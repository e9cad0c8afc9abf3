package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The problems of a file come most useful first, since the shell shows only the first: syntax
 * problems, then unknown fields, then wrong values and unknown words, then missing fields; and a
 * missing field that a typo explains is not reported. Each file under {@code
 * src/test/resources/ordering/} has next to it {@code NAME.expected}: every problem it must
 * produce, in order, as {@code line:column text}.
 */
class ProblemOrderTest {
  private static final Path DIR = Path.of("src/test/resources/ordering");
  private static final ScenarioLoader LOADER = new ScenarioLoader();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsEveryProblemMostUsefulFirst(String file) throws IOException {
    // given a file with problems of several kinds, and the problems it must produce in order
    Path path = DIR.resolve(file);
    List<MalformedScenarioTest.Expected> expected =
        MalformedScenarioTest.Expected.read(DIR.resolve(file.replace(".yaml", ".expected")));

    // when it is loaded
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> LOADER.load(path));

    // then it is refused with exactly these problems, in this order
    assertThat(e).isNotNull();
    List<Problem> problems = e.problems();
    assertThat(problems).as("problems of %s", file).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      MalformedScenarioTest.Expected x = expected.get(i);
      Problem p = problems.get(i);
      assertThat(p.line()).as("line of problem %d: %s", i + 1, p.format()).isEqualTo(x.line());
      assertThat(p.column())
          .as("column of problem %d: %s", i + 1, p.format())
          .isEqualTo(x.column());
      assertThat(p.message()).contains(x.text());
    }
    // and the message of the exception, and the validator, give them in the same order
    assertThat(e.getMessage()).startsWith(problems.get(0).format());
    assertThat(new ScenarioValidator(LOADER).validate(path)).isEqualTo(problems);
  }
}
