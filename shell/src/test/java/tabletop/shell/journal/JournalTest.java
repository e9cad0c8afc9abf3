package tabletop.shell.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tabletop.shell.Fixtures;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

class JournalTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T19:38:01Z"), ZoneOffset.UTC);
  private final ObjectMapper json = Fixtures.json().disable(SerializationFeature.INDENT_OUTPUT);

  @TempDir Path dir;

  @Test
  void writesOneJsonLinePerActionAfterThePreamble() throws Exception {
    // given a new journal with a preamble
    Path file = dir.resolve("s.jsonl");
    Journal j =
        Journal.create(file, json, CLOCK, List.of(new Action.Load("coe-southeast-asia", 0)));

    // when two actions are appended
    j.append(new Action.Next());
    j.append(new Action.Note("hello"));
    j.close();

    // then the file holds three complete lines that read back as the actions
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains("\"kind\":\"next\"");
    assertThat(Journal.read(file, json).actions())
        .containsExactly(
            new Action.Load("coe-southeast-asia", 0), new Action.Next(), new Action.Note("hello"));
  }

  @Test
  void aTornLastLineIsDroppedAndTheFileMended() throws Exception {
    // given a journal whose last write was cut short by a crash
    Path file = dir.resolve("torn.jsonl");
    Files.copy(Fixtures.resource("journal/torn.jsonl"), file);

    // when it is read
    Journal.Contents c = Journal.read(file, json);

    // then the complete entries survive and the torn one is reported
    assertThat(c.tornTail()).isTrue();
    assertThat(c.actions())
        .containsExactly(new Action.Load("coe-southeast-asia", 0), new Action.Next());

    // and mending cuts the file back to its last complete line, so appends start clean
    Journal.mend(file, c);
    Journal.resume(file, json, CLOCK, c.lastSeq()).append(new Action.Note("after the crash"));
    Journal.Contents again = Journal.read(file, json);
    assertThat(again.tornTail()).isFalse();
    assertThat(again.actions()).last().isEqualTo(new Action.Note("after the crash"));
    assertThat(again.entries()).extracting(JournalEntry::seq).containsExactly(1, 2, 3);
  }

  @Test
  void aDamagedLineInTheMiddleIsReportedWithItsLineNumber() throws Exception {
    // given a journal with garbage before a good line
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(
        file,
        "{\"seq\":1,\"at\":\"x\",\"action\":{\"kind\":\"next\"}}\nnot json\n"
            + "{\"seq\":3,\"at\":\"x\",\"action\":{\"kind\":\"next\"}}\n",
        StandardCharsets.UTF_8);

    // when read, then it names the line
    assertThatThrownBy(() -> Journal.read(file, json))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("bad.jsonl:2:");
  }

  @Test
  void resumingASessionRebuildsTheSameState() {
    // given a session in which a workshop played, branched and noted
    Sessions sessions = new Sessions(dir, json, CLOCK);
    Workshop original = Fixtures.workshop();
    sessions.start(original);
    original.apply(new Action.Next());
    original.apply(new Action.Fork("training"));
    original.apply(new Action.SetKnob("military-component", "training"));
    original.apply(new Action.Next());
    original.apply(new Action.Note("the host hesitates"));
    String id = sessions.currentId();
    sessions.close();

    // when another shell resumes it
    Sessions later = new Sessions(dir, json, CLOCK);
    Workshop resumed = Fixtures.workshop();
    later.start(resumed);
    Sessions.Resumed r = later.resume(id, resumed);

    // then the state is the same: branch, turn, reactions, timeline
    assertThat(id).matches("coe-southeast-asia-20261127-193801-[0-9a-f]{4}");
    assertThat(r.droppedTornEntry()).isFalse();
    assertThat(resumed.branch()).isEqualTo("training");
    assertThat(resumed.turn()).isEqualTo(2);
    assertThat(resumed.history()).isEqualTo(original.history());
    assertThat(resumed.timeline()).isEqualTo(original.timeline());
    assertThat(resumed.branchNames()).containsExactly("main", "training");

    // and later actions go on into the same journal
    resumed.apply(new Action.Note("resumed"));
    assertThat(Journal.read(later.file(id), json).actions())
        .last()
        .isEqualTo(new Action.Note("resumed"));
    later.close();
    original.close();
    resumed.close();
  }

  @Test
  void resumingATornSessionSaysSo() throws Exception {
    // given the torn journal in the sessions folder
    Files.copy(Fixtures.resource("journal/torn.jsonl"), dir.resolve("torn.jsonl"));
    Sessions sessions = new Sessions(dir, json, CLOCK);
    Workshop w = Fixtures.workshop();

    // when resumed
    Sessions.Resumed r = sessions.resume("torn", w);

    // then the torn entry was dropped and turn 1 is back
    assertThat(r.droppedTornEntry()).isTrue();
    assertThat(w.turn()).isEqualTo(1);
    assertThat(sessions.list()).extracting(Sessions.Info::entries).containsExactly(2);
    w.close();
  }

  @Test
  void anUnknownSessionIsBadInput() {
    Sessions sessions = new Sessions(dir, json, CLOCK);
    assertThatThrownBy(() -> sessions.resume("nope", Fixtures.workshop()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no session 'nope'");
  }
}
