package tabletop.shell.support;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.Input;
import org.springframework.shell.Shell;

/**
 * Runs a script: one command a line, read exactly as typed at the prompt; blank lines and lines
 * starting with {@code #} are skipped. The whole file is read first, so a mistyped line stops it
 * before anything runs; a command that fails stops it at that line. Every message names the file
 * and the line ({@code workshop.txt:7: …}). Scripts may run scripts, {@value #MAX_DEPTH} deep at
 * most: a script that runs itself is stopped with a message, not a crash.
 */
public final class Scripts {
  /** How deep scripts may run scripts. */
  public static final int MAX_DEPTH = 8;

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private Scripts() {}

  /** Whether a script is running on this thread: nobody is at the keyboard to answer. */
  public static boolean running() {
    return DEPTH.get() > 0;
  }

  /** A line of a script: its number and its text. */
  public record Line(int number, String text) {}

  /** The commands of a script file; {@link BadInputException} names the file and line. */
  public static List<Line> read(Path file, CommandLine commandLine) {
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no script file " + file);
    } catch (CharacterCodingException e) {
      throw new BadInputException("the script " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new BadInputException("cannot read the script " + file + ": " + e.getMessage());
    }
    String name = name(file);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String t = text.get(i);
      if (i == 0 && t.startsWith("\uFEFF")) {
        t = t.substring(1);
      }
      String s = t.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      try {
        commandLine.parseLine(t);
      } catch (BadInputException e) {
        throw new BadInputException(name + ":" + (i + 1) + ": " + e.getMessage());
      }
      lines.add(new Line(i + 1, t));
    }
    return lines;
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  /**
   * Runs a script through the shell. Returns the number of commands run; throws {@link
   * AlreadyReported}, with the failed line's exit code, when a line failed (its message is out
   * already).
   */
  public static int run(Path file, Shell shell, CommandLine commandLine) throws Exception {
    int depth = DEPTH.get();
    if (depth >= MAX_DEPTH) {
      throw new BadInputException(
          "scripts run scripts "
              + MAX_DEPTH
              + " deep here; stopped at "
              + name(file)
              + " (does a script run itself?)");
    }
    ScriptLocation.Saved outer = ScriptLocation.save();
    ScriptLocation.clear();
    DEPTH.set(depth + 1);
    try {
      List<Line> lines = read(file, commandLine);
      String name = name(file);
      int[] next = {0};
      try {
        shell.run(
            () -> {
              if (ScriptLocation.hasFailed() || next[0] >= lines.size()) {
                return null;
              }
              Line l = lines.get(next[0]++);
              ScriptLocation.at(name, l.number());
              return line(l.text());
            });
      } catch (AlreadyReported e) {
        // the line said what went wrong; the code is kept below
      }
      if (ScriptLocation.hasFailed()) {
        throw new AlreadyReported(
            name + ": stopped at line " + lines.get(next[0] - 1).number(),
            ScriptLocation.failure());
      }
      return next[0];
    } finally {
      DEPTH.set(depth);
      ScriptLocation.restore(outer);
    }
  }

  /** A line as Spring Shell's input: the text as typed. */
  static Input line(String text) {
    return new Input() {
      @Override
      public String rawText() {
        return text;
      }

      @Override
      public List<String> words() {
        return List.of(text);
      }
    };
  }
}
