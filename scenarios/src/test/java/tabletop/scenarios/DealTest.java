package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Deal;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * {@code deal coe} on coe-southeast-asia: the packages of its negotiable knobs ranked by the
 * probability that the Centre goes ahead, some reaching a better outcome than the defaults, the
 * same for any number of threads, and bargaining rounds that end.
 */
class DealTest {
  private static final ScenarioLibrary LIBRARY =
      new ScenarioLibrary(Path.of("library"), new ScenarioLoader());
  private static final Engine ENGINE = Engine.fromClasspath();
  private static final int ROUNDS = 50;

  private static Scenario coe;
  private static Deal.Result onTwoThreads;

  @BeforeAll
  static void search() throws Exception {
    coe = LIBRARY.load("coe-southeast-asia");
    onTwoThreads = search(2);
  }

  private static Deal.Result search(int threads) {
    return search(coe, "coe", 7, Deal.TRIALS, ROUNDS, threads);
  }

  /** A deal on a move with the committed parameters, the knobs as they stand and no weights. */
  private static Deal.Result search(
      Scenario s, String move, long seed, int trials, int rounds, int threads) {
    return Deal.search(
        ENGINE,
        s,
        move,
        Map.of(),
        seed,
        Uncertainty.fitted(),
        trials,
        Map.of(),
        rounds,
        threads,
        n -> {},
        () -> false);
  }

  @Test
  void theNegotiableKnobsAreTheOnesTheFileMarks() {
    assertThat(coe.knobs().stream().filter(Knob::negotiable).map(Knob::name))
        .containsExactly("military-component", "funding", "nato-restates-no-military-expansion");
    assertThat(onTwoThreads.negotiable())
        .containsExactly("military-component", "funding", "nato-restates-no-military-expansion");
    // 3 military components x 3 fundings x restated or not
    assertThat(onTwoThreads.ranked()).hasSize(18);
    assertThat(onTwoThreads.ranked().stream().map(Deal.Package::knobs).distinct()).hasSize(18);
  }

  @Test
  void packagesAreRankedByGoesAheadThenSupport() {
    List<Deal.Package> ranked = onTwoThreads.ranked();
    for (int i = 1; i < ranked.size(); i++) {
      Deal.Package a = ranked.get(i - 1);
      Deal.Package b = ranked.get(i);
      assertThat(a.goesAhead()).isGreaterThanOrEqualTo(b.goesAhead());
      if (a.goesAhead() == b.goesAhead()) {
        assertThat(a.support()).isGreaterThanOrEqualTo(b.support());
      }
    }
    // the packages' figures are probabilities that add up
    for (Deal.Package p : ranked) {
      assertThat(p.goesAhead() + p.stalled() + p.declined() + p.blocked() + p.other())
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(p.supportBy()).containsKeys("southeast-asian-host", "china", "japan");
    }
    // the spread is real: the best and the worst package are far apart
    assertThat(ranked.get(0).goesAhead() - ranked.get(ranked.size() - 1).goesAhead())
        .isGreaterThan(0.1);
  }

  @Test
  void aPackageIsBetterExactlyWhenItGainsFivePointsAndTheAlliesStillBlockMostTrials() {
    // with the roster of NATO allies, some ally blocks the Centre in most trials whatever its
    // terms: the concessions move the host more than the allies
    Deal.Package base = onTwoThreads.base();
    assertThat(base.concedes()).isEmpty();
    assertThat(base.knobs())
        .containsEntry("military-component", "none")
        .containsEntry("funding", "joint")
        .containsEntry("nato-restates-no-military-expansion", "false");
    for (Deal.Package p : onTwoThreads.ranked()) {
      assertThat(p.better())
          .as("%s", p.knobs())
          .isEqualTo(p.goesAhead() >= base.goesAhead() + Deal.BETTER_BY - 1e-9);
      assertThat(p.blocked()).as("%s", p.knobs()).isGreaterThan(0.5);
    }
    assertThat(onTwoThreads.better())
        .allSatisfy(p -> assertThat(p.concedes()).isNotEmpty())
        .isEqualTo(onTwoThreads.ranked().stream().filter(Deal.Package::better).toList());
    Deal.Package best = onTwoThreads.ranked().get(0);
    assertThat(best.concedes()).isNotEmpty();
    assertThat(best.goesAhead()).isGreaterThan(base.goesAhead());
    // what it concedes still wins over the host, whose consent the Centre needs
    assertThat(best.gains()).extracting(Deal.Gain::actor).contains("southeast-asian-host");
  }

  @Test
  void theVetoPlayerClosestToBlockingIsTheMostLikelyToBlock() {
    // the host's consent and every ally's in NATO's consensus; no one outside those
    assertThat(onTwoThreads.vetoPlayers()).contains("southeast-asian-host", "united-states");
    assertThat(onTwoThreads.vetoPlayers()).doesNotContain("china", "japan");
    Deal.Package base = onTwoThreads.base();
    double most =
        base.blocking().entrySet().stream()
            .filter(e -> onTwoThreads.vetoPlayers().contains(e.getKey()))
            .mapToDouble(Map.Entry::getValue)
            .max()
            .orElseThrow();
    assertThat(base.blocking()).containsEntry(base.closestVeto(), most);
    assertThat(base.closestVetoBlocks()).isEqualTo(most);
    // the host and the ally wariest of NATO in Asia are both real veto players here
    assertThat(base.blocking().get("southeast-asian-host")).isGreaterThan(0.2);
    assertThat(base.blocking().get("france")).isGreaterThan(0.2);
    // a military component brings the host closer to declining
    Deal.Package standing =
        onTwoThreads.ranked().stream()
            .filter(
                p ->
                    p.knobs().get("military-component").equals("standing-presence")
                        && p.concedes().size() == 1)
            .findFirst()
            .orElseThrow();
    assertThat(standing.blocking().get("southeast-asian-host"))
        .isGreaterThan(base.blocking().get("southeast-asian-host"));
  }

  @Test
  void theSameSeedGivesTheSameDealOnAnyNumberOfThreads() {
    assertThat(search(1)).isEqualTo(onTwoThreads);
  }

  @Test
  void roundsAreReportedAndEndBeforeTheLimit() {
    List<Deal.Round> rounds = onTwoThreads.rounds();
    assertThat(rounds).isNotEmpty().hasSizeLessThan(ROUNDS);
    assertThat(onTwoThreads.ended()).isNotBlank();
    double goesAhead = onTwoThreads.base().goesAhead();
    for (Deal.Round r : rounds) {
      assertThat(onTwoThreads.vetoPlayers()).contains(r.proposer());
      if (r.accepted()) {
        // the mover accepts only what does not lower the chance it goes ahead
        assertThat(r.goesAhead()).isGreaterThanOrEqualTo(goesAhead);
      }
      goesAhead = r.goesAhead();
    }
    // the first proposal comes from the veto player closest to blocking, on a negotiable knob;
    // one with no change that raises its own support ends the bargaining and the result says so
    Deal.Round first = rounds.get(0);
    assertThat(first.proposer()).isEqualTo(onTwoThreads.base().closestVeto());
    if (first.proposal() == null) {
      assertThat(rounds).hasSize(1);
      assertThat(onTwoThreads.ended()).startsWith(first.proposer() + " has no change to propose");
    } else {
      assertThat(onTwoThreads.negotiable()).contains(first.proposal().knob());
    }
  }

  @Test
  void anUnknownMoveIsRefusedWithTheMovesThereAre() {
    assertThatThrownBy(() -> Deal.packages(coe, "cooe", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "coe-southeast-asia has no move 'cooe' (did you mean 'coe'?); its moves are: coe");
  }

  @Test
  void theHostConditionsScenarioFindsThePackageTheArticleProposes() throws Exception {
    Scenario s = LIBRARY.load("coe-host-conditions");
    Deal.Result r = search(s, "coe", 7, 500, 0, 2);
    Deal.Package best = r.ranked().get(0);
    // NATO's assurance (P22) and joint support (P24) are in the best package
    assertThat(best.knobs())
        .containsEntry("nato-restates-no-military-expansion", "true")
        .containsEntry("funding", "joint")
        .containsEntry("military-component", "none");
    assertThat(best.better()).isTrue();
    assertThat(best.run()).isEqualTo("GOES_AHEAD");
    assertThat(r.base().run()).isEqualTo("DECLINED");
  }

  @Test
  void aMoveDecidedBeforeTheLastTurnStandsAtTheEndAsItWasDecided() throws Exception {
    // no institution can stop China's forum: it goes ahead in turn 1 in every trial, and the
    // trials follow it no further; turn 2 tables nothing
    Scenario s = Forum.scenario();
    Deal.Result r = search(s, "forum", 0, 500, 0, 1);
    assertThat(r.base().goesAhead()).isEqualTo(1.0);
    assertThat(r.ranked()).allSatisfy(p -> assertThat(p.goesAhead()).isEqualTo(1.0));
    // the actors' stands are read where they were last taken, not lost with the move
    assertThat(r.base().supportBy()).containsKey("russia");
  }
}
