package tabletop.shell.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Action;

/**
 * A session journal: one JSON line per action, appended, flushed and forced to disk before the
 * command returns, so a crash loses at most the command in flight. The file is created on the first
 * append, starting with the actions that set the workshop up.
 */
public final class Journal implements AutoCloseable {
  private final Path file;
  private final ObjectMapper json;
  private final Clock clock;
  private final java.util.function.Supplier<List<Action>> preamble;
  private FileChannel channel;
  private int seq;

  private Journal(
      Path file,
      ObjectMapper json,
      Clock clock,
      java.util.function.Supplier<List<Action>> preamble,
      int seq) {
    this.file = file;
    this.json = json;
    this.clock = clock;
    this.preamble = preamble;
    this.seq = seq;
  }

  /** A new journal; nothing is written until the first action. */
  public static Journal create(Path file, ObjectMapper json, Clock clock, List<Action> preamble) {
    List<Action> fixed = List.copyOf(preamble);
    return new Journal(file, json, clock, () -> fixed, 0);
  }

  /**
   * A new journal whose opening entries are asked for when the first action is written (the
   * workshop's starting state, with the scenario text it read by then).
   */
  public static Journal create(
      Path file,
      ObjectMapper json,
      Clock clock,
      java.util.function.Supplier<List<Action>> preamble) {
    return new Journal(file, json, clock, preamble, 0);
  }

  /** Continues an existing journal after its last good entry. */
  public static Journal resume(Path file, ObjectMapper json, Clock clock, int lastSeq) {
    return new Journal(file, json, clock, List::of, lastSeq);
  }

  public Path file() {
    return file;
  }

  /**
   * Appends an action and forces it to disk. When that fails, the file is cut back to what it held
   * before, and {@link WriteFailed} says why: the caller keeps its state as it was.
   */
  public synchronized void append(Action action) {
    int seqBefore = seq;
    long sizeBefore = -1;
    try {
      if (channel == null) {
        Files.createDirectories(file.getParent());
        channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        sizeBefore = channel.size();
        if (sizeBefore == 0) {
          for (Action a : preamble.get()) {
            write(a);
          }
        }
      } else {
        sizeBefore = channel.size();
      }
      write(action);
      channel.force(false);
    } catch (IOException | RuntimeException e) {
      seq = seqBefore;
      cutBack(sizeBefore);
      throw new WriteFailed(file, e);
    }
  }

  /** Takes a half-written entry off again, and closes the file: the next append reopens it. */
  private void cutBack(long size) {
    if (channel == null) {
      return;
    }
    try {
      if (size >= 0 && channel.size() > size) {
        channel.truncate(size);
      }
    } catch (IOException e) {
      // reading the journal drops a torn last line
    }
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to do
    }
    channel = null;
  }

  /** The journal could not be written; the action was not recorded. */
  public static final class WriteFailed extends tabletop.shell.support.EnvironmentException {
    WriteFailed(Path file, Exception cause) {
      super(
          "the session journal "
              + file
              + " could not be written ("
              + describe(cause)
              + "), so the command was not applied and the workshop is as it was before it: free"
              + " some disk space or make the folder writable, then type the command again",
          cause);
    }

    private static String describe(Exception e) {
      String m = e.getMessage();
      String kind = e.getClass().getSimpleName();
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied: " + m;
      }
      if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
        return f.getReason() + ": " + f.getFile();
      }
      return m == null ? kind : m;
    }
  }

  private void write(Action action) throws IOException {
    String line;
    try {
      line = json.writeValueAsString(new JournalEntry(++seq, clock.instant().toString(), action));
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      channel.write(buf);
    }
  }

  /** What a journal file holds, and whether its last line was torn (and dropped). */
  public record Contents(List<JournalEntry> entries, boolean tornTail, long goodLength) {
    /** The actions to replay (without the clean-exit marker). */
    public List<Action> actions() {
      return entries.stream()
          .map(JournalEntry::action)
          .filter(a -> !(a instanceof Action.Closed))
          .toList();
    }

    /** True when the journal ends with the clean-exit marker. */
    public boolean closedCleanly() {
      return !entries.isEmpty()
          && entries.get(entries.size() - 1).action() instanceof Action.Closed;
    }

    public int lastSeq() {
      return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq();
    }
  }

  /**
   * Reads a journal. A last line without its newline, or one that is not valid JSON, is a write a
   * crash cut short: it is dropped and reported. A bad line before the last is a damaged file.
   */
  public static Contents read(Path file, ObjectMapper json) {
    return read(file, json, false);
  }

  /**
   * Reads a journal; with {@code upToGood}, a damaged line before the last ends the reading there
   * instead of refusing the file: the entries before it are returned as if the rest were torn off.
   */
  public static Contents read(Path file, ObjectMapper json, boolean upToGood) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(
          "cannot read the session journal " + file + ": " + e.getMessage());
    }
    List<JournalEntry> entries = new ArrayList<>();
    int start = 0;
    int lineNo = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNo++;
      boolean complete = end < bytes.length;
      String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (!text.isBlank()) {
        try {
          entries.add(json.readValue(text, JournalEntry.class));
        } catch (IOException e) {
          if (!complete || isLastLine(bytes, end) || upToGood) {
            return new Contents(entries, true, start);
          }
          throw new DamagedException(
              file + ":" + lineNo + ": this journal entry is damaged and cannot be replayed",
              lineNo);
        }
      }
      if (!complete) {
        // valid JSON but no newline: the write may not have been forced; keep it, mend the line
        return new Contents(entries, false, -1);
      }
      start = end + 1;
    }
    return new Contents(entries, false, bytes.length);
  }

  private static boolean isLastLine(byte[] bytes, int newlineAt) {
    for (int i = newlineAt + 1; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /** A damaged line before the last: the journal cannot be replayed as it is. */
  public static final class DamagedException extends BadInputException {
    private final int line;

    DamagedException(String message, int line) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /** True while something was appended through this journal (its file is open). */
  public synchronized boolean written() {
    return channel != null;
  }

  /** Cuts a torn tail off, or ends an unterminated last line, so appends start on a fresh line. */
  public static void mend(Path file, Contents contents) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      if (contents.goodLength() >= 0) {
        ch.truncate(contents.goodLength());
      } else {
        ch.position(ch.size());
        ch.write(ByteBuffer.wrap("\n".getBytes(StandardCharsets.UTF_8)));
      }
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot repair the session journal " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // closing after force(): nothing is lost
      }
      channel = null;
    }
  }
}
