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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;
import tabletop.shell.Fixtures;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/** The session store: locks, ids, the scenario text kept, failed writes, what resume accepts. */
class SessionStoreTest {
  private static final Clock SAME_SECOND =
      Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  private final ObjectMapper json = Fixtures.json().disable(SerializationFeature.INDENT_OUTPUT);

  @TempDir Path dir;

  private Sessions sessions() {
    return new Sessions(dir.resolve("sessions"), json, SAME_SECOND);
  }

  @Test
  void idsAreTheFoldersJournalsInTheOrderTheListGives() throws Exception {
    // given three sessions whose journals changed in an order other than their ids', and a file
    // in the folder that is no journal
    List<String> started = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Sessions s = sessions();
      Workshop w = Fixtures.workshop();
      s.start(w);
      w.apply(new Action.Note("session " + i));
      started.add(s.currentId());
      s.close();
    }
    Path folder = dir.resolve("sessions");
    Instant base = Instant.parse("2026-11-27T09:00:00Z");
    for (int i = 0; i < 3; i++) {
      Files.setLastModifiedTime(
          folder.resolve(started.get(i) + ".jsonl"),
          java.nio.file.attribute.FileTime.from(base.minusSeconds(60L * i)));
    }
    Files.writeString(folder.resolve("notes.txt"), "not a journal");

    // when the ids are asked for, then they are the list's, newest change last
    Sessions reader = sessions();
    assertThat(reader.ids()).isEqualTo(reader.list().stream().map(Sessions.Info::id).toList());
    assertThat(reader.ids()).containsExactly(started.get(2), started.get(1), started.get(0));

    // and a journal damaged beyond reading still has its id
    Files.writeString(folder.resolve(started.get(0) + ".jsonl"), "{ not json");
    assertThat(reader.ids()).contains(started.get(0));
  }

  @Test
  void aLiveSessionCannotBeResumedElsewhere() {
    // given a live session in one shell that has written to its journal
    Workshop first = Fixtures.workshop();
    Sessions one = sessions();
    one.start(first);
    first.apply(new Action.Note("from the first shell"));
    String id = one.currentId();

    // when a second shell starts, then it does not offer it and refuses to resume it
    Workshop second = Fixtures.workshop();
    Sessions two = sessions();
    two.start(second);
    assertThat(two.unfinished()).isNull();
    assertThat(two.liveElsewhere(id)).isTrue();
    assertThatThrownBy(() -> two.resume(id, second))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("session " + id + " is live in another shell (process ")
        .hasMessageContaining("leave that shell with 'exit' first");

    // and once the first shell has left, the session can be resumed
    one.close();
    assertThat(two.liveElsewhere(id)).isFalse();
    two.resume(id, second);
    assertThat(second.timeline()).anyMatch(e -> e.text().equals("from the first shell"));
    two.close();
    first.close();
    second.close();
  }

  @Test
  void idsStartedInTheSameSecondAreUniqueAndNameTheirScenario() throws Exception {
    // given 40 sessions started at once, all in the same second
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> ids = new ArrayList<>();
    List<Sessions> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Sessions s = sessions();
      all.add(s);
      ids.add(
          pool.submit(
              () -> {
                Workshop w = Fixtures.workshop();
                s.start(w);
                return s.currentId();
              }));
    }
    Set<String> distinct = new HashSet<>();
    for (Future<String> f : ids) {
      distinct.add(f.get());
    }
    pool.shutdown();
    all.forEach(Sessions::close);

    // then every id is different and starts with the scenario id and the time
    assertThat(distinct).hasSize(40);
    assertThat(distinct)
        .allMatch(id -> id.matches("coe-southeast-asia-20261127-100000-[0-9a-f]{4}"));
  }

  @Test
  void theJournalKeepsTheScenarioTextSoResumeWorksAnywhereAndSaysWhenTheFileChanged()
      throws Exception {
    // given a session that loaded a scenario file outside the library, played a turn and noted
    Path file = dir.resolve("mine.yaml");
    Files.copy(Fixtures.LIBRARY.resolve("coe-southeast-asia.yaml"), file);
    Workshop w = Fixtures.workshop();
    Sessions s = sessions();
    s.start(w);
    w.apply(new Action.Load(file.toString(), 0));
    w.apply(new Action.Next());
    w.apply(new Action.Note("noted"));
    var before = w.history();
    String id = s.currentId();
    s.close();
    w.close();

    // when the file is edited, and the session resumed with another library (another folder)
    Files.writeString(
        file, Files.readString(file).replaceFirst("title: .*", "title: Edited since"));
    ScenarioLibrary elsewhere =
        new ScenarioLibrary(dir.resolve("no-library"), new ScenarioLoader());
    Workshop again = new Workshop(Fixtures.library(), Fixtures.ENGINE, "coe-southeast-asia", 0);
    Sessions next = sessions();
    next.start(again);
    Sessions.Resumed r = next.resume(id, again);

    // then the history is the same as it was played, and the change is named
    assertThat(again.history()).isEqualTo(before);
    assertThat(again.scenario().title()).isNotEqualTo("Edited since");
    assertThat(r.changedOnDisk()).containsExactly(file);
    next.close();
    again.close();

    // and with the file gone and no library at all, it still resumes the same
    Files.delete(file);
    Workshop third = new Workshop(elsewhere, Fixtures.ENGINE, "coe-southeast-asia", 0);
    Sessions last = sessions();
    last.start(third);
    Sessions.Resumed r3 = last.resume(id, third);
    assertThat(third.history()).isEqualTo(before);
    assertThat(r3.changedOnDisk()).isEmpty();
    last.close();
    third.close();
  }

  @Test
  void aJournalThatCannotBeWrittenFailsTheCommandAndKeepsTheState() throws Exception {
    // given a session whose journal cannot be written (its path is taken by a folder)
    Workshop w = Fixtures.workshop();
    Sessions s = sessions();
    s.start(w);
    w.apply(new Action.Next());
    s.close();
    Sessions broken = sessions();
    Workshop w2 = Fixtures.workshop();
    broken.start(w2);
    Files.createDirectories(broken.file(broken.currentId()));

    // when a turn is played, then it fails with the cause and what to do
    assertThatThrownBy(() -> w2.apply(new Action.Next()))
        .isInstanceOf(Journal.WriteFailed.class)
        .hasMessageContaining("could not be written")
        .hasMessageContaining("the workshop is as it was before it")
        .hasMessageContaining("type the command again");

    // and the workshop is as it was: no turn played, and it still plays
    assertThat(w2.turn()).isZero();
    assertThat(w2.game().turn()).isZero();
    Files.delete(broken.file(broken.currentId()));
    w2.apply(new Action.Next());
    assertThat(w2.turn()).isEqualTo(1);
    broken.close();
    w.close();
    w2.close();
  }

  @Test
  void aHalfWrittenEntryIsCutBackSoTheJournalStaysReadable() throws Exception {
    // given a journal whose append fails mid-way (an action that cannot be written as JSON)
    Path file = dir.resolve("j.jsonl");
    Journal j =
        Journal.create(file, json, SAME_SECOND, List.of(new Action.Load("coe-southeast-asia", 0)));
    j.append(new Action.Note("one"));
    long size = Files.size(file);
    ObjectMapper failing = json.copy();
    Journal k = Journal.resume(file, new FailingMapper(), SAME_SECOND, 2);
    assertThatThrownBy(() -> k.append(new Action.Note("two")))
        .isInstanceOf(Journal.WriteFailed.class);
    assertThat(Files.size(file)).isEqualTo(size);
    j.close();
    k.close();
    assertThat(Journal.read(file, failing).actions()).hasSize(2);
  }

  /** A mapper whose writing fails, as a full disk would. */
  static final class FailingMapper extends ObjectMapper {
    @Override
    public String writeValueAsString(Object value)
        throws com.fasterxml.jackson.core.JsonProcessingException {
      throw new com.fasterxml.jackson.core.JsonGenerationException(
          "no space left", (com.fasterxml.jackson.core.JsonGenerator) null);
    }
  }

  @Test
  void resumeTakesOnlyIdsOfTheSessionsFolder() throws Exception {
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(dir.resolve("elsewhere/x.jsonl"), "{}\n");
    Workshop w = Fixtures.workshop();
    Sessions s = sessions();
    s.start(w);
    for (String bad : List.of("../elsewhere/x", "/etc/passwd", "..", "a/b", "x y", "")) {
      assertThatThrownBy(() -> s.resume(bad, w))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("never a path");
    }
    assertThat(Files.readString(dir.resolve("elsewhere/x.jsonl"))).isEqualTo("{}\n");
    s.close();
    w.close();
  }

  @Test
  void stateLivesUnderXdgStateHomeOrTheShellsHome() {
    assertThat(
            tabletop.shell.StateDirectoryAccess.of(
                Map.of("XDG_STATE_HOME", "/x/state", "HOME", "/h"), "/pw"))
        .isEqualTo(Path.of("/x/state/tabletop"));
    assertThat(tabletop.shell.StateDirectoryAccess.of(Map.of("HOME", "/h"), "/pw"))
        .isEqualTo(Path.of("/h/.tabletop"));
    assertThat(tabletop.shell.StateDirectoryAccess.of(Map.of("XDG_STATE_HOME", "relative"), "/pw"))
        .isEqualTo(Path.of("/pw/.tabletop"));
  }
}
