package tabletop.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import tabletop.shell.journal.Sessions;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/**
 * The built jar in child JVMs, as a user runs it: exit codes (0, 2 for bad input, 1 for anything
 * else, also inside a script), one line on stderr without colour, stdout for the output only,
 * {@code --help}, scripts and {@code backtest}; and a session's lock across processes. Every case
 * is started at once, up front, and the tests read their results: the JVMs start two at a time (one
 * per core), from the packaged jar extracted once (its classes then load from plain jars, about a
 * third cheaper than from the nested jar), with its ahead-of-time start-up code.
 */
class ProcessIT {
  record Result(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  /** What each side saw of the other's live session; see {@link #lockAcrossProcesses}. */
  record Locks(
      String shellSaw,
      String testSaw,
      long testPid,
      long shellPid,
      int shellExit,
      List<String> resumedAfterExit,
      String help) {}

  private static final Map<String, Future<Result>> RUNS = new LinkedHashMap<>();
  private static Future<Locks> locks;
  private static ExecutorService pool;
  private static Path dir;
  private static Path jar;

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

    jar = extract();

    // eight JVMs, two at a time (one per core): one per exit code and path, a backtest (in a pipe,
    // and on a terminal where script gives one), and a shell
    // that holds a session and lists the commands; the rest is tested in one JVM (CommandLine,
    // Scripts, ErrorResolver, TabletopShell, HelpFlagTest; a bad knob value is bad input in
    // CommandFixesTest, and bad input is exit code 2 in ErrorResolverTest)
    pool = Executors.newFixedThreadPool(2);
    locks = pool.submit(ProcessIT::lockAcrossProcesses);
    start("json", sessions, "run", "--seed", "3", "--format", "json");
    start("script", sessions, "@" + script); // the longest first: the pool ends sooner
    start("help bogus", sessions, "help", "--bogus");
    start("unwritable journal", noSessions, "note", "it's", "kept");
    start("unwritable journal in a script", noSessions, "@" + journalled);
    Path cases = Files.createDirectories(dir.resolve("cases"));
    String file = "nato-itpps-japan-korea-2023.yaml";
    Files.copy(Path.of("../scenarios/cases", file), cases.resolve(file));
    String[] backtest = {
      "backtest", "--cases", cases.toString(), "--trials", "200", "--format", "json"
    };
    start("backtest", sessions, backtest);
    if (scriptAvailable()) {
      RUNS.put("backtest on a terminal", pool.submit(() -> launchOnTerminal(sessions, backtest)));
    }
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static void start(String name, String sessions, String... args) {
    RUNS.put(name, pool.submit(() -> launch(sessions, args)));
  }

  /** The packaged jar, extracted as the launcher does it: the application jar and lib/. */
  private static Path extract() throws Exception {
    Path packaged = Path.of("target", "tabletop.jar");
    assertThat(packaged).as("the packaged jar").exists();
    Path to = dir.resolve("app");
    Process p =
        new ProcessBuilder(
                java(),
                "-Djarmode=tools",
                "-jar",
                packaged.toString(),
                "extract",
                "--destination",
                to.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("extraction finished").isTrue();
    assertThat(p.exitValue()).as("extraction").isZero();
    return to.resolve("tabletop.jar");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The command line of the shell, as the launcher starts it, with its sessions folder. */
  /**
   * The interactive shell of the lock check: as the launcher starts it, but its knowledge base is
   * not built in the background (the check never plays a turn, and the build would only take CPU
   * from the other JVMs).
   */
  private static List<String> lockShell(String sessions) {
    List<String> cmd = command(sessions);
    cmd.add(1, "-Dtabletop.warm-up-delay=600000");
    return cmd;
  }

  private static List<String> command(String sessions, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1",
            "-XX:+UseSerialGC",
            "-Dspring.aot.enabled=true",
            "-Dtabletop.library=../scenarios/library",
            "-Dtabletop.sessions=" + sessions,
            "-jar",
            jar.toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  static Result launch(String sessions, String... args) throws Exception {
    List<String> cmd = command(sessions, args);
    File out = File.createTempFile("tabletop", ".out");
    File err = File.createTempFile("tabletop", ".err");
    return run(new ProcessBuilder(cmd).redirectOutput(out).redirectError(err), out, err, args);
  }

  /** Runs a launch to its end (stdin empty, its own state folder): exit code, stdout, stderr. */
  private static Result run(ProcessBuilder pb, File out, File err, String... args)
      throws Exception {
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
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

  /**
   * The same on a terminal ({@code script} gives it a pseudo-terminal): standard error is the
   * terminal, standard output a file; {@code err} is what the terminal showed.
   */
  static Result launchOnTerminal(String sessions, String... args) throws Exception {
    StringBuilder line = new StringBuilder("exec");
    for (String a : command(sessions, args)) {
      line.append(" '").append(a.replace("'", "'\\''")).append('\'');
    }
    File out = File.createTempFile("tabletop", ".out");
    line.append(" > '").append(out).append("' < /dev/null");
    File shown = File.createTempFile("tabletop", ".tty");
    return run(
        new ProcessBuilder("script", "-qec", line.toString(), "/dev/null")
            .redirectOutput(shown)
            .redirectErrorStream(true),
        out,
        shown,
        args);
  }

  /** Whether {@code script} (util-linux) can give a command a pseudo-terminal here. */
  static boolean scriptAvailable() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "script"))) {
        return true;
      }
    }
    return false;
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

  /**
   * This JVM holds a session while an interactive shell runs in another process, then the shell
   * holds its own: each side refuses the other's live session and says which process holds it; once
   * the shell has left, its session resumes here with what it wrote.
   */
  static Locks lockAcrossProcesses() throws Exception {
    Path sessions = dir.resolve("live-sessions");
    ObjectMapper json = Fixtures.json();
    Workshop mine = Fixtures.workshop();
    Sessions here = new Sessions(sessions, json, Clock.systemUTC());
    here.start(mine);
    mine.apply(new Action.Note("held by the test"));
    String heldHere = here.currentId();

    Process shell =
        new ProcessBuilder(lockShell(sessions.toString())).redirectErrorStream(true).start();
    StringBuffer screen = new StringBuffer();
    Thread reader =
        new Thread(
            () -> {
              try (var in = new java.io.InputStreamReader(shell.getInputStream(), UTF_8)) {
                char[] buf = new char[4096];
                for (int n; (n = in.read(buf)) > 0; ) {
                  screen.append(buf, 0, n);
                }
              } catch (java.io.IOException e) {
                // the shell has gone
              }
            });
    reader.setDaemon(true);
    reader.start();
    try (var keys = new java.io.PrintStream(shell.getOutputStream(), true, UTF_8)) {
      keys.println("note held by the shell");
      keys.println("session resume " + heldHere);
      String shellSaw = awaitLine(screen, "is live in another shell");

      Path shellJournal = awaitFile(sessions, heldHere, "held by the shell");
      String heldThere = shellJournal.getFileName().toString().replace(Sessions.EXT, "");
      Workshop other = Fixtures.workshop();
      Sessions there = new Sessions(sessions, json, Clock.systemUTC());
      String testSaw;
      try {
        there.resume(heldThere, other);
        testSaw = "resumed a session live in the shell";
      } catch (BadInputException e) {
        testSaw = e.getMessage();
      }

      keys.println("help");
      String help = awaitLine(screen, "turn next");
      keys.println("exit");
      if (!shell.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the shell did not exit: " + screen);
      }
      there.resume(heldThere, other);
      List<String> resumed = other.timeline().stream().map(e -> e.text()).toList();
      there.close();
      here.close();
      other.close();
      mine.close();
      return new Locks(
          shellSaw,
          testSaw,
          ProcessHandle.current().pid(),
          shell.pid(),
          shell.exitValue(),
          resumed,
          help);
    } finally {
      shell.destroyForcibly();
    }
  }

  /** The first line of the screen that contains the text, once it appears. */
  private static String awaitLine(StringBuffer screen, String text) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      var line = screen.toString().lines().filter(l -> l.contains(text)).findFirst();
      if (line.isPresent()) {
        return line.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("'" + text + "' never appeared on the screen: " + screen);
  }

  /** The journal other than {@code except} that has the text, once it does. */
  private static Path awaitFile(Path sessions, String except, String text) throws Exception {
    for (int i = 0; i < 1200; i++) {
      try (var files = Files.list(sessions)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(Sessions.EXT)
              && !name.startsWith(except)
              && Files.readString(f, UTF_8).contains(text)) {
            return f;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no journal with '" + text + "' in " + sessions);
  }

  @Test
  void aLiveSessionIsRefusedInAnotherProcessWhichSaysWhereItIsLive() throws Exception {
    Locks l = locks.get(150, TimeUnit.SECONDS);
    // the shell refused this JVM's session and named this process; and stayed up
    assertThat(l.shellSaw()).contains("is live in another shell (process " + l.testPid() + " on ");
    // this JVM refused the shell's session and named the shell's process
    assertThat(l.testSaw())
        .contains("is live in another shell (process " + l.shellPid() + " on ")
        .contains("leave that shell with 'exit' first");
    // the shell left normally, and its session then resumed here with its note
    assertThat(l.shellExit()).isZero();
    assertThat(l.resumedAfterExit()).contains("held by the shell");
  }

  /**
   * {@code backtest} as one command: the JSON alone on stdout; the progress bar goes to stderr only
   * where a person watches it, never into a pipe or a log, as here.
   */
  @Test
  void backtestJsonGoesToStdoutAndNoProgressBarIntoAPipe() throws Exception {
    Result r = result("backtest");
    assertThat(r.code()).as(r.err()).isZero();
    var json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("caseCount").asInt()).isEqualTo(1);
    assertThat(json.path("trials").asInt()).isEqualTo(200);
    assertThat(r.err()).doesNotContain("\r").doesNotContain("1/1");
  }

  /** The same command on a terminal: the bar on standard error, the JSON still alone on stdout. */
  @Test
  void backtestShowsItsProgressOnATerminal() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        scriptAvailable(), "no 'script' to give the command a terminal");
    Result r = result("backtest on a terminal");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).path("caseCount").asInt()).isEqualTo(1);
    assertThat(r.err()).contains("backtest").contains("1/1");
  }

  /** {@code help} in the interactive shell lists the commands ({@code --help}: HelpFlagTest). */
  @Test
  void helpListsTheCommands() throws Exception {
    Locks l = locks.get(150, TimeUnit.SECONDS);
    assertThat(l.help()).contains("turn next");
  }
}
