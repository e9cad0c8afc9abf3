package tabletop.shell.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes a file the user named ({@code report --out}, {@code scenario export-msel --out}) so that
 * nothing is lost: an existing file is replaced only with {@code --force}; the text goes to a
 * temporary file beside it, forced to disk and renamed over the target in one step, so a crash
 * leaves the old file or the new one, never half of either; a session journal is never a target;
 * the name must end as its format does; a folder that does not exist is an error, not created.
 */
public final class SafeWrite {
  private SafeWrite() {}

  /** A format and the file name endings it is written under. */
  public record Format(String name, String what, List<String> endings) {
    public String preferred() {
      return endings.get(0);
    }
  }

  public static final Format MARKDOWN = new Format("md", "Markdown", List.of(".md", ".markdown"));
  public static final Format HTML = new Format("html", "HTML", List.of(".html", ".htm"));
  public static final Format JSON = new Format("json", "JSON", List.of(".json"));
  public static final Format CSV = new Format("csv", "CSV", List.of(".csv"));
  public static final Format YAML = new Format("yaml", "YAML", List.of(".yaml", ".yml"));

  public static Format format(String name) {
    return switch (name) {
      case "md" -> MARKDOWN;
      case "html" -> HTML;
      case "json" -> JSON;
      case "csv" -> CSV;
      case "yaml" -> YAML;
      default -> throw new IllegalArgumentException("no format " + name);
    };
  }

  /**
   * Checks that {@code out} may be written in {@code format}; throws {@link BadInputException}
   * saying what to write instead. {@code sessions} is the sessions folder, never written into.
   */
  public static Path check(String out, Format format, boolean force, Path sessions, String option) {
    if (out == null || out.isBlank()) {
      throw new BadInputException(
          option + " needs a file name, like after-action" + format.preferred());
    }
    Path target = Path.of(out);
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || isUnder(target, sessions)) {
      throw new BadInputException(
          out
              + " is where session journals live; tabletop never writes over a journal: choose"
              + " another file, like after-action"
              + format.preferred());
    }
    if (format.endings().stream().noneMatch(lower::endsWith)) {
      String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      Path suggested = target.resolveSibling(stem + format.preferred());
      throw new BadInputException(
          out
              + " does not end in "
              + String.join(" or ", format.endings())
              + " as "
              + format.what()
              + " does: write "
              + option
              + " "
              + suggested
              + (option.equals("--out") && format != YAML
                  ? ", or give the --format that " + name + " asks for"
                  : ""));
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInputException(
          "the folder "
              + parent
              + " does not exist; create it first (mkdir -p "
              + parent
              + "), or write somewhere else");
    }
    if (Files.isDirectory(target)) {
      throw new BadInputException(
          out
              + " is a folder; give a file name, like "
              + target.resolve("after-action" + format.preferred()));
    }
    if (Files.exists(target) && !force) {
      throw new BadInputException(
          out + " exists; add --force to replace it, or choose another name");
    }
    return target;
  }

  private static boolean isUnder(Path target, Path dir) {
    if (dir == null) {
      return false;
    }
    try {
      Path d = dir.toAbsolutePath().normalize();
      Path t = target.toAbsolutePath().normalize();
      if (Files.exists(d)) {
        d = d.toRealPath();
      }
      Path parent = t.getParent();
      if (parent != null && Files.exists(parent)) {
        t = parent.toRealPath().resolve(t.getFileName());
      }
      return t.startsWith(d);
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes the text: temporary file, forced, renamed over the target. */
  public static void write(Path target, String text, boolean force) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      if (!force && Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (FileAlreadyExistsException e) {
      throw new BadInputException(
          target + " exists; add --force to replace it, or choose another name");
    } catch (IOException e) {
      throw new BadInputException(
          target + ": cannot write the file (" + e.getMessage() + "); nothing was changed there");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // a stray temporary file is harmless
        }
      }
    }
  }
}
