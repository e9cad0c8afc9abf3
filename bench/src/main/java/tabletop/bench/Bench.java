package tabletop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * {@code bench/run}: runs the {@link Measurements}, prints one JSON object of figures on stdout,
 * and progress on stderr. Arguments: {@code --quick} (fewer repetitions, for a smoke test) and the
 * names of the measurements to run (all by default).
 */
public final class Bench {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;
  private final boolean quick;
  private Engine engine;

  Bench(Path root, boolean quick) {
    this.root = root;
    this.quick = quick;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    List<String> names = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--quick")) {
        quick = true;
      } else {
        names.add(a);
      }
    }
    List<Measurement> all = Measurements.all();
    List<String> known = all.stream().map(Measurement::name).toList();
    for (String n : names) {
      if (!known.contains(n)) {
        System.err.println(
            "bench: no measurement '" + n + "'; the measurements are: " + String.join(", ", known));
        System.exit(2);
      }
    }
    Bench bench =
        new Bench(Path.of(System.getProperty("tabletop.root", ".")).toAbsolutePath(), quick);
    Figures figures = new Figures();
    figures.put("scenario", Measurements.SCENARIO);
    figures.put("java", System.getProperty("java.version"));
    figures.put("cores", Runtime.getRuntime().availableProcessors());
    Map<String, String> errors = new LinkedHashMap<>();
    for (Measurement m : all) {
      if (!names.isEmpty() && !names.contains(m.name())) {
        continue;
      }
      progress(m.name() + "…");
      try {
        m.measure(bench, figures);
      } catch (Exception | Error e) {
        errors.put(m.name(), String.valueOf(e.getMessage() == null ? e : e.getMessage()));
        progress(m.name() + " failed: " + errors.get(m.name()));
      }
    }
    Map<String, Object> out = figures.asMap();
    if (!errors.isEmpty()) {
      out.put("errors", errors);
    }
    System.out.println(JSON.writeValueAsString(out));
    System.exit(errors.isEmpty() ? 0 : 1);
  }

  static void progress(String line) {
    System.err.println("bench: " + line);
  }

  /** The checkout's root. */
  Path root() {
    return root;
  }

  /** The repetitions to take: {@code n}, or fewer with {@code --quick}. */
  int reps(int n) {
    return quick ? Math.max(1, n / 5) : n;
  }

  /** The engine over the knowledge base, loaded once in this JVM. */
  Engine engine() {
    if (engine == null) {
      engine = Engine.fromClasspath();
    }
    return engine;
  }

  /** A scenario of the library, by id. */
  Scenario scenario(String id) throws Exception {
    return new ScenarioLoader().load(root.resolve("scenarios/library").resolve(id + ".yaml"));
  }

  /** The java executable this JVM runs on. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A finished process: exit code, stdout, and its wall time from start to exit. */
  record Ran(int code, String out, String err, double wallMs) {}

  /** Runs a command in the checkout's root and waits for it (at most ten minutes). */
  Ran run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    File out = File.createTempFile("bench", ".out");
    File err = File.createTempFile("bench", ".err");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(root.toFile())
              .redirectOutput(out)
              .redirectError(err)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().putAll(env);
      long t0 = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(
            label(command) + " did not finish within ten minutes; stopped");
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      return new Ran(
          p.exitValue(),
          Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8),
          ms);
    } finally {
      out.delete();
      err.delete();
    }
  }

  /**
   * Runs a {@link Child} task in a fresh JVM with these options and returns the figures it printed
   * (the last line of its stdout, a JSON object), with {@code wallMs}: start to exit.
   */
  Map<String, Object> child(List<String> jvmOptions, String... task) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Dtabletop.root=" + root);
    cmd.add(Child.class.getName());
    cmd.addAll(List.of(task));
    Ran r = run(cmd, Map.of());
    if (r.code() != 0) {
      throw new IllegalStateException(
          "child JVM "
              + String.join(" ", task)
              + " failed (exit "
              + r.code()
              + "): "
              + lastLine(r.err()));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> figures = JSON.readValue(lastLine(r.out()), LinkedHashMap.class);
    figures.put("wallMs", r.wallMs());
    return figures;
  }

  /** A command in a message: without a JVM's options and class path, which say nothing useful. */
  static String label(List<String> command) {
    int main = command.indexOf(Child.class.getName());
    List<String> shown = main >= 0 ? command.subList(main, command.size()) : command;
    return String.join(" ", shown);
  }

  static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
