package tabletop.scenarios.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks scenario files without running them, for {@code scenario validate}: every problem of every
 * file, each as {@code file:line:column: message}, most useful first. A folder stands for the
 * scenario files in it.
 *
 * <p>Given a {@link ScenarioLibrary}, files in the library folder must also hold the id of their
 * name (the library finds scenarios by file name); files elsewhere may hold any id. Without one,
 * the loader's own checks apply to every file.
 */
public final class ScenarioValidator {
  private final Function<Path, List<Problem>> check;

  /** A validator for files given by path: any id is accepted, whatever the file's name. */
  public ScenarioValidator() {
    this(new ScenarioLoader());
  }

  /** A validator that checks every file with {@code loader}. */
  public ScenarioValidator(ScenarioLoader loader) {
    this.check = loader::problems;
  }

  /**
   * A validator that knows the library: its files must hold the id of their name, other files may
   * hold any id.
   */
  public ScenarioValidator(ScenarioLibrary library) {
    this.check = library::problems;
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
          out.addAll(check.apply(f));
        }
      } else {
        out.addAll(check.apply(p));
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
