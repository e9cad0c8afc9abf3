package tabletop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built jar in child JVMs, as a user runs it: exit codes (0, 2 for bad input, 1 for anything
 * else, also inside a script), one line on stderr without colour, stdout for the output only,
 * {@code --help} and scripts. Every case is started at once, up front, and the tests read their
 * results: the JVMs start in parallel, from the packaged jar with its ahead-of-time start-up code.
 */
class ProcessIT {
  record Result(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private static final Map<String, Future<Result>> RUNS = new LinkedHashMap<>();
  private static ExecutorService pool;
  private static Path dir;

  /** A script with a bad third command, and one whose command cannot be journalled. */
  @BeforeAll
  static void startEveryCase() throws Exception {
    dir = Files.createTempDirectory("tabletop-process");
    Path script = dir.resolve("workshop.txt");
    Files.writeString(
        script, "# a workshop\n\nturn next\nnote first impressions\nexplain chna\nturn next\n");
    Path journalled = dir.resolve("journalled.txt");
    Files.writeString(journalled, "note the host's envoy said \"maybe later\"\n");
    Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file where a folder must be");
    String sessions = dir.resolve("sessions").toString();
    String noSessions = blocked.resolve("sessions").toString();

    // seven JVMs: one per exit code and path; the rest is tested in one JVM (CommandLine,
    // Scripts, ErrorResolver, TabletopShell)
    pool = Executors.newFixedThreadPool(2);
    start("json", sessions, "run", "--seed", "3", "--format", "json");
    start("help bogus", sessions, "help", "--bogus");
    start("knob value", sessions, "run", "--knob", "military-component=tanks");
    start("help", sessions, "--help");
    start("script", sessions, "@" + script);
    start("unwritable journal", noSessions, "note", "it's", "kept");
    start("unwritable journal in a script", noSessions, "@" + journalled);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static void start(String name, String sessions, String... args) {
    RUNS.put(name, pool.submit(() -> launch(sessions, args)));
  }

  static Result launch(String sessions, String... args) throws Exception {
    Path jar = Path.of("target", "tabletop.jar");
    assertThat(jar).as("the packaged jar").exists();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            "-Dspring.aot.enabled=true",
            "-Dtabletop.library=../scenarios/library",
            "-Dtabletop.sessions=" + sessions,
            "-jar",
            jar.toString()));
    cmd.addAll(List.of(args));
    File out = File.createTempFile("tabletop", ".out");
    File err = File.createTempFile("tabletop", ".err");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectOutput(out)
            .redirectError(err)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("tabletop " + String.join(" ", args) + " did not finish");
    }
    return new Result(
        p.exitValue(),
        Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  private static Result result(String name) throws Exception {
    return RUNS.get(name).get(150, TimeUnit.SECONDS);
  }

  /** Exit code, and one plain line on stderr and nothing on stdout. */
  private static void refused(String name, int code, String shown) throws Exception {
    Result r = result(name);
    assertThat(r.code()).as(name + ": " + r.all()).isEqualTo(code);
    assertThat(r.out()).as(name).isEmpty();
    assertThat(r.err()).as(name).contains(shown).doesNotContain("\u001B").doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).as(name).hasSize(1);
  }

  @Test
  void outputGoesToStdoutAndNothingElse() throws Exception {
    Result json = result("json");
    assertThat(json.code()).as(json.all()).isZero();
    assertThat(json.err()).isEmpty();
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out())
                .get("seed")
                .asLong())
        .isEqualTo(3);
  }

  @Test
  void badInputIsExitCodeTwoAndOneLineOnStderr() throws Exception {
    refused("knob value", 2, "takes one of none, training, standing-presence");
    refused("help bogus", 2, "unknown option '--bogus'; usage: help");
  }

  @Test
  void aFaultOfTheMachineIsExitCodeOneAlsoInAScript() throws Exception {
    refused("unwritable journal", 1, "could not be written");
    refused("unwritable journal in a script", 1, "journalled.txt:1: the session journal ");
  }

  @Test
  void scriptsNameTheFailingLine() throws Exception {
    Result r = result("script");
    assertThat(r.code()).as(r.all()).isEqualTo(2);
    assertThat(r.err()).startsWith("workshop.txt:5: unknown actor 'chna'");
    assertThat(r.out()).contains("Turn 1");
  }

  @Test
  void helpListsTheCommands() throws Exception {
    Result help = result("help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("explain").contains("turn next");
  }
}
