package tabletop.shell.workshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.io.ScenarioException;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * Where a loaded scenario's text comes from: the file the first time, the journalled text when a
 * session is replayed. A session's history must not change because a file was edited or the shell
 * was started in another folder.
 */
final class ScenarioSource {
  private ScenarioSource() {}

  /** The file a load names: a library file by id, else the path, if it exists. */
  static Optional<Path> file(ScenarioLibrary library, String idOrPath) {
    Optional<Path> byId = library.file(idOrPath);
    if (byId.isPresent() && !looksLikePath(idOrPath)) {
      return byId;
    }
    try {
      Path p = Path.of(idOrPath);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean looksLikePath(String s) {
    return s.contains("/") || s.endsWith(".yaml") || s.endsWith(".yml") || s.endsWith(".json");
  }

  /** The load with the text of its file, read now if it was not kept yet. */
  static Action.Load withContent(ScenarioLibrary library, Action.Load load) {
    if (load.content() != null) {
      return load;
    }
    Optional<Path> f = file(library, load.scenario());
    if (f.isEmpty()) {
      return load; // the library says what is wrong with the name
    }
    try {
      if (Files.size(f.get()) > ScenarioLoader.MAX_BYTES) {
        return load; // the loader says it is too large
      }
      return load.withContent(Files.readString(f.get(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return load; // the loader says why it cannot be read
    }
  }

  /** The scenario of a load: from its kept text when there is one, else from its file. */
  static Scenario parse(ScenarioLibrary library, Action.Load load) throws ScenarioException {
    if (load.content() == null) {
      return library.load(load.scenario());
    }
    Optional<Path> f = file(library, load.scenario());
    if (f.isPresent()) {
      return library.loaderFor(f.get()).parse(f.get().toString(), load.content());
    }
    String name = load.scenario();
    if (!looksLikePath(name)) {
      name = name + (load.content().stripLeading().startsWith("{") ? ".json" : ".yaml");
    }
    return new ScenarioLoader().parse(name, load.content());
  }

  /** The file of a load when it exists and no longer holds the text the load kept. */
  static Optional<Path> changedOnDisk(ScenarioLibrary library, Action.Load load) {
    if (load.content() == null) {
      return Optional.empty();
    }
    Optional<Path> f = file(library, load.scenario());
    if (f.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Files.readString(f.get(), StandardCharsets.UTF_8).equals(load.content())
          ? Optional.empty()
          : f;
    } catch (IOException | RuntimeException e) {
      return f;
    }
  }
}
