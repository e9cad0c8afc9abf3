package tabletop.scenarios.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tabletop.engine.scenario.Scenario;

/**
 * The scenario library: a folder of scenario files, one scenario per file, named after its id
 * ({@code coe-southeast-asia.yaml}). Listed lazily, never at start-up.
 *
 * <p>The library finds a scenario by its file name, so a file in the library folder must hold the
 * id of its name; the library checks this ({@link ScenarioLoader#forLibraryFiles()}) whenever it
 * loads or checks one of its files. A file elsewhere, given by path, may carry any id: authors copy
 * a library file and rename it.
 */
public final class ScenarioLibrary {
  private final Path dir;
  private final ScenarioLoader loader;
  private final ScenarioLoader libraryLoader;

  /**
   * A library in {@code dir}; {@code loader} reads files given by path outside it, and the same
   * loader with the file-name rule reads the library's own files.
   */
  public ScenarioLibrary(Path dir, ScenarioLoader loader) {
    this.dir = dir;
    this.loader = loader;
    this.libraryLoader = loader.forLibraryFiles();
  }

  public Path dir() {
    return dir;
  }

  /** The ids of the scenarios in the library, sorted. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return ids;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))
          .map(n -> n.substring(0, n.lastIndexOf('.')))
          .sorted()
          .forEach(ids::add);
    } catch (IOException e) {
      return ids;
    }
    return ids;
  }

  /** The file of a library scenario, if there is one. */
  public Optional<Path> file(String id) {
    for (String ext : List.of(".yaml", ".yml", ".json")) {
      Path p = dir.resolve(id + ext);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code file} lies directly in the library folder, and so must be named after its id.
   */
  public boolean contains(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent != null && parent.equals(dir.toAbsolutePath().normalize());
  }

  /**
   * The loader for {@code file}: with the rule that the id equals the file name for a file of the
   * library folder, without it for any other file.
   */
  public ScenarioLoader loaderFor(Path file) {
    return contains(file) ? libraryLoader : loader;
  }

  /**
   * Every problem of a scenario file, as {@link ScenarioLoader#problems(Path)}, with the library's
   * file-name rule for the library's own files. Never throws.
   */
  public List<Problem> problems(Path file) {
    return loaderFor(file).problems(file);
  }

  /**
   * Checks a scenario file, or every scenario file under a folder and its subfolders, with the
   * library's file-name rule for its own files: what {@code scenario validate} reports. Never
   * throws; a folder without scenario files is reported ({@link
   * ScenarioValidator.Result#noScenarioFiles()}).
   */
  public ScenarioValidator.Result check(Path fileOrFolder) {
    return new ScenarioValidator(this).check(fileOrFolder);
  }

  /**
   * Loads a scenario by library id or by path. An argument that names an existing file, or looks
   * like a path, is a path; anything else is an id. A library file must hold the id of its name; a
   * file elsewhere may hold any id.
   */
  public Scenario load(String idOrPath) throws ScenarioException {
    Optional<Path> byId = file(idOrPath);
    if (byId.isPresent() && !looksLikePath(idOrPath)) {
      return libraryLoader.load(byId.get());
    }
    Path p = Path.of(idOrPath);
    if (looksLikePath(idOrPath) || Files.isRegularFile(p)) {
      return loaderFor(p).load(p);
    }
    throw new ScenarioException(
        new Problem(
            idOrPath,
            0,
            0,
            "no scenario with this id"
                + tabletop.engine.scenario.Suggest.didYouMean(idOrPath, ids())
                + "; 'scenario list' shows the library ("
                + String.join(", ", ids())
                + "), or give a path to a .yaml file"));
  }

  private static boolean looksLikePath(String s) {
    return s.contains("/") || s.endsWith(".yaml") || s.endsWith(".yml") || s.endsWith(".json");
  }
}
