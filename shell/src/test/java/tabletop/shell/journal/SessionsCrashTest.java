package tabletop.shell.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tabletop.shell.Fixtures;
import tabletop.shell.command.SessionCommands;
import tabletop.shell.render.Display;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/** A clean exit is marked in the journal; a session without the mark was cut short. */
class SessionsCrashTest {
  private final ObjectMapper json = Fixtures.json().disable(SerializationFeature.INDENT_OUTPUT);

  @TempDir Path dir;

  private Sessions sessions(String at) {
    return new Sessions(dir, json, Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
  }

  @Test
  void aSessionLeftWithoutExitIsUnfinished() {
    // given a session that played a turn and was never closed (a crash)
    Workshop w = Fixtures.workshop();
    Sessions crashed = sessions("2026-11-27T10:00:00Z");
    crashed.start(w);
    w.apply(new Action.Next());
    String id = crashed.currentId();
    crashed.abandon();
    w.close();

    // when the shell starts again, then the session is pointed at
    Sessions next = sessions("2026-11-27T11:00:00Z");
    assertThat(next.unfinished()).isEqualTo(id);

    // and once it is resumed and left cleanly, it is no longer unfinished
    Workshop again = Fixtures.workshop();
    next.start(again);
    next.resume(id, again);
    next.close();
    again.close();
    assertThat(sessions("2026-11-27T12:00:00Z").unfinished()).isNull();
  }

  @Test
  void aCleanExitIsNotUnfinished() {
    Workshop w = Fixtures.workshop();
    Sessions s = sessions("2026-11-27T10:00:00Z");
    s.start(w);
    w.apply(new Action.Note("a note"));
    s.close();
    w.close();
    assertThat(sessions("2026-11-27T11:00:00Z").unfinished()).isNull();
  }

  @Test
  void aDamagedMiddleLineIsRefusedOrResumedUpToTheGoodLines() throws Exception {
    // given a journal whose second of four lines is damaged
    Workshop w = Fixtures.workshop();
    Sessions s = sessions("2026-11-27T10:00:00Z");
    s.start(w);
    w.apply(new Action.Note("one"));
    w.apply(new Action.Note("two"));
    w.apply(new Action.Note("three"));
    String id = s.currentId();
    s.close();
    w.close();
    Path file = s.file(id);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(2, "{\"seq\":3,\"at\":\"x\",\"action\":{\"kind\":\"no");
    Files.write(file, lines);

    // when resumed plainly, then it is refused with the way out
    Workshop again = Fixtures.workshop();
    Sessions next = sessions("2026-11-27T11:00:00Z");
    next.start(again);
    SessionCommands cmd = new SessionCommands(next, again, Display.plain());
    assertThatThrownBy(() -> cmd.resume(id))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(":3: this journal entry is damaged")
        .hasMessageContaining("'session resume " + id + " --up-to-good' resumes it up to line 2");

    // when resumed up to the good lines, then the state before the damage comes back
    String out = cmd.resume(id, true);
    assertThat(out)
        .contains("Line 3 was damaged: resumed up to line 2")
        .contains("2 entries replayed")
        .endsWith("\n");
    assertThat(again.timeline()).anyMatch(e -> e.text().equals("one"));
    assertThat(again.timeline()).noneMatch(e -> e.text().equals("three"));
    assertThat(file.resolveSibling(id + ".jsonl.damaged")).exists();
    next.close();
    again.close();
  }
}
