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
    assertThat(lines(out)).hasSizeLessThanOrEqualTo(TurnScreen.SCREEN);
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
    assertThat(lines(out)).hasSizeLessThanOrEqualTo(TurnScreen.SCREEN);
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
}
