package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the backtest page in headless Chromium, offline: the rendered DOM holds the reliability
 * diagram and the tables, and a screenshot comes out ({@code target/export/backtest.png}, beside a
 * copy of the page). Skipped without Chromium unless TABLETOP_REQUIRE_BROWSER=1.
 */
class BacktestHtmlInChromiumTest {
  private static final Path SCREENSHOT = Path.of("target", "export", "backtest.png");

  @TempDir Path dir;

  @Test
  void theReliabilityDiagramRendersAndAScreenshotComesOut() throws Exception {
    HtmlInChromiumTest.chromiumHereOrRequired();
    Path page = dir.resolve("backtest.html");
    Files.writeString(
        page, BacktestReport.render(BacktestFixture.data(), "html"), StandardCharsets.UTF_8);

    Path dom = dir.resolve("dom.html");
    chromium(List.of("--dump-dom", page.toUri().toString()), dom);
    String rendered = Files.readString(dom, StandardCharsets.UTF_8);
    assertThat(rendered).contains("<svg").contains("reliability-title").contains("circle");
    assertThat(rendered).contains("Each recorded reaction").doesNotContain("<script>alert");

    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);
    Files.copy(
        page,
        SCREENSHOT.resolveSibling("backtest.html"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    chromium(
        List.of(
            "--screenshot=" + SCREENSHOT.toAbsolutePath(),
            "--window-size=1280,2400",
            "--hide-scrollbars",
            page.toUri().toString()),
        dir.resolve("screenshot.log"));
    assertThat(SCREENSHOT).exists();
    assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000L);
  }

  private void chromium(List<String> args, Path output) throws Exception {
    String chromium = HtmlInChromiumTest.chromiumOrFail(System.getenv("PATH"));
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>();
    command.add(chromium);
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile.toAbsolutePath()));
    command.addAll(args);
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(dir.resolve("chromium.err").toFile())
            .start();
    try {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
      assertThat(p.exitValue())
          .as("Chromium exit code; stderr: %s", Files.readString(dir.resolve("chromium.err")))
          .isZero();
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }
}
