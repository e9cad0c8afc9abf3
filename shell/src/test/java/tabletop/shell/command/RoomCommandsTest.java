package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tabletop.engine.model.Vocabulary;
import tabletop.shell.ShellContextTest;
import tabletop.shell.command.completion.WorldFacts;

/**
 * The room's commands as typed: a narrative inject says it changes nothing, an inject's facts
 * complete and are checked against what an inject may change, a rewind lists what it drops and
 * never waits for an answer nobody can give, and a run shows each turn's questions.
 */
class RoomCommandsTest extends ShellContextTest {

  @Test
  void anInjectWithoutAFactIsNarrativeAndSaysItChangesNothingInTheModel() throws Exception {
    // given a scenario with a turn played
    type("scenario load coe-southeast-asia", "turn next");

    // when a facilitator injects free text without a fact, and then one with a fact
    String narrative =
        type("inject The host's parliament debates the proposal").replaceAll("\\s+", " ");
    String withFact = type("inject Russia's war ends --retract russia-war-on-ukraine");

    // then the first says plainly it changes nothing and how to attach a fact
    assertThat(narrative)
        .contains("recorded as narrative")
        .contains("changes nothing in the model")
        .contains("--fact FACT");
    // and the second names the fact it retracts, with no such warning
    assertThat(withFact)
        .contains("retracts russia-war-on-ukraine")
        .doesNotContain("changes nothing");
  }

  @Test
  void factCompletionOffersOnlyTheFactsAnInjectMayChange() {
    // given the vocabulary's world facts, of which some are derived by the knowledge base
    List<String> derived =
        Vocabulary.WORLD_FACTS.entrySet().stream()
            .filter(e -> e.getValue().startsWith("derived"))
            .map(java.util.Map.Entry::getKey)
            .toList();
    assertThat(derived).isNotEmpty();

    // when Tab is pressed after --fact and --retract, following free text
    List<String> facts = complete("inject Russia's war ends --fact ");
    List<String> retracts = complete("inject Russia's war ends --retract ");

    // then exactly the facts an inject may change are offered, no derived one
    assertThat(facts)
        .containsExactlyInAnyOrderElementsOf(WorldFacts.injectable())
        .contains("russia-war-on-ukraine")
        .doesNotContainAnyElementsOf(derived);
    assertThat(retracts).containsExactlyInAnyOrderElementsOf(WorldFacts.injectable());
    // and a prefix narrows them
    assertThat(complete("inject war ends --retract russia-w"))
        .containsExactly("russia-war-on-ukraine");
  }

  @Test
  void aDerivedOrUnknownFactIsRefusedWithTheFactsAnInjectMayChange() throws Exception {
    type("scenario load coe-southeast-asia");

    // when an inject names a derived fact, and an unknown one
    // (one message, wrapped on words to the screen)
    String derived =
        type("inject China defies --fact china-defies-vilnius-asks").replaceAll("\\s+", " ");
    String unknown = type("inject War --fact russia-war-on-ukrain").replaceAll("\\s+", " ");

    // then each is refused on one line listing only the facts an inject may change
    assertThat(derived)
        .contains("'china-defies-vilnius-asks' is derived by the knowledge base")
        .contains("russia-war-on-ukraine");
    assertThat(derived.substring(derived.indexOf("may change are:")))
        .doesNotContain("war-escalation-risk")
        .doesNotContain("china-defies-vilnius-asks");
    assertThat(unknown).contains("did you mean 'russia-war-on-ukraine'");
    assertThat(unknown.substring(unknown.indexOf("may change are:")))
        .doesNotContain("war-escalation-risk");
  }

  @Test
  void aRewindWithNoOneToAskRefusesOnOneLineAndNamesYes() throws Exception {
    // given two turns played, with a note, a prediction, a team decision and an inject after turn 1
    type(
        "scenario load coe-southeast-asia",
        "turn next",
        "note the host team asked for a sunset clause",
        "predict china oppose 0.7 --as blue",
        "override southeast-asian-host lean-support --reason the host team decided",
        "inject Russia's war ends --retract russia-war-on-ukraine",
        "turn next");

    // when 'turn rewind 1' is typed where no one can answer (no terminal to ask at)
    String refused = type("turn rewind 1");

    // then it refuses on one line, counting what it would drop and naming --yes; nothing changed
    String line =
        refused.lines().filter(l -> l.contains("turn rewind 1")).findFirst().orElseThrow();
    assertThat(line)
        .contains("1 turn", "1 note", "1 prediction", "1 team decision", "1 inject")
        .contains("add --yes");
    assertThat(type("session show")).isNotBlank();
    assertThat(type("turn show")).contains("Turn 2");

    // when it is given --yes, then it goes back and lists what it dropped, each with its turn
    String done = type("turn rewind 1 --yes");
    assertThat(done)
        .contains("Back at the end of turn 1")
        .contains("Dropped:")
        .contains("note (turn 1): the host team asked for a sunset clause")
        .contains("prediction (turn 2): blue: China oppose, 70%")
        .contains("team decision (turn 1): Southeast Asian host lean support")
        .contains("inject (for turn 2): Russia's war ends")
        .contains("turn 2, as it was played");
    assertThat(type("turn show")).contains("Turn 1").doesNotContain("Turn 2:");
  }

  @Test
  void aRewindWithNothingAfterItNeedsNoConfirmation() throws Exception {
    type("scenario load coe-southeast-asia", "turn next");
    assertThat(type("turn rewind 1"))
        .contains("Back at the end of turn 1, as it was played; nothing came after it");
  }

  @Test
  void runShowsEachTurnsDiscussionQuestions() throws Exception {
    // when the whole scenario is run in one go
    String run = type("run --scenario coe-southeast-asia");

    // then each turn's questions follow it, as 'turn next' shows them
    var s =
        new tabletop.scenarios.io.ScenarioLibrary(
                java.nio.file.Path.of("../scenarios/library"),
                new tabletop.scenarios.io.ScenarioLoader())
            .load("coe-southeast-asia");
    int at = 0;
    for (var t : s.turns()) {
      int heading = run.indexOf("Turn " + t.number() + ":", at);
      assertThat(heading).as("turn %d", t.number()).isGreaterThanOrEqualTo(at);
      for (String q : t.questions()) {
        String start = q.substring(0, Math.min(30, q.length()));
        assertThat(run.indexOf(start, heading)).as(q).isGreaterThan(heading);
      }
      at = heading + 1;
    }
    assertThat(s.turns().stream().mapToInt(t -> t.questions().size()).sum()).isPositive();
  }

  @Test
  void briefForATeamPrintsItsHandout() throws Exception {
    type("scenario load coe-southeast-asia");

    // when the host team's handout is asked for
    String handout = type("brief --team host-team").replaceAll("\\s+", " ");

    // then it names the team, the actor it plays by name, its objective, the exercise's
    // objectives, the briefing, and the move it faces with its role in it
    assertThat(handout)
        .contains("Handout for The Southeast Asian host")
        .contains(
            "A NATO Centre of Excellence in Southeast Asia, 2027-03-18, Seminar room 2, staff college")
        .contains("You play: Southeast Asian host.")
        .contains("Your objective: Decide whether to host the Centre")
        .contains("Exercise objectives")
        .contains("Identify what the Southeast Asian host needs")
        .contains("Briefing")
        .contains("A proposal is now on the table")
        .contains("Turn 1: The proposal is tabled")
        .contains("Establish a NATO Centre of Excellence in Southeast Asia, by NATO")
        .contains("it names Southeast Asian host as its host");
    // and NATO's team sees the move as its own
    assertThat(type("brief --team nato-team")).contains("(your move)");
    // and the host team's handout does not call it theirs
    assertThat(handout).doesNotContain("(your move)");
  }

  @Test
  void briefTeamCompletesTheTeamsAndRefusesAnUnknownOne() throws Exception {
    type("scenario load coe-southeast-asia");
    assertThat(complete("brief --team "))
        .containsExactlyInAnyOrder("nato-team", "host-team", "china-team");
    assertThat(complete("brief --team h")).containsExactly("host-team");
    assertThat(type("brief --team host"))
        .contains("no team 'host' (did you mean 'host-team'?)")
        .contains("nato-team, host-team, china-team");
    type("scenario load korean-peninsula-crisis");
    assertThat(type("brief --team host-team")).contains("declares no teams");
    type("scenario load coe-southeast-asia");
  }
}
