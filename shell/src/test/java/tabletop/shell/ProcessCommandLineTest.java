package tabletop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code main} in a child JVM: errors on stderr only and without colour, scripts, {@code
 * --help} and {@code --version}.
 */
class ProcessCommandLineTest {
  @TempDir Path dir;

  @Test
  void errorsGoToStderrOnlyWithoutColour() throws Exception {
    ProcessExitCodeTest.Result r = ProcessExitCodeTest.launch("run", "--scenario", "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("nope").doesNotContain("\u001B[").doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void helpAndVersion() throws Exception {
    ProcessExitCodeTest.Result help = ProcessExitCodeTest.launch("--help");
    assertThat(help.code()).isEqualTo(0);
    assertThat(help.out()).contains("explain").contains("turn next");
    ProcessExitCodeTest.Result version = ProcessExitCodeTest.launch("--version");
    assertThat(version.code()).isEqualTo(0);
    assertThat(version.out()).startsWith("tabletop ");
  }

  @Test
  void scriptsSkipCommentsAndNameTheFailingLine() throws Exception {
    // given a script whose third command names an unknown actor
    Path script = dir.resolve("workshop.txt");
    Files.writeString(
        script, "# a workshop\n\nturn next\nnote first impressions\nexplain chna\nturn next\n");

    // when run, then the failing line is named and the exit code is 2
    ProcessExitCodeTest.Result r = ProcessExitCodeTest.launch("@" + script);
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("workshop.txt:5: unknown actor 'chna'");
    assertThat(r.out()).contains("Turn 1");

    // and a missing script file is one line, exit code 2
    ProcessExitCodeTest.Result missing = ProcessExitCodeTest.launch("@" + dir.resolve("no.txt"));
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip()).startsWith("no script file ").doesNotContain("\n");
    assertThat(missing.err()).doesNotContain("could not start").doesNotContain("internal error");
  }
}
