package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

class TurnScreenTest {
  private static String screen(int width, TurnScreen.Options o) {
    return new TurnScreen(TwoMoveTurn.at(width), TwoMoveTurn.NAMES)
        .render(TwoMoveTurn.TURN, o, TwoMoveTurn.QUESTIONS);
  }

  private static List<String> lines(String s) {
    return Arrays.asList(s.split("\n"));
  }

  @Test
  void aTwoMoveTurnWithElevenActorsFitsAProjectorScreenAt100Columns() {
    // given a turn of the lethal-aid scenario with eleven actors and two moves
    TurnReport t = TwoMoveTurn.TURN;
    assertThat(t.reactions().stream().map(ReactionView::actor).distinct()).hasSize(11);
    assertThat(TurnScreen.movesInPlay(t)).containsExactly("lethal-aid", "nato-condemns");

    // when it is rendered at 100 columns with its questions
    String out = screen(100, TurnScreen.Options.plain());

    // then it fits 45 lines, no line is wider than the screen, and the questions follow
    assertThat(lines(out)).hasSizeLessThanOrEqualTo(TurnScreen.BUDGET);
    assertThat(lines(out)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(out).contains("For discussion").contains(TwoMoveTurn.QUESTIONS.get(0));
  }

  @Test
  void actorsAppearByNameOncePerMoveBlock() {
    String out = screen(100, TurnScreen.Options.plain());
    // display names, not kebab ids, each once per move
    assertThat(out)
        .contains("Wary Indo-Pacific states", "Southeast Asian host", "Republic of Korea");
    assertThat(out).doesNotContain("wary-indo-pacific-states", "southeast-asian-host");
    assertThat(out.split("Republic of Korea", -1)).hasSize(3);
    // one block per move, headed by its title, id and outcome
    assertThat(out).contains("China delivers lethal aid to Russia (lethal-aid): goes ahead");
    assertThat(out)
        .contains("NATO condemns China's lethal aid to Russia (nato-condemns): goes ahead");
  }

  @Test
  void onTheTableListsEveryMoveInPlay() {
    String out = screen(100, TurnScreen.Options.plain());
    assertThat(out).contains("On the table: lethal-aid (new), nato-condemns (new)");
  }

  @Test
  void sourcesAndIntensityShowOnlyOnDemand() {
    String plain = screen(100, TurnScreen.Options.plain());
    String both = screen(140, new TurnScreen.Options(true, true));
    assertThat(plain).doesNotContain("sources").doesNotContain("intensity").doesNotContain("P19");
    assertThat(both).contains("sources").contains("intensity").contains("P19");
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 100})
  void aNarrowScreenDropsColumnsAndNeverWrapsEveryCell(int width) {
    // when sources and intensity are asked for on a narrow screen
    String out = screen(width, new TurnScreen.Options(true, true));

    // then every line fits, and each actor's row is one or two lines, never the wall of wrapped
    // cells a table squeezed into 80 columns gives
    assertThat(lines(out)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
    assertThat(lines(out)).hasSizeLessThanOrEqualTo(TurnScreen.BUDGET);
    if (width == 80) {
      assertThat(out).doesNotContain("sources  ").contains("need a wider screen");
    }
  }

  @Test
  void aTeamDecisionShowsTheTeamsDirectionAndTheModelsProbabilityForIt() {
    // given a reaction the team set to lean support where the model gave lean support 12%
    ReactionView r = Reactions.overridden("LEAN_SUPPORT", "NEUTRAL", "keep both capitals close");
    TurnReport t = new TurnReport(1, "One", List.of(), List.of("coe"), List.of(r), List.of());

    // when the turn is shown
    String out =
        new TurnScreen(TwoMoveTurn.at(100), Names.ids())
            .render(t, TurnScreen.Options.plain(), List.of());

    // then the row carries the team's direction, "(team)", the model's 12% for it and its reason
    assertThat(out).contains("lean support (team) 12%").contains("Team: keep both capitals close");
    assertThat(out).doesNotContain("59%").doesNotContain("100%");
  }

  @Test
  void eachMovesHeadingShowsTheRunsOutcomeBesideItsProbabilitiesFromTrials() {
    // given a turn played by the engine, with its outcomes' probabilities from whole-run trials
    TurnReport t = TwoMoveTurn.TURN;
    assertThat(t.trials()).isPositive();
    assertThat(t.outcomeLikelihood()).containsKeys("lethal-aid", "nato-condemns");

    // when it is shown
    String out = screen(100, TurnScreen.Options.plain());

    // then each move's heading has the run's outcome, then every status the trials gave, in %
    for (String move : List.of("lethal-aid", "nato-condemns")) {
      List<String> all = lines(out);
      int at = 0;
      while (!all.get(at).contains("(" + move + "): ")) {
        at++;
      }
      // a long title carries the figures onto a second line, indented
      String heading =
          all.get(at) + (all.get(at + 1).startsWith("    ") ? " " + all.get(at + 1).strip() : "");
      String status = t.outcomeByMove().get(move).status().toLowerCase().replace('_', ' ');
      assertThat(heading)
          .matches(
              ".*\\("
                  + move
                  + "\\): "
                  + status
                  + "( —)? over "
                  + t.trials()
                  + " trials: .*\\d+%.*");
      String first =
          tabletop.shell.export.Chances.mostLikely(t.outcomeLikelihood().get(move))
              .orElseThrow()
              .words();
      assertThat(heading).contains("trials: " + first + " ");
    }
  }

  @Test
  void aRowWhoseDirectionIsNotTheMostLikelySaysWhichIsAndTheLegendSaysWhy() {
    // given a reaction the run gives at 30% where the trials give another direction 70%
    ReactionView r = skewed(TwoMoveTurn.TURN.reactions().get(0));
    String run = Display.words(r.direction());
    String other = Display.words(r.direction().equals("NEUTRAL") ? "LEAN_SUPPORT" : "NEUTRAL");
    TurnReport t =
        new TurnReport(
            1,
            "One",
            List.of(),
            List.of("coe"),
            List.of(r),
            List.of(),
            List.of(),
            java.util.Map.of("coe", java.util.Map.of("STALLED", 0.6, "DECLINED", 0.4)),
            2000);

    // when the turn is shown
    String out =
        new TurnScreen(TwoMoveTurn.at(100), Names.ids())
            .render(t, TurnScreen.Options.plain(), List.of());

    // then the row reads its direction at 30% with no bare mark, and the line under it says which
    assertThat(out).contains(run + " 30%").doesNotContain("30%*");
    assertThat(out)
        .contains("↳ the run gives " + run + "; the trials give " + other + " more often (70%)");
    assertThat(out.replaceAll("\\s+", " "))
        .contains("the run takes every weight and assumption at its stated value; the trials draw")
        .contains("%: how often 2000 whole-run trials give the direction");
  }

  @Test
  void theOutcomesProbabilitiesNameWhoBlocksWithHowOften() {
    // given a turn whose move is blocked in the run, and blocked in 23% of the trials: by France
    // in 15%, by Hungary in 8%
    ReactionView r = TwoMoveTurn.TURN.reactions().get(0);
    tabletop.engine.report.OutcomeView blocked =
        new tabletop.engine.report.OutcomeView(
            r.move(), "BLOCKED", "france", "NATO decides by consensus", List.of(), List.of());
    java.util.Map<String, Double> who = new java.util.LinkedHashMap<>();
    who.put("hungary", 0.08);
    who.put("france", 0.15);
    TurnReport t =
        new TurnReport(
            1,
            "One",
            List.of(),
            List.of(r.move()),
            List.of(r),
            List.of(blocked),
            List.of(),
            java.util.Map.of(r.move(), java.util.Map.of("BLOCKED", 0.23, "GOES_AHEAD", 0.77)),
            2000,
            List.of(),
            java.util.Map.of(r.move(), java.util.Map.of("BLOCKED", who)));

    // when the turn is shown
    String out =
        new TurnScreen(TwoMoveTurn.at(100), Names.ids())
            .render(t, TurnScreen.Options.plain(), List.of());

    // then the probabilities name the blockers, the likelier first, beside the status they cause
    assertThat(out.replaceAll("\\s+", " "))
        .contains("over 2000 trials: goes ahead 77%, blocked 23% (france 15%, hungary 8%)");
    // and without who-blocks figures the line is as before
    TurnReport plain =
        new TurnReport(
            1,
            "One",
            List.of(),
            List.of(r.move()),
            List.of(r),
            List.of(blocked),
            List.of(),
            t.outcomeLikelihood(),
            2000);
    assertThat(
            new TurnScreen(TwoMoveTurn.at(100), Names.ids())
                .render(plain, TurnScreen.Options.plain(), List.of()))
        .contains("goes ahead 77%, blocked 23%")
        .doesNotContain("(france");
  }

  @Test
  void aTurnWhereNoRunDirectionIsTheMostLikelyStillFitsOneScreen() {
    // given the two-move turn with every one of its 22 rows less likely than another direction
    TurnReport t = TwoMoveTurn.TURN;
    List<ReactionView> skewed = t.reactions().stream().map(TurnScreenTest::skewed).toList();
    TurnReport worst =
        new TurnReport(
            t.turn(),
            t.title(),
            t.injects(),
            t.moves(),
            skewed,
            t.outcomes(),
            t.reopened(),
            t.outcomeLikelihood(),
            t.trials());

    // when it is shown at 100 columns
    String out =
        new TurnScreen(TwoMoveTurn.at(100), TwoMoveTurn.NAMES)
            .render(worst, TurnScreen.Options.plain(), TwoMoveTurn.QUESTIONS);

    // then it still fits the projector, and every row says which direction is more likely
    assertThat(lines(out)).hasSizeLessThanOrEqualTo(TurnScreen.BUDGET);
    assertThat(lines(out)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(out.split("↳ the run gives", -1)).hasSize(skewed.size() + 1);
  }

  /** The reaction with its own direction at 30% and another at 70%. */
  private static ReactionView skewed(ReactionView r) {
    String other = r.direction().equals("NEUTRAL") ? "LEAN_SUPPORT" : "NEUTRAL";
    java.util.Map<String, Double> dist = new java.util.LinkedHashMap<>();
    dist.put(r.direction(), 0.3);
    dist.put(other, 0.7);
    return new ReactionView(
        r.actor(),
        r.move(),
        r.direction(),
        r.intensity(),
        r.score(),
        r.eventType(),
        r.cameo(),
        r.goldstein(),
        r.rules(),
        r.sources(),
        r.assumptions(),
        r.summary(),
        r.because(),
        r.modelDirection(),
        r.overrideReason(),
        0.3,
        dist);
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 100})
  void aThirdMoveIsShownAsOneLinePerDirectionSoTheTurnStillFits(int width) {
    // given the two-move turn with a third move (a counter-move, say) that every actor judged
    TurnReport two = TwoMoveTurn.TURN;
    java.util.List<ReactionView> all = new java.util.ArrayList<>(two.reactions());
    for (ReactionView r : two.reactions()) {
      if (r.move().equals("nato-condemns")) {
        all.add(r.withMove("third"));
      }
    }
    TurnReport three =
        new TurnReport(
            two.turn(),
            two.title(),
            two.injects(),
            two.moves(),
            all,
            two.outcomes(),
            two.reopened());

    // when it is rendered
    String out =
        new TurnScreen(TwoMoveTurn.at(width), TwoMoveTurn.NAMES)
            .render(three, TurnScreen.Options.plain(), TwoMoveTurn.QUESTIONS);

    // then it fits the screen: the first move keeps a row per actor, the latest shows one line
    // per direction naming the actors
    assertThat(lines(out)).hasSizeLessThanOrEqualTo(TurnScreen.BUDGET);
    assertThat(lines(out)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
    assertThat(out).contains("China delivers lethal aid to Russia (lethal-aid): goes ahead");
    assertThat(out).containsPattern("(?m)^  (support|oppose|neutral|lean support|lean oppose): ");
    assertThat(out.split("Republic of Korea", -1).length).isGreaterThanOrEqualTo(3);
  }
}
