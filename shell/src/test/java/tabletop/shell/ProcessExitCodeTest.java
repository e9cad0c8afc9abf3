package tabletop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real {@code main} in a child JVM: exit codes and what a user sees for bad input. Slow (one
 * JVM per row), so a few rows only.
 */
class ProcessExitCodeTest {

  record Result(int code, String out, String err) {}

  static Result launch(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Dtabletop.library=../scenarios/library");
    cmd.add("-Dtabletop.sessions=target/test-sessions");
    cmd.add(TabletopApplication.class.getName());
    cmd.addAll(List.of(args));
    File out = File.createTempFile("tabletop", ".out");
    File err = File.createTempFile("tabletop", ".err");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(out)
            .redirectError(err)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(
        p.exitValue(),
        java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
        java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "scenario list                                  | 0 | coe-southeast-asia",
        "scenario load nowhere                          | 2 | nowhere: no scenario with this id",
        "scenario validate src/test/resources/scenarios/malformed.yaml | 2 | malformed.yaml:5:5: unknown field 'titel'",
        "run --knob military-component=tanks            | 2 | takes one of none, training, standing-presence",
        "explain chna                                   | 2 | no turn played yet",
        "source P99                                     | 2 | is not a paragraph of the article",
        "run --bogus                                    | 2 | --bogus",
      })
  void exitCodes(String command, int code, String shown) throws Exception {
    // given a command line, when run as a process
    Result r = launch(command.trim().split("\\s+"));

    // then the exit code and one clear line, with no stack trace
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(code);
    assertThat(r.out() + r.err())
        .contains(shown)
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }
}
