package tabletop.shell.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.Shell;

/**
 * Runs a script: one command a line; blank lines and lines starting with {@code #} are skipped. The
 * whole file is read first, so a mistyped line stops it before anything runs; a command that fails
 * stops it at that line. Every message names the file and the line ({@code workshop.txt:7: …}).
 */
public final class Scripts {
  private Scripts() {}

  /** A line of a script, read into the words to evaluate. */
  public record Line(int number, List<String> words) {}

  /** The commands of a script file; {@link BadInputException} names the file and line. */
  public static List<Line> read(Path file, CommandInput input) {
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no script file " + file);
    } catch (IOException e) {
      throw new BadInputException("cannot read the script " + file + ": " + e.getMessage());
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String t = text.get(i).strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      try {
        lines.add(new Line(i + 1, input.rewrite(CommandInput.words(t))));
      } catch (BadInputException e) {
        throw new BadInputException(name + ":" + (i + 1) + ": " + e.getMessage());
      }
    }
    return lines;
  }

  /**
   * Runs a script through the shell. Returns the number of commands run; throws {@link
   * AlreadyReported} when a line failed (its message is out already).
   */
  public static int run(Path file, Shell shell, CommandInput input) throws Exception {
    List<Line> lines = read(file, input);
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int[] next = {0};
    ScriptLocation.clear();
    try {
      runLines(shell, lines, next, name);
      if (ScriptLocation.hasFailed()) {
        throw new AlreadyReported(name + ": stopped at line " + lines.get(next[0] - 1).number());
      }
      return next[0];
    } catch (AlreadyReported e) {
      throw e;
    } catch (Exception e) {
      if (ScriptLocation.hasFailed()) {
        // non-interactively Spring Shell ends the run with an exit-code exception: said already
        throw new AlreadyReported(name + ": stopped at line " + lines.get(next[0] - 1).number());
      }
      throw e;
    } finally {
      ScriptLocation.clear();
    }
  }

  private static void runLines(Shell shell, List<Line> lines, int[] next, String name)
      throws Exception {
    {
      shell.run(
          () -> {
            if (ScriptLocation.hasFailed() || next[0] >= lines.size()) {
              return null;
            }
            Line l = lines.get(next[0]++);
            ScriptLocation.at(name, l.number());
            return CommandInput.input(l.words());
          });
    }
  }
}
