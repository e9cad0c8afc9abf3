package tabletop.scenarios.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks scenario files without running them, for {@code scenario validate}: every problem of every
 * file, each as {@code file:line:column: message}. A folder stands for the scenario files in it.
 */
public final class ScenarioValidator {
  private final ScenarioLoader loader;

  public ScenarioValidator() {
    this(new ScenarioLoader());
  }

  public ScenarioValidator(ScenarioLoader loader) {
    this.loader = loader;
  }

  /**
   * Every problem of the given files (and of the scenario files in given folders); empty if all
   * load.
   */
  public List<Problem> validate(Path... paths) {
    return validate(List.of(paths));
  }

  /**
   * Every problem of the given files (and of the scenario files in given folders); empty if all
   * load.
   */
  public List<Problem> validate(List<Path> paths) {
    List<Problem> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        for (Path f : scenarioFiles(p, out)) {
          out.addAll(loader.problems(f));
        }
      } else {
        out.addAll(loader.problems(p));
      }
    }
    return out;
  }

  private static List<Path> scenarioFiles(Path dir, List<Problem> out) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      out.add(
          new Problem(
              dir.toString(), 0, 0, "cannot list the folder (" + e.getMessage() + "); check it"));
      return List.of();
    }
  }
}
