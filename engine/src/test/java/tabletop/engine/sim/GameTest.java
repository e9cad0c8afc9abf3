package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.explain.Step;
import tabletop.engine.model.Direction;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.Scenario;

class GameTest {
  private final Engine engine = MiniBase.engine();

  @Test
  void aTurnAppliesMovesFiresAndReadsReactionsBack() {
    // given the mini scenario with its default knobs (tense, f on), alpha holding a veto over m
    try (Game game = engine.start(MiniBase.vetoed(), Map.of(), 0)) {
      // when the first turn is played
      TurnReport t1 = game.next();

      // then alpha, wary of x, opposes; beta, valuing x, leans to support
      assertThat(t1.reactions()).extracting(ReactionView::actor).containsExactly("alpha", "beta");
      assertThat(t1.reaction("alpha").orElseThrow().direction()).isEqualTo("OPPOSE");
      assertThat(t1.reaction("beta").orElseThrow().direction()).isEqualTo("LEAN_SUPPORT");
      assertThat(t1.outcomes())
          .extracting(o -> o.status())
          .containsExactlyInAnyOrder("BLOCKED", "STALLED");
      // and the report keeps one status per move, the weightiest
      assertThat(game.report().outcome().get("m").status()).isEqualTo("BLOCKED");
    }
  }

  @Test
  void aQuietGameListensOnlyForItsActorCountAndAnExplainedOneForProvenanceToo() {
    try (Game quiet = engine.startQuiet(MiniBase.scenario(), Map.of(), 0);
        Game explained = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      quiet.playToEnd();
      explained.playToEnd();
      // a quiet game (trials, sweeps, deals) pays for no event it does not use
      assertThat(quiet.listeners()).isEqualTo(1);
      // provenance listens to the agenda and to the rule runtime
      assertThat(explained.listeners()).isEqualTo(3);
      // and the game still explains
      assertThat(explained.report().turns().get(0).reaction("alpha").orElseThrow().rules())
          .isNotEmpty();
    }
  }

  @Test
  void lastTurnsReactionsAreSignalsThisTurn() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      game.next();
      // when turn 2 is played, beta sees that alpha opposed in turn 1
      TurnReport t2 = game.next();
      ReactionView beta = t2.reaction("beta").orElseThrow();
      assertThat(beta.rules()).contains("Beta - follows Alpha - Alpha opposed last turn");
      assertThat(beta.direction()).isEqualTo("LEAN_OPPOSE");
    }
  }

  @Test
  void anInjectThatRetractsAWorldFactRetractsWhatFollowedFromIt() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      game.next();
      game.next();
      // when turn 3's inject ends the tension
      TurnReport t3 = game.next();
      // then alpha's concern, derived from "tense", is gone with its rule
      ReactionView alpha = t3.reaction("alpha").orElseThrow();
      assertThat(alpha.direction()).isEqualTo("NEUTRAL");
      assertThat(alpha.rules()).doesNotContain("Alpha - wary of x - the world is tense");
      assertThat(t3.injects()).containsExactly("calm");
    }
  }

  @Test
  void knobsSetWorldFactsAndMoveFeatures() {
    // given the knob f off: the move no longer touches x
    Report report = engine.run(MiniBase.scenario(), Map.of("f", "off"), 0);
    assertThat(report.turns().get(0).reaction("alpha").orElseThrow().direction())
        .isEqualTo("NEUTRAL");
    assertThat(report.knobs()).containsEntry("f", "off").containsEntry("tense", "true");

    // and the knob tense false: alpha is not wary at all
    Report calm = engine.run(MiniBase.scenario(), Map.of("tense", "no"), 0);
    assertThat(calm.turns().get(0).reaction("alpha").orElseThrow().rules())
        .doesNotContain("Alpha - wary of x - the world is tense");
  }

  @Test
  void theExplanationChainReachesTheWorldFactWithParagraphs() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      ReactionView alpha = game.next().reaction("alpha").orElseThrow();
      assertThat(alpha.because())
          .extracting(Step::rule)
          .contains(
              "Any actor - reacts",
              "Any actor - wary - touch",
              "Alpha - wary of x - the world is tense");
      assertThat(alpha.because())
          .anySatisfy(
              s -> {
                assertThat(s.fact()).isEqualTo("world: tense");
                assertThat(s.rule()).isNull();
                assertThat(s.depth()).isGreaterThanOrEqualTo(3);
              });
      assertThat(alpha.sources()).contains("article#P3", "article#P4", "article#P7");
      // the main reason is the weightiest factor against (nothing weighs for), with its weight
      assertThat(alpha.summary()).isEqualTo("against: x -0.80");
    }
  }

  @Test
  void factsNoRuleDerivedSayWhereTheyComeFromAndTheTurnIsNoReason() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      game.next();
      ReactionView beta = game.next().reaction("beta").orElseThrow();
      assertThat(beta.because()).extracting(Step::fact).noneMatch(f -> f.startsWith("turn "));
      assertThat(beta.because())
          .filteredOn(s -> s.fact().startsWith("last turn alpha signalled"))
          .singleElement()
          .satisfies(
              s ->
                  assertThat(s.meaning())
                      .isEqualTo("what alpha did last turn, seen by the others this turn"));
      assertThat(beta.because())
          .filteredOn(s -> s.fact().equals("m has f = on"))
          .singleElement()
          .satisfies(
              s ->
                  assertThat(s.meaning())
                      .isEqualTo("a feature of the move, set by the scenario or a knob"));
    }
  }

  @Test
  void aDataDefinedActorsMainReasonNamesItsWeight() {
    // given an actor the scenario defines by data only: it values x
    Scenario base = MiniBase.scenario();
    Scenario withGamma =
        new Scenario(
            base.id(),
            base.title(),
            base.summary(),
            base.briefing(),
            base.sources(),
            base.world(),
            java.util.List.of(
                new tabletop.engine.scenario.ActorSpec(
                    "gamma", "Gamma", java.util.List.of(), Map.of(), Map.of("x", 0.9), Map.of())),
            base.knobs(),
            base.turns(),
            base.expectations());
    ReactionView gamma =
        engine.run(withGamma, Map.of(), 0).turns().get(0).reaction("gamma").orElseThrow();
    assertThat(gamma.direction()).isEqualTo("SUPPORT");
    assertThat(gamma.summary()).isEqualTo("for: x +0.90");
    // and the scenario's weight is listed among the assumptions the reaction rests on
    assertThat(gamma.assumptions())
        .anySatisfy(
            a -> {
              assertThat(a.rule()).isEqualTo("the scenario");
              assertThat(a.text()).contains("gamma values x (weight 0.90, given by the scenario)");
            });
  }

  @Test
  void assumptionsAreReportedApartWithTheirConfidence() {
    ReactionView beta =
        engine.run(MiniBase.scenario(), Map.of(), 0).turns().get(0).reaction("beta").orElseThrow();
    assertThat(beta.assumptions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.rule()).isEqualTo("Beta - values x - always");
              assertThat(a.text()).isEqualTo("Beta likes x.");
              assertThat(a.confidence()).isEqualTo(0.6);
            });
    // a rule that cites the article still chose its weight: that is an assumption too
    ReactionView alpha =
        engine.run(MiniBase.scenario(), Map.of(), 0).turns().get(0).reaction("alpha").orElseThrow();
    assertThat(alpha.assumptions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.rule()).isEqualTo("Alpha - wary of x - the world is tense");
              assertThat(a.text()).contains("0.80").contains("the article gives no numbers");
              assertThat(a.confidence()).isEqualTo(0.5);
            });
  }

  @Test
  void aTeamDecisionReplacesTheModelsReactionAndIsRecorded() {
    try (Game game = engine.start(MiniBase.vetoed(), Map.of(), 0)) {
      game.next();
      // when the team playing alpha decides to support
      TurnReport t1 = game.override("alpha", null, Direction.SUPPORT, "the team wants a deal");
      ReactionView alpha = t1.reaction("alpha").orElseThrow();
      assertThat(alpha.direction()).isEqualTo("SUPPORT");
      assertThat(alpha.modelDirection()).isEqualTo("OPPOSE");
      assertThat(alpha.overrideReason()).isEqualTo("the team wants a deal");
      // then alpha no longer blocks, and beta does not follow an opposition that did not happen
      assertThat(t1.outcomes()).extracting(o -> o.status()).containsExactly("STALLED");
      TurnReport t2 = game.next();
      assertThat(t2.reaction("beta").orElseThrow().rules())
          .doesNotContain("Beta - follows Alpha - Alpha opposed last turn");
    }
  }

  @Test
  void overridingBeforeAnyTurnOrAnUnknownActorIsRefused() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      assertThatThrownBy(() -> game.override("alpha", null, Direction.SUPPORT, "x"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no turn played yet");
      game.next();
      assertThatThrownBy(() -> game.override("gamma", null, Direction.SUPPORT, "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("gamma");
    }
  }

  @Test
  void aKnobSetDuringATurnWaitsForTheNextEvenWhenTheTurnIsReFired() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      TurnReport played = game.next();
      // when the knob f is turned off during turn 1, and a team then decides for alpha
      game.setKnob("f", "off");
      TurnReport again = game.override("alpha", null, Direction.SUPPORT, "a deal");
      // then turn 1 stays as played for everyone but alpha
      assertThat(again.reaction("beta")).isEqualTo(played.reaction("beta"));
      assertThat(game.knobs()).containsEntry("f", "off");
      // and from turn 2 the move no longer touches x: beta has nothing left to value
      assertThat(game.next().reaction("beta").orElseThrow().direction()).isEqualTo("NEUTRAL");
    }
  }

  @Test
  void aLiveInjectTakesEffectNextTurn() {
    try (Game game = engine.start(MiniBase.scenario(), Map.of(), 0)) {
      game.next();
      game.inject(
          new tabletop.engine.scenario.Inject(
              "live calm", "", java.util.List.of(), java.util.List.of("tense")));
      TurnReport t2 = game.next();
      assertThat(t2.injects()).containsExactly("live calm");
      assertThat(t2.reaction("alpha").orElseThrow().rules())
          .doesNotContain("Alpha - wary of x - the world is tense");
    }
  }

  @Test
  void theSameInputGivesTheSameReport() {
    Report a = engine.run(MiniBase.scenario(), Map.of("f", "on"), 42);
    Report b = engine.run(MiniBase.scenario(), Map.of("f", "on"), 42);
    assertThat(a).isEqualTo(b);
    assertThat(a.seed()).isEqualTo(42);
  }

  @Test
  void eachReactionSaysHowLikelyItIs() {
    ReactionView alpha =
        engine.run(MiniBase.scenario(), Map.of(), 3).turns().get(0).reaction("alpha").orElseThrow();
    // alpha's net -0.8 lies inside "oppose" (from -0.6): it is the most likely direction
    assertThat(alpha.likelihood())
        .isEqualTo(java.util.Collections.max(alpha.distribution().values()));
    assertThat(alpha.distribution()).containsKeys("SUPPORT", "OPPOSE").hasSize(5);
    assertThat(alpha.distribution().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.005));
    // without explanations (quiet trials) there is no estimate
    try (Game quiet = engine.startQuiet(MiniBase.scenario(), Map.of(), 3)) {
      assertThat(quiet.next().reaction("alpha").orElseThrow().likelihood()).isNull();
    }
  }

  @Test
  void badKnobValuesAreRefusedWithWhatIsAllowed() {
    assertThatThrownBy(() -> engine.run(MiniBase.scenario(), Map.of("f", "onn"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes one of on, off, not 'onn'")
        .hasMessageContaining("did you mean 'on'");
    assertThatThrownBy(() -> engine.run(MiniBase.scenario(), Map.of("tence", "true"), 0))
        .hasMessageContaining("unknown knob 'tence'")
        .hasMessageContaining("did you mean 'tense'");
  }

  @Test
  void theRulesCarryTheirMetadata() {
    assertThat(engine.rules())
        .filteredOn(r -> r.name().equals("Beta - values x - always"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.meaning()).isEqualTo("Beta values x.");
              assertThat(r.isAssumption()).isTrue();
              assertThat(r.confidence()).isEqualTo(0.6);
            });
  }

  @SuppressWarnings("unused")
  private static Inject none() {
    return null;
  }
}
