package tabletop.shell;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where tabletop keeps its state (sessions and command history): {@code $XDG_STATE_HOME/tabletop}
 * when that is set, else {@code $HOME/.tabletop}, with {@code $HOME} as the shell that started
 * tabletop sees it (Java's own {@code user.home} comes from the password file and ignores it).
 * Exposed as the property {@code tabletop.state}; {@code tabletop.sessions} (or {@code
 * TABLETOP_SESSIONS}) still moves the sessions alone.
 */
public class StateDirectory implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    if (env.getProperty("tabletop.state") != null) {
      return;
    }
    Path dir = of(System.getenv(), System.getProperty("user.home"));
    env.getPropertySources()
        .addLast(new MapPropertySource("tabletopState", Map.of("tabletop.state", dir.toString())));
  }

  /** The state folder for an environment. */
  static Path of(Map<String, String> env, String userHome) {
    String xdg = env.get("XDG_STATE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "tabletop");
    }
    String home = env.get("HOME");
    if (home == null || home.isBlank() || !Path.of(home).isAbsolute()) {
      home = userHome;
    }
    return Path.of(home, ".tabletop");
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
