package tabletop.shell.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/**
 * The sessions folder: one journal per shell start, named by its scenario, the time and a short
 * random part ({@code coe-southeast-asia-20261127-193801-4f2a.jsonl}), listed and resumed by id. A
 * live session holds an exclusive lock ({@code ID.lock}, with the process that holds it), so a
 * second shell can neither resume nor append to it. The shell's clock and randomness name sessions;
 * the engine never sees them.
 */
public final class Sessions {
  public static final String EXT = ".jsonl";
  public static final String LOCK = ".lock";
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
  private final java.security.SecureRandom random = new java.security.SecureRandom();
  private Held held;

  /** The lock of the live session: its file, channel and lock. */
  private record Held(
      Path file, java.nio.channels.FileChannel channel, java.nio.channels.FileLock lock) {
    void release() {
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        // the lock goes with the process anyway
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a stale lock file is not held: harmless
      }
    }
  }

  private final Path dir;
  private final ObjectMapper json;
  private final Clock clock;
  private String currentId;
  private Journal journal;
  private boolean resumed;

  public Sessions(Path dir, ObjectMapper json, Clock clock) {
    this.dir = dir;
    this.json = json;
    this.clock = clock;
  }

  public Path dir() {
    return dir;
  }

  /** Starts a new session for a workshop: every action it applies goes to the journal. */
  public synchronized void start(Workshop workshop) {
    String scenario = workshop.scenarioLabel().replaceAll("[^A-Za-z0-9_-]", "-");
    if (scenario.isEmpty()) {
      scenario = "session";
    }
    if (scenario.length() > 40) {
      scenario = scenario.substring(0, 40);
    }
    String time = ID_TIME.format(clock.instant().atZone(ZoneId.systemDefault()));
    String id = null;
    Held lock = null;
    for (int attempt = 0; attempt < 50 && lock == null; attempt++) {
      id = scenario + "-" + time + "-" + String.format("%04x", random.nextInt(0x10000));
      if (!Files.exists(file(id))) {
        lock = reserve(id);
      }
    }
    switchTo(id, Journal.create(file(id), json, clock, workshop::preamble), workshop, lock);
  }

  /** Creates the lock file of a new id atomically and holds it; null if the id is taken. */
  private Held reserve(String id) {
    try {
      Files.createDirectories(dir);
      Files.createFile(lockFile(id));
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return null;
    } catch (IOException e) {
      return null; // the folder cannot be written: the first journal write says so
    }
    return hold(id);
  }

  /** Holds the lock of a session, or null when another shell holds it. */
  private Held hold(String id) {
    Path f = lockFile(id);
    java.nio.channels.FileChannel ch = null;
    try {
      ch =
          java.nio.channels.FileChannel.open(
              f, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
      java.nio.channels.FileLock l = ch.tryLock();
      if (l == null) {
        ch.close();
        return null;
      }
      ch.truncate(0);
      ch.write(
          java.nio.ByteBuffer.wrap(
              (ProcessHandle.current().pid() + " " + hostName() + " " + clock.instant() + "\n")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      ch.force(false);
      return new Held(f, ch, l);
    } catch (java.nio.channels.OverlappingFileLockException e) {
      closeQuietly(ch);
      return null; // held in this very process
    } catch (IOException e) {
      closeQuietly(ch);
      return null;
    }
  }

  private static void closeQuietly(java.nio.channels.FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        // nothing to do
      }
    }
  }

  private static String hostName() {
    String h = System.getenv("HOSTNAME");
    if (h == null || h.isBlank()) {
      try {
        h = java.net.InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        h = "this machine";
      }
    }
    return h;
  }

  public Path lockFile(String id) {
    return dir.resolve(id + LOCK);
  }

  /** True when another shell holds the session's lock: it is live there. */
  public synchronized boolean liveElsewhere(String id) {
    if (id.equals(currentId) || !Files.exists(lockFile(id))) {
      return false;
    }
    Held h = hold(id);
    if (h == null) {
      return true;
    }
    try {
      h.lock().release();
      h.channel().close();
    } catch (IOException e) {
      // released with the channel
    }
    return false;
  }

  /** Who holds a session's lock, as its lock file says: "process 4242 on host, since …". */
  private String holder(String id) {
    try {
      String[] parts = Files.readString(lockFile(id)).strip().split(" ", 3);
      if (parts.length == 3) {
        return "process " + parts[0] + " on " + parts[1] + ", since " + parts[2];
      }
    } catch (IOException | RuntimeException e) {
      // said without the details
    }
    return "another shell";
  }

  private void switchTo(String id, Journal j, Workshop workshop, Held lock) {
    if (journal != null) {
      if (!id.equals(currentId) && (journal.written() || resumed)) {
        try {
          journal.append(new Action.Closed()); // the session left for another is not a crash
        } catch (RuntimeException e) {
          // the old journal is as good as its last entry
        }
      }
      journal.close();
    }
    if (held != null && held != lock) {
      held.release();
    }
    held = lock;
    resumed = false;
    currentId = id;
    journal = j;
    workshop.onApplied(journal::append);
  }

  public synchronized String currentId() {
    return currentId;
  }

  public Path file(String id) {
    return dir.resolve(id + EXT);
  }

  /** Where a session stands: live in a shell, left without a clean exit, or closed. */
  public enum Status {
    LIVE,
    UNFINISHED,
    CLOSED;

    /** The word a listing shows: live, unfinished, closed. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A session on disk: its id, how many entries, the scenario and last turn of the branch it was
   * on, when it last did something (its last entry's time, else the file's), and its status. A
   * damaged journal has {@code entries} -1 and scenario "(damaged)".
   */
  public record Info(
      String id,
      int entries,
      String scenario,
      Instant modified,
      int lastTurn,
      Instant lastActivity,
      Status status) {
    public Info(String id, int entries, String scenario, Instant modified) {
      this(id, entries, scenario, modified, 0, modified, Status.CLOSED);
    }
  }

  private static Instant modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  /** Every session on disk, oldest change first, each read from its journal. */
  public List<Info> list() {
    List<Info> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p :
          files
              .filter(f -> f.toString().endsWith(EXT) && Files.isRegularFile(f))
              .sorted()
              .toList()) {
        String id = p.getFileName().toString();
        id = id.substring(0, id.length() - EXT.length());
        Instant modified = modified(p);
        boolean live = id.equals(currentId) || liveElsewhere(id);
        try {
          Journal.Contents c = Journal.read(p, json, true);
          Where where = where(c.actions());
          Instant last = lastActivity(c.entries(), modified);
          Status status =
              live ? Status.LIVE : c.closedCleanly() ? Status.CLOSED : Status.UNFINISHED;
          out.add(
              new Info(
                  id, c.entries().size(), where.scenario(), modified, where.turn(), last, status));
        } catch (BadInputException e) {
          out.add(
              new Info(
                  id,
                  -1,
                  "(damaged)",
                  modified,
                  0,
                  modified,
                  live ? Status.LIVE : Status.UNFINISHED));
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot list the sessions folder " + dir + ": " + e.getMessage());
    }
    out.sort(Comparator.comparing(Info::modified).thenComparing(Info::id));
    return out;
  }

  /** The scenario and last turn of the branch a journal's actions end on. */
  record Where(String scenario, int turn) {}

  /**
   * Follows a journal's actions branch by branch, without the engine: a load starts its branch
   * over, a turn adds one, a rewind goes back, a fork copies the branch it leaves.
   */
  static Where where(List<Action> actions) {
    java.util.Map<String, Where> branches = new java.util.HashMap<>();
    String current = Workshop.MAIN;
    for (Action a : actions) {
      Where w = branches.getOrDefault(current, new Where("", 0));
      if (a instanceof Action.Load l) {
        branches.put(current, new Where(label(l.scenario()), 0));
      } else if (a instanceof Action.Next) {
        branches.put(current, new Where(w.scenario(), w.turn() + 1));
      } else if (a instanceof Action.Rewind r) {
        branches.put(current, new Where(w.scenario(), Math.min(w.turn(), r.turn())));
      } else if (a instanceof Action.Fork f) {
        branches.put(f.name(), w);
        current = f.name();
      } else if (a instanceof Action.Switch s) {
        current = s.name();
      }
    }
    return branches.getOrDefault(current, new Where("", 0));
  }

  /** A scenario as a load named it: its library id, or a file's name without the extension. */
  private static String label(String scenario) {
    String name;
    try {
      name = Path.of(scenario).getFileName().toString();
    } catch (RuntimeException e) {
      return scenario; // not a path this system reads: shown as written
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The time of the last entry written, or {@code fallback} when none says it. */
  private static Instant lastActivity(List<JournalEntry> entries, Instant fallback) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      try {
        return Instant.parse(entries.get(i).at());
      } catch (RuntimeException e) {
        // an entry without a readable time: look further back
      }
    }
    return fallback;
  }

  /** The ids of the sessions on disk, in the order of {@link #list()}, without reading them. */
  public List<String> ids() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    // names only: the shell asks this at every start, and reading every journal grows with them
    try (Stream<Path> files = Files.list(dir)) {
      record Named(String id, Instant modified) {}
      return files
          .filter(f -> f.toString().endsWith(EXT) && Files.isRegularFile(f))
          .map(
              f -> {
                String n = f.getFileName().toString();
                return new Named(n.substring(0, n.length() - EXT.length()), modified(f));
              })
          .sorted(Comparator.comparing(Named::modified).thenComparing(Named::id))
          .map(Named::id)
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** What resuming did: the session, how many actions were replayed, and any repair made. */
  public record Resumed(
      String id, int actions, boolean droppedTornEntry, int damagedLine, List<Path> changedOnDisk) {
    public Resumed(String id, int actions, boolean droppedTornEntry) {
      this(id, actions, droppedTornEntry, 0, List.of());
    }
  }

  /**
   * The newest session on disk (not this one) when it has entries beyond its start and did not end
   * with a clean exit: a crash, most likely. Null otherwise.
   */
  public synchronized String unfinished() {
    List<String> ids = new ArrayList<>(ids());
    ids.remove(currentId);
    ids.removeIf(this::liveElsewhere);
    if (ids.isEmpty()) {
      return null;
    }
    String newest = ids.get(ids.size() - 1);
    try {
      Journal.Contents c = Journal.read(file(newest), json, true);
      return c.entries().size() > 1 && !c.closedCleanly() ? newest : null;
    } catch (BadInputException e) {
      return null;
    }
  }

  /**
   * Rebuilds the workshop from a session's journal and continues that journal. A torn last entry (a
   * write cut short by a crash) is dropped and the file mended.
   */
  public synchronized Resumed resume(String id, Workshop workshop) {
    return resume(id, workshop, false);
  }

  /**
   * Like {@link #resume(String, Workshop)}; with {@code upToGood}, a journal with a damaged line is
   * resumed up to the line before it: the damaged line and all after it are cut off, the original
   * file is kept beside it as {@code ID.jsonl.damaged}.
   */
  public synchronized Resumed resume(String id, Workshop workshop, boolean upToGood) {
    if (id == null || !ID.matcher(id).matches() || id.length() > 200) {
      throw new BadInputException(
          "'"
              + tabletop.shell.support.Printable.visible(String.valueOf(id))
              + "' is not a session id: 'session resume' takes an id that 'session list' shows,"
              + " never a path");
    }
    if (id.equals(currentId)) {
      throw new BadInputException("session " + id + " is this one; it is live here already");
    }
    Path p = file(id);
    if (!Files.isRegularFile(p)) {
      throw new BadInputException(
          "no session '"
              + id
              + "'"
              + tabletop.engine.scenario.Suggest.didYouMean(id, ids())
              + "; 'session list' shows them");
    }
    Held lock = hold(id);
    if (lock == null) {
      throw new BadInputException(
          "session "
              + id
              + " is live in another shell ("
              + holder(id)
              + "); go on there, or leave that shell with 'exit' first");
    }
    try {
      return resume(id, p, workshop, upToGood, lock);
    } catch (RuntimeException | Error e) {
      lock.release();
      throw e;
    }
  }

  private Resumed resume(String id, Path p, Workshop workshop, boolean upToGood, Held lock) {
    Journal.Contents c;
    int damaged = 0;
    try {
      c = Journal.read(p, json);
    } catch (Journal.DamagedException e) {
      if (!upToGood) {
        throw new BadInputException(
            e.getMessage()
                + "; 'session resume "
                + id
                + " --up-to-good' resumes it up to line "
                + (e.line() - 1)
                + " and drops the rest (the file is kept as "
                + id
                + EXT
                + ".damaged)");
      }
      damaged = e.line();
      c = Journal.read(p, json, true);
    }
    workshop.restore(c.actions());
    if (damaged > 0) {
      try {
        Files.copy(
            p,
            p.resolveSibling(id + EXT + ".damaged"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new BadInputException("cannot keep a copy of the damaged journal: " + e.getMessage());
      }
    }
    if (c.tornTail() || c.goodLength() < 0) {
      Journal.mend(p, c);
    }
    switchTo(id, Journal.resume(p, json, clock, c.lastSeq()), workshop, lock);
    resumed = true;
    return new Resumed(
        id,
        c.actions().size(),
        c.tornTail() && damaged == 0,
        damaged,
        workshop.changedOnDisk(c.actions()));
  }

  /**
   * What a crash leaves (for tests that play one in this process): the lock gone with the process,
   * the journal without its exit mark.
   */
  synchronized void abandon() {
    if (journal != null) {
      journal.close();
      journal = null;
    }
    if (held != null) {
      held.release();
      held = null;
    }
  }

  /** Leaves the session cleanly: a journal written to (or resumed) ends with the exit marker. */
  public synchronized void close() {
    if (journal != null) {
      try {
        if (journal.written() || resumed) {
          journal.append(new Action.Closed());
        }
      } catch (RuntimeException e) {
        // the journal is as good as its last forced entry; leaving must not fail
      }
      journal.close();
      journal = null;
    }
    if (held != null) {
      held.release();
      held = null;
    }
  }
}
