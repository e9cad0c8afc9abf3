package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.model.Clout;
import tabletop.engine.model.Clouts;
import tabletop.engine.model.Direction;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.engine.sim.TrialResult;
import tabletop.engine.sim.Trials;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * Capability and salience weigh where a decision is not a veto: a host that has not made up its
 * mind feels the stand a capable patron signalled, so the patron's capability turns the host's
 * consent and the move's outcome, while no other actor's direction moves with it.
 */
class CapabilityTest {
  private static final Engine ENGINE = Engine.fromClasspath();
  private static final Path HOST_PRESSED = Path.of("src/test/resources/valid/host-pressed.yaml");

  @Test
  void aCapablePatronsStandTurnsTheHostsConsent() throws Exception {
    // given a host whose gains and sovereignty cost nearly cancel, and a patron that backs its
    // own programme, once with the file's capability 0.9 and once with 0.2
    Scenario strong = new ScenarioLoader().load(HOST_PRESSED);
    Scenario weak = withCapability(strong, "patron", 0.2);

    // when both run
    Report s = ENGINE.run(strong, Map.of(), 7);
    Report w = ENGINE.run(weak, Map.of(), 7);

    // then in turn 1, before any stand is signalled, the host stalls the programme in both
    assertThat(outcome(s, 1).status()).isEqualTo("STALLED");
    assertThat(outcome(w, 1).status()).isEqualTo("STALLED");
    // and in turn 2 the capable patron's support carries the host to consent, the weak one's not
    assertThat(direction(s, 2, "coastal-state")).isEqualTo("LEAN_SUPPORT");
    assertThat(outcome(s, 2).status()).isEqualTo("GOES_AHEAD");
    assertThat(direction(w, 2, "coastal-state")).isEqualTo("NEUTRAL");
    assertThat(outcome(w, 2).status()).isEqualTo("STALLED");
    assertThat(reaction(s, 2, "coastal-state").rules())
        .contains("Any host - pressed - a capable actor signalled its stand last turn");
    // and every other actor's direction is the same whatever the patron's capability
    for (int turn = 1; turn <= 2; turn++) {
      assertThat(directionsBut(s, turn, "coastal-state"))
          .isEqualTo(directionsBut(w, turn, "coastal-state"));
    }
  }

  @Test
  void theTrialsSeeThePressureToo() throws Exception {
    Scenario strong = new ScenarioLoader().load(HOST_PRESSED);
    Scenario weak = withCapability(strong, "patron", 0.2);
    double goesAheadStrong = goesAhead(strong);
    double goesAheadWeak = goesAhead(weak);
    // (2000 trials each: a difference of 0.02 is some three standard errors)
    assertThat(goesAheadStrong).isGreaterThan(goesAheadWeak + 0.02);
    // and one trial without uncertainty is the run, the pressure included
    try (Game g = ENGINE.start(strong, Map.of(), 0)) {
      g.playToEnd();
      TrialResult tr = Trials.run(g.structure(), Uncertainty.NONE, 0, 1);
      assertThat(tr.outcome(2, "programme")).containsEntry(Trials.Standing.GOES_AHEAD, 1.0);
      assertThat(tr.reaction(2, "coastal-state", "programme"))
          .containsEntry(Direction.LEAN_SUPPORT, 1.0);
    }
  }

  @Test
  void everyActorHasACapabilityAndASaliencePerIssue() throws Exception {
    Scenario s = new ScenarioLoader().load(HOST_PRESSED);
    try (Game g = ENGINE.start(s, Map.of(), 0)) {
      // a built-in actor has the knowledge base's numbers, marked as an assumption
      Clout china = g.clout("china").orElseThrow();
      assertThat(china).isEqualTo(Clouts.of("china"));
      assertThat(china.basis()).startsWith("assumption");
      assertThat(china.salience("southeast-asia")).isGreaterThan(china.salience("euro-atlantic"));
      // a data-defined actor has the scenario's numbers where it gives them
      Clout patron = g.clout("patron").orElseThrow();
      assertThat(patron.capability()).isEqualTo(0.9);
      assertThat(patron.salience("southeast-asia")).isEqualTo(1.0);
      assertThat(patron.salience("euro-atlantic")).isEqualTo(Clout.DEFAULT_SALIENCE);
      assertThat(patron.given()).isTrue();
      // and the defaults where it gives none: capability 0.2, salience 0.5 on every issue
      Clout host = g.clout("coastal-state").orElseThrow();
      assertThat(host.capability()).isEqualTo(0.1);
      assertThat(host.salience("global")).isEqualTo(Clout.DEFAULT_SALIENCE);
    }
    // a scenario adjusting a built-in actor replaces only the numbers it names
    Scenario adjusted = withCapability(s, "china", 0.3);
    try (Game g = ENGINE.start(adjusted, Map.of(), 0)) {
      Clout china = g.clout("china").orElseThrow();
      assertThat(china.capability()).isEqualTo(0.3);
      assertThat(china.salience("southeast-asia"))
          .isEqualTo(Clouts.of("china").salience("southeast-asia"));
      assertThat(china.given()).isTrue();
    }
    assertThat(Clouts.of("no-such-actor").capability()).isEqualTo(Clout.DEFAULT_CAPABILITY);
  }

  /** The same scenario with one actor's capability set (a built-in id adds an entry for it). */
  static Scenario withCapability(Scenario s, String actor, double capability) {
    List<ActorSpec> actors = new ArrayList<>();
    boolean found = false;
    for (ActorSpec a : s.actors()) {
      if (a.id().equals(actor)) {
        found = true;
        a =
            new ActorSpec(
                a.id(),
                a.name(),
                a.memberships(),
                a.concerns(),
                a.interests(),
                a.positions(),
                a.relations(),
                capability,
                a.salience(),
                a.basis(),
                a.confidence(),
                a.roster());
      }
      actors.add(a);
    }
    if (!found) {
      actors.add(
          new ActorSpec(
              actor,
              null,
              List.of(),
              Map.of(),
              Map.of(),
              Map.of(),
              List.of(),
              capability,
              Map.of(),
              "",
              null,
              null));
    }
    return new Scenario(
        s.id(),
        s.title(),
        s.summary(),
        s.briefing(),
        s.sources(),
        s.world(),
        actors,
        s.knobs(),
        s.turns(),
        s.expectations(),
        s.caseDate(),
        s.record(),
        s.exercise());
  }

  private static double goesAhead(Scenario s) {
    try (Game g = ENGINE.startQuiet(s, Map.of(), 0)) {
      g.playToEnd();
      TrialResult tr = Trials.run(g.structure(), Uncertainty.fitted(), 3, 2000);
      return tr.outcome(2, "programme").getOrDefault(Trials.Standing.GOES_AHEAD, 0.0);
    }
  }

  private static OutcomeView outcome(Report r, int turn) {
    return r.turns().get(turn - 1).outcomeByMove().get("programme");
  }

  private static ReactionView reaction(Report r, int turn, String actor) {
    return r.turns().get(turn - 1).reactions().stream()
        .filter(x -> x.actor().equals(actor))
        .findFirst()
        .orElseThrow();
  }

  private static String direction(Report r, int turn, String actor) {
    return reaction(r, turn, actor).direction();
  }

  private static Map<String, String> directionsBut(Report r, int turn, String actor) {
    TurnReport t = r.turns().get(turn - 1);
    Map<String, String> out = new java.util.TreeMap<>();
    t.reactions().stream()
        .filter(x -> !x.actor().equals(actor))
        .forEach(x -> out.put(x.actor() + " on " + x.move(), x.direction()));
    return out;
  }
}
