package tabletop.shell.command.completion;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.scenarios.io.ScenarioLibrary;

/**
 * Scenario ids from the library, and, once something is typed, the folders and scenario files
 * (.yaml, .yml, .json) it begins, relative to the folder the shell was started in: a folder
 * completes with its slash and no space, so Tab goes on into it.
 */
@Component("scenarioIds")
public class ScenarioIds implements CompletionProvider {
  private final ScenarioLibrary library;

  public ScenarioIds(ScenarioLibrary library) {
    this.library = library;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    List<CompletionProposal> out = new ArrayList<>();
    try {
      out.addAll(Proposals.of(context, library.ids()));
    } catch (RuntimeException e) {
      // completion never fails a workshop: paths may still be offered
    }
    String typed = context.currentWordUpToCursor();
    if (typed != null && !typed.isEmpty()) {
      out.addAll(paths(Path.of(""), typed));
    }
    return out;
  }

  /** The folders and scenario files under {@code base} whose path begins with {@code typed}. */
  static List<CompletionProposal> paths(Path base, String typed) {
    int slash = typed.lastIndexOf('/');
    String folder = slash < 0 ? "" : typed.substring(0, slash + 1);
    String start = typed.substring(slash + 1);
    Path dir;
    try {
      dir = base.resolve(folder.isEmpty() ? "." : folder);
    } catch (RuntimeException e) {
      return List.of(); // not a path on this machine
    }
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<CompletionProposal> out = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (!name.startsWith(start) || (name.startsWith(".") && !start.startsWith("."))) {
          continue;
        }
        if (Files.isDirectory(p)) {
          out.add(new CompletionProposal(folder + name + "/").dontQuote(true).complete(false));
        } else if (isScenarioFile(name)) {
          out.add(new CompletionProposal(folder + name).dontQuote(true));
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of(); // an unreadable folder offers nothing
    }
    out.sort(java.util.Comparator.comparing(CompletionProposal::value));
    return out;
  }

  private static boolean isScenarioFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }
}
