package tabletop.shell.command;

import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.shell.journal.Sessions;
import tabletop.shell.render.Display;
import tabletop.shell.render.Table;
import tabletop.shell.support.WorkshopPrompt;
import tabletop.shell.workshop.Workshop;

/** Sessions: every change is journalled; a session can be resumed after a crash. */
@Command
public class SessionCommands {
  private final Sessions sessions;
  private final Workshop workshop;
  private final Display display;

  public SessionCommands(Sessions sessions, Workshop workshop, Display display) {
    this.sessions = sessions;
    this.workshop = workshop;
    this.display = display;
  }

  @Command(
      command = "session list",
      description =
          "The journalled sessions, oldest first: status (live, unfinished: left without a clean exit, closed), scenario, last turn and time of last activity. Example: session list",
      group = "Session")
  public String list() {
    var list = sessions.list();
    if (list.isEmpty()) {
      return "No sessions in "
          + sessions.dir()
          + " yet (this one is "
          + sessions.currentId()
          + ").";
    }
    Table full = new Table("session", "status", "scenario", "turn", "last activity");
    // a narrow screen drops the scenario where the session's id already begins with it
    Table narrow = new Table("session", "status", "turn", "last activity");
    boolean named = true;
    for (Sessions.Info i : list) {
      String turn = i.entries() < 0 ? "?" : String.valueOf(i.lastTurn());
      String when = LAST_ACTIVITY.format(i.lastActivity().atZone(java.time.ZoneId.systemDefault()));
      full.row(i.id(), status(i), i.scenario(), turn, when);
      narrow.row(i.id(), status(i), turn, when);
      named &= i.id().startsWith(i.scenario() + "-");
    }
    return (named && !full.fitsWholeWords(display) ? narrow : full).render(display);
  }

  private static final java.time.format.DateTimeFormatter LAST_ACTIVITY =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** live (this one), live (elsewhere), unfinished, closed. */
  private String status(Sessions.Info i) {
    if (i.status() == Sessions.Status.LIVE) {
      return i.id().equals(sessions.currentId()) ? "live (here)" : "live elsewhere";
    }
    return i.status().word();
  }

  @Command(
      command = "session resume",
      description =
          "Rebuild a session's state by replaying its journal (with the scenario text it loaded), and continue it; a session live in another shell is refused. Example: session resume coe-southeast-asia-20261127-193801-4f2a",
      group = "Session")
  public String resume(
      @Option(
              longNames = "id",
              required = true,
              label = "ID",
              description = "the session ('session list' shows them)")
          @OptionValues(provider = "sessionIds")
          String id,
      @Option(
              longNames = "up-to-good",
              defaultValue = "false",
              description = "resume a journal with a damaged line up to the line before it")
          boolean upToGood) {
    Sessions.Resumed r = sessions.resume(id, workshop, upToGood);
    return (r.droppedTornEntry()
            ? "The last entry was incomplete (cut off by a crash) and was dropped.\n"
            : "")
        + (r.damagedLine() > 0
            ? "Line "
                + r.damagedLine()
                + " was damaged: resumed up to line "
                + (r.damagedLine() - 1)
                + "; the damaged line and those after it were dropped (the original is kept as "
                + id
                + Sessions.EXT
                + ".damaged).\n"
            : "")
        + "Resumed "
        + r.id()
        + " ("
        + r.actions()
        + " entries replayed); the prompt is now "
        + WorkshopPrompt.text(workshop).trim()
        + "\n"
        + changed(r.changedOnDisk());
  }

  /** Says which scenario files were edited since the session loaded them, and what that means. */
  static String changed(java.util.List<java.nio.file.Path> files) {
    StringBuilder sb = new StringBuilder();
    for (java.nio.file.Path f : files) {
      sb.append("The scenario file ")
          .append(f)
          .append(" has changed since this session loaded it; the session goes on with the text it")
          .append(" loaded (kept in its journal). 'scenario load ")
          .append(f)
          .append("' starts afresh from the file as it is now.\n");
    }
    return sb.toString();
  }

  /** Resumes without repairing a damaged journal. */
  public String resume(String id) {
    return resume(id, false);
  }

  @Command(
      command = "session show",
      description = "This session's id and journal file. Example: session show",
      group = "Session")
  public String show() {
    return "Session " + sessions.currentId() + ", journal " + sessions.file(sessions.currentId());
  }
}
