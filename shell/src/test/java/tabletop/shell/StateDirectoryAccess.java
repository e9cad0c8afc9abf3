package tabletop.shell;

import java.nio.file.Path;
import java.util.Map;

/** Opens {@link StateDirectory#of} to tests in other packages. */
public final class StateDirectoryAccess {
  private StateDirectoryAccess() {}

  public static Path of(Map<String, String> env, String userHome) {
    return StateDirectory.of(env, userHome);
  }
}
