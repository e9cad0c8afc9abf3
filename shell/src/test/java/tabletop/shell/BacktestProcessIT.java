package tabletop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar runs {@code backtest} as one command: the JSON alone on stdout, the progress bar
 * on stderr, exit code 0.
 */
class BacktestProcessIT {
  @TempDir Path dir;

  @Test
  void backtestJsonGoesToStdoutAndTheProgressToStderr() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    String file = "nato-itpps-japan-korea-2023.yaml";
    Files.copy(Path.of("../scenarios/cases", file), cases.resolve(file));

    Path jar = Path.of("target", "tabletop.jar");
    assertThat(jar).as("the packaged jar").exists();
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Dspring.aot.enabled=true",
                "-Dtabletop.library=../scenarios/library",
                "-Dtabletop.sessions=" + dir.resolve("sessions"),
                "-jar",
                jar.toString(),
                "backtest",
                "--cases",
                cases.toString(),
                "--trials",
                "200",
                "--format",
                "json")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("backtest did not finish");
    }
    String stderr = Files.readString(err);
    assertThat(p.exitValue()).as(stderr).isZero();
    var json = new ObjectMapper().readTree(Files.readString(out));
    assertThat(json.path("caseCount").asInt()).isEqualTo(1);
    assertThat(json.path("trials").asInt()).isEqualTo(200);
    assertThat(stderr).contains("backtest").contains("1/1");
  }
}
