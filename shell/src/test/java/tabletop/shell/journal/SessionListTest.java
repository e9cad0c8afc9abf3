package tabletop.shell.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tabletop.shell.Fixtures;
import tabletop.shell.command.SessionCommands;
import tabletop.shell.render.Display;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Workshop;

/** {@code session list}: each session's status, scenario, last turn and time of last activity. */
class SessionListTest {
  private final ObjectMapper json = Fixtures.json().disable(SerializationFeature.INDENT_OUTPUT);

  @TempDir Path dir;

  private Sessions sessions(String at) {
    return new Sessions(dir, json, Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
  }

  /** Plays {@code turns} turns in a new session at the given time; closes it cleanly or not. */
  private String session(String at, int turns, boolean clean, Action... more) {
    Workshop w = Fixtures.workshop();
    Sessions s = sessions(at);
    s.start(w);
    for (int i = 0; i < turns; i++) {
      w.apply(new Action.Next());
    }
    for (Action a : more) {
      w.apply(a);
    }
    String id = s.currentId();
    if (clean) {
      s.close();
    } else {
      s.abandon();
    }
    w.close();
    return id;
  }

  @Test
  void eachSessionHasItsStatusScenarioLastTurnAndLastActivity() {
    // given a closed session at turn 2, one cut short at turn 1 after a rewind from turn 2,
    // and a live one here with no turn played
    String closed = session("2026-11-27T09:00:00Z", 2, true);
    String crashed = session("2026-11-27T10:00:00Z", 2, false, new Action.Rewind(1));
    Sessions here = sessions("2026-11-27T11:00:00Z");
    Workshop w = Fixtures.workshop();
    here.start(w);
    w.apply(new Action.Note("the room is ready"));

    // when they are listed
    List<Sessions.Info> list = here.list();

    // then each says where it stands
    assertThat(list)
        .extracting(
            Sessions.Info::id,
            Sessions.Info::status,
            Sessions.Info::scenario,
            Sessions.Info::lastTurn,
            Sessions.Info::lastActivity)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                closed,
                Sessions.Status.CLOSED,
                "coe-southeast-asia",
                2,
                Instant.parse("2026-11-27T09:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                crashed,
                Sessions.Status.UNFINISHED,
                "coe-southeast-asia",
                1,
                Instant.parse("2026-11-27T10:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                here.currentId(),
                Sessions.Status.LIVE,
                "coe-southeast-asia",
                0,
                Instant.parse("2026-11-27T11:00:00Z")));
    here.close();
    w.close();
  }

  @Test
  void theLastTurnFollowsTheBranchTheSessionEndedOn() {
    // given actions that play two turns on main, fork, rewind the branch to 1 and load another
    // scenario on main after switching back
    List<Action> actions =
        List.of(
            new Action.Load("coe-southeast-asia", 0),
            new Action.Next(),
            new Action.Next(),
            new Action.Fork("what-if"),
            new Action.Rewind(1),
            new Action.Next(),
            new Action.Next(),
            new Action.Switch("main"),
            new Action.Load("/tmp/elsewhere/korean-peninsula-crisis.yaml", 0),
            new Action.Next(),
            new Action.Switch("what-if"));

    // when followed, then the session stands on the branch at turn 3 of the first scenario
    assertThat(Sessions.where(actions)).isEqualTo(new Sessions.Where("coe-southeast-asia", 3));
    // and on main it would be turn 1 of the file it loaded, named without its folder
    assertThat(Sessions.where(actions.subList(0, actions.size() - 1)))
        .isEqualTo(new Sessions.Where("korean-peninsula-crisis", 1));
  }

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {80, 100})
  void theListingShowsStatusScenarioTurnAndTimeOnOneLinePerSession(int width) {
    // given a closed session, one cut short, and this one
    String closed = session("2026-11-27T09:00:00Z", 2, true);
    String crashed = session("2026-11-27T10:00:00Z", 1, false);
    Sessions here = sessions("2026-11-27T11:00:00Z");
    Workshop w = Fixtures.workshop();
    here.start(w);
    w.apply(new Action.Next());

    // when listed on a screen of that width
    String screen = new SessionCommands(here, w, new Display(false, () -> width)).list();

    // then the header names the columns, and each session is one line with its status and turn
    List<String> lines = screen.lines().toList();
    assertThat(lines.get(0)).contains("session", "status", "turn", "last activity");
    if (width >= 100) {
      assertThat(lines.get(0)).contains("scenario");
      assertThat(line(lines, closed)).contains(" coe-southeast-asia ");
    } else {
      // too narrow for every column: the scenario goes, as each session's id begins with it
      assertThat(lines.get(0)).doesNotContain("scenario");
      assertThat(closed).startsWith("coe-southeast-asia-");
    }
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
    assertThat(lines).hasSize(2 + 3);
    assertThat(line(lines, closed)).contains("closed", " 2 ");
    assertThat(line(lines, crashed)).contains("unfinished", " 1 ");
    assertThat(line(lines, here.currentId())).contains("live (here)", " 1 ");
    assertThat(line(lines, closed)).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    here.close();
    w.close();
  }

  private static String line(List<String> lines, String id) {
    return lines.stream().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
  }
}
