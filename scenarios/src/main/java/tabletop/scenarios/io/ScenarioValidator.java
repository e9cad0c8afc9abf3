package tabletop.scenarios.io;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * scenario files in it and in its subfolders; a folder without any is a problem ({@code no scenario
 * files found in DIR}), so that a mistyped folder is not reported valid.
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
   * Every problem of the given files (and of the scenario files in given folders and their
   * subfolders); empty if all load. A folder with no scenario file in it is a problem.
   */
  public List<Problem> validate(Path... paths) {
    return validate(List.of(paths));
  }

  /**
   * Every problem of the given files (and of the scenario files in given folders and their
   * subfolders); empty if all load. A folder with no scenario file in it is a problem.
   */
  public List<Problem> validate(List<Path> paths) {
    List<Problem> out = new ArrayList<>();
    for (Path p : paths) {
      out.addAll(check(p).problems());
    }
    return out;
  }

  /**
   * What checking one argument of {@code scenario validate} found: the scenario files it stands for
   * (itself, or those under a folder), and every problem of them, in file order.
   *
   * @param path the file or folder given
   * @param files the scenario files checked; empty for a folder without any
   * @param problems every problem, each located; empty when all files load
   */
  public record Result(Path path, List<Path> files, List<Problem> problems) {
    public Result {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }

    /** Whether every file checked loads, and there was at least one. */
    public boolean valid() {
      return problems.isEmpty();
    }

    /**
     * Whether {@code path} is a folder that holds no scenario file, in it or in its subfolders (a
     * usage error: the command was given nothing to check).
     */
    public boolean noScenarioFiles() {
      return files.isEmpty() && Files.isDirectory(path);
    }
  }

  /**
   * Checks one file, or every scenario file under a folder (subfolders included). Never throws. A
   * folder without scenario files gives the problem {@code no scenario files found in DIR}.
   */
  public Result check(Path path) {
    if (!Files.isDirectory(path)) {
      return new Result(path, List.of(path), check.apply(path));
    }
    List<Problem> problems = new ArrayList<>();
    List<Path> files;
    try {
      files = scenarioFiles(path);
    } catch (IOException | UncheckedIOException e) {
      problems.add(
          new Problem(
              path.toString(),
              0,
              0,
              "cannot list the folder ("
                  + LocatedTree.plain(e.getMessage())
                  + "); check that it exists and may be read"));
      return new Result(path, List.of(), problems);
    }
    if (files.isEmpty()) {
      problems.add(
          new Problem(
              path.toString(),
              0,
              0,
              "no scenario files found in "
                  + path
                  + " or its subfolders (scenario files end in .yaml, .yml or .json);"
                  + " give a scenario file, or a folder that holds some"));
    }
    for (Path f : files) {
      problems.addAll(check.apply(f));
    }
    return new Result(path, files, problems);
  }

  /** How deep {@link #scenarioFiles} looks under a folder. */
  static final int MAX_FOLDER_DEPTH = 16;

  /**
   * The scenario files ({@code .yaml}, {@code .yml}, {@code .json}) in a folder and its subfolders,
   * sorted by path; hidden files and folders (names starting with '.') are left out, and links to
   * folders are not followed, so a link cannot make the walk go round in a circle.
   */
  public static List<Path> scenarioFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir, MAX_FOLDER_DEPTH)) {
      return files
          .filter(f -> !hidden(dir, f))
          .filter(Files::isRegularFile)
          .filter(ScenarioValidator::isScenarioFile)
          .sorted()
          .toList();
    }
  }

  /** Whether a file's name ends as a scenario file's does: .yaml, .yml or .json. */
  public static boolean isScenarioFile(Path f) {
    Path name = f.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  private static boolean hidden(Path dir, Path f) {
    for (Path part : dir.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
