package tabletop.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import tabletop.engine.sim.Engine;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;
import tabletop.shell.workshop.EngineHolder;
import tabletop.shell.workshop.Workshop;

/** Shared test fixtures: the real library and knowledge base, built once per test JVM. */
public final class Fixtures {
  public static final Path LIBRARY = Path.of("../scenarios/library");
  public static final String SCENARIO = "coe-southeast-asia";
  public static final EngineHolder ENGINE = new EngineHolder(Engine::fromClasspath);

  private Fixtures() {}

  public static ScenarioLibrary library() {
    return new ScenarioLibrary(LIBRARY, new ScenarioLoader());
  }

  public static Workshop workshop() {
    return new Workshop(library(), ENGINE, SCENARIO, 0);
  }

  /**
   * A dumb terminal that reads nothing and writes to {@code out}: what a command printed. Built by
   * JLine's stream provider: the JNI one would put a pseudo terminal between the shell and {@code
   * out}, and what was written would reach {@code out} later, on another thread.
   */
  public static org.jline.terminal.Terminal capturedTerminal(java.io.OutputStream out)
      throws java.io.IOException {
    return org.jline.terminal.TerminalBuilder.builder()
        .provider("exec")
        .streams(new java.io.ByteArrayInputStream(new byte[0]), out)
        .dumb(true)
        .type("dumb")
        .encoding(java.nio.charset.StandardCharsets.UTF_8)
        .build();
  }

  public static ObjectMapper json() {
    return new TabletopConfiguration().tabletopJson();
  }

  public static Path resource(String name) {
    return Path.of("src/test/resources").resolve(name);
  }
}
