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
 * The sessions folder: one journal per shell start ({@code 2026-11-27-193801-coe.jsonl}), listed
 * and resumed by id. The shell's clock names sessions; the engine never sees it.
 */
public final class Sessions {
  public static final String EXT = ".jsonl";
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

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
    String tag = workshop.scenarioLabel().split("-")[0];
    String base = ID_TIME.format(clock.instant().atZone(ZoneId.systemDefault())) + "-" + tag;
    String id = base;
    for (int i = 2; Files.exists(file(id)); i++) {
      id = base + "-" + i;
    }
    switchTo(id, Journal.create(file(id), json, clock, workshop.preamble()), workshop);
  }

  private void switchTo(String id, Journal j, Workshop workshop) {
    if (journal != null) {
      if (!id.equals(currentId) && (journal.written() || resumed)) {
        journal.append(new Action.Closed()); // the session left for another is not a crash
      }
      journal.close();
    }
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

  /** A session on disk: its id, how many entries, its scenario, when last written. */
  public record Info(String id, int entries, String scenario, Instant modified) {}

  public List<Info> list() {
    List<Info> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(EXT)).sorted().toList()) {
        String id = p.getFileName().toString();
        id = id.substring(0, id.length() - EXT.length());
        try {
          Journal.Contents c = Journal.read(p, json);
          String scenario =
              c.actions().stream()
                  .filter(Action.Load.class::isInstance)
                  .map(a -> ((Action.Load) a).scenario())
                  .reduce((a, b) -> b)
                  .orElse("");
          out.add(
              new Info(id, c.entries().size(), scenario, Files.getLastModifiedTime(p).toInstant()));
        } catch (BadInputException | IOException e) {
          out.add(new Info(id, -1, "(damaged)", Instant.EPOCH));
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot list the sessions folder " + dir + ": " + e.getMessage());
    }
    out.sort(Comparator.comparing(Info::id));
    return out;
  }

  public List<String> ids() {
    return list().stream().map(Info::id).toList();
  }

  /** What resuming did: the session, how many actions were replayed, and any repair made. */
  public record Resumed(String id, int actions, boolean droppedTornEntry, int damagedLine) {
    public Resumed(String id, int actions, boolean droppedTornEntry) {
      this(id, actions, droppedTornEntry, 0);
    }
  }

  /**
   * The newest session on disk (not this one) when it has entries beyond its start and did not end
   * with a clean exit: a crash, most likely. Null otherwise.
   */
  public synchronized String unfinished() {
    List<String> ids = new ArrayList<>(ids());
    ids.remove(currentId);
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
    Path p = file(id);
    if (!Files.isRegularFile(p)) {
      throw new BadInputException(
          "no session '"
              + id
              + "'"
              + tabletop.engine.scenario.Suggest.didYouMean(id, ids())
              + "; 'session list' shows them");
    }
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
    switchTo(id, Journal.resume(p, json, clock, c.lastSeq()), workshop);
    resumed = true;
    return new Resumed(id, c.actions().size(), c.tornTail() && damaged == 0, damaged);
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
  }
}
