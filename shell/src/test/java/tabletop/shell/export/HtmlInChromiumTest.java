package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real headless Chromium, offline: the rendered DOM must hold the charts
 * and the actors, and a screenshot must come out (kept with the page in {@code target/export/} to
 * look at). Runs wherever Chromium is installed; on a machine without it the build checks the
 * HTML's structure with a Java parser instead ({@link HtmlStructureTest}). With {@code
 * TABLETOP_REQUIRE_BROWSER=1} (as CI sets it) a missing Chromium fails the build rather than
 * skipping the check.
 */
class HtmlInChromiumTest {

  /** Whether this machine must check in a browser: CI sets TABLETOP_REQUIRE_BROWSER=1. */
  static boolean browserRequired(java.util.Map<String, String> env) {
    return "1".equals(env.get("TABLETOP_REQUIRE_BROWSER"));
  }

  /** Skips the browser check where there is no Chromium, unless the browser is required. */
  static void chromiumHereOrRequired() {
    String path = System.getenv("PATH");
    if (!browserRequired(System.getenv())) {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          chromium(path).isPresent(),
          "Chromium is not installed: the HTML structure is checked by HtmlStructureTest;"
              + " TABLETOP_REQUIRE_BROWSER=1 makes this check required");
    }
  }

  @Test
  void theBrowserIsRequiredOnlyWhenAsked() {
    assertThat(browserRequired(java.util.Map.of("TABLETOP_REQUIRE_BROWSER", "1"))).isTrue();
    assertThat(browserRequired(java.util.Map.of())).isFalse();
    assertThat(browserRequired(java.util.Map.of("TABLETOP_REQUIRE_BROWSER", "0"))).isFalse();
  }

  private static final long TIMEOUT_SECONDS = 60;
  private static final Path SCREENSHOT = Path.of("target", "export", "after-action.png");
  private static final Path PAGE_COPY = Path.of("target", "export", "after-action.html");

  @TempDir Path dir;

  @Test
  void renderedDomHoldsTheChartsAndTheActors() throws Exception {
    Path page = page();

    Path dom = dir.resolve("dom.html");
    run(List.of("--dump-dom", page.toUri().toString()), dom);

    String rendered = Files.readString(dom, StandardCharsets.UTF_8);
    assertThat(rendered).contains("<svg").contains("chart-1-title").contains("<polyline");
    assertThat(rendered).contains(Fixture.ACTORS);
    assertThat(rendered).doesNotContain("<script>alert");
  }

  @Test
  void screenshotComesOut() throws Exception {
    Path page = page();
    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);
    Files.copy(page, PAGE_COPY, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    run(
        List.of(
            "--screenshot=" + SCREENSHOT.toAbsolutePath(),
            "--window-size=1280,2000",
            "--hide-scrollbars",
            page.toUri().toString()),
        dir.resolve("screenshot.log"));

    assertThat(SCREENSHOT).exists();
    assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000L);
  }

  private Path page() throws IOException {
    Path page = dir.resolve("after-action.html");
    Files.writeString(
        page, new Exporters().render(Fixture.afterAction(), "html"), StandardCharsets.UTF_8);
    return page;
  }

  private void run(List<String> args, Path output) throws Exception {
    chromiumHereOrRequired();
    String chromium = chromiumOrFail(System.getenv("PATH"));
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
      boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertThat(done).as("Chromium finished within %d s", TIMEOUT_SECONDS).isTrue();
      assertThat(p.exitValue())
          .as("Chromium exit code; stderr: %s", Files.readString(dir.resolve("chromium.err")))
          .isZero();
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  @Test
  void missingChromiumFailsWithTheInstallCommand() {
    assertThatThrownBy(() -> chromiumOrFail(dir.toString()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("apt-get update && apt-get install -y chromium");
  }

  /** The Chromium on the search path; a missing one fails the test rather than skipping it. */
  static String chromiumOrFail(String searchPath) {
    return chromium(searchPath)
        .orElseGet(
            () ->
                fail(
                    "Chromium is not installed, so the HTML report cannot be checked in a"
                        + " browser. Install it: apt-get update && apt-get install -y chromium"));
  }

  private static Optional<String> chromium(String searchPath) {
    if (searchPath == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String d : searchPath.split(File.pathSeparator)) {
        Path candidate = Path.of(d, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return Optional.empty();
  }
}
