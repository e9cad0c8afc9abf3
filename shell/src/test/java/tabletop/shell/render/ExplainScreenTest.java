package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.ReactionView;

class ExplainScreenTest {
  private static ExplainScreen at(int width) {
    return new ExplainScreen(TwoMoveTurn.at(width), TwoMoveTurn.NAMES);
  }

  private static List<ReactionView> of(String actor) {
    return TwoMoveTurn.TURN.reactions().stream().filter(r -> r.actor().equals(actor)).toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 100})
  void everyDefaultExplanationOfTheTwoMoveTurnFitsOneScreen(int width) {
    for (ReactionView r : TwoMoveTurn.TURN.reactions()) {
      String out = at(width).render(r, 1, TwoMoveTurn.FLIPS, false);
      assertThat(out.lines().count()).as(r.actor() + " on " + r.move()).isLessThanOrEqualTo(25);
      assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 100})
  void capabilityAndSalienceOnTheMovesIssueAreShownAndStillFitOneScreen(int width) {
    // given the actor's capability and salience, and the move's issue
    tabletop.engine.model.Clout china = tabletop.engine.model.Clouts.of("china");
    ExplainScreen screen =
        new ExplainScreen(
            TwoMoveTurn.at(width),
            TwoMoveTurn.NAMES,
            china,
            m -> m.equals("lethal-aid") ? "euro-atlantic" : null);

    // when China's reactions are explained
    String aid = screen.render(of("china"), 1, "lethal-aid", TwoMoveTurn.FLIPS, false);
    String other = screen.render(of("china"), 1, "nato-condemns", TwoMoveTurn.FLIPS, true);

    // then the head is followed by its capability and its salience on the move's issue, or on
    // 'global' for a move with no region
    assertThat(aid)
        .contains("Capability 0.85, salience on euro-atlantic 0.40 (together 0.34)")
        .doesNotContain("salience on global");
    assertThat(aid.indexOf("Capability")).isLessThan(aid.indexOf("For\n"));
    assertThat(other.replaceAll("\\s+", " "))
        .contains("salience on global 0.60")
        .contains("assumption (the knowledge base's judgement")
        .contains("75% sure");
    assertThat(aid.lines().count()).isLessThanOrEqualTo(ExplainScreen.SCREEN);
    assertThat(aid.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
    // and without a clout the line is not there
    assertThat(at(width).render(of("china"), 1, "lethal-aid", TwoMoveTurn.FLIPS, false))
        .doesNotContain("Capability");
  }

  @Test
  void whatWouldChangeItComesBeforeTheFactors() {
    String out = at(80).render(of("japan"), 1, "lethal-aid", TwoMoveTurn.FLIPS, false);
    assertThat(out).startsWith("Japan on lethal-aid, turn 1: oppose, likely");
    assertThat(out.indexOf("What would change it")).isLessThan(out.indexOf("Against"));
    // the knob that ends the war moves Japan, with its weight and paragraphs beneath
    assertThat(out).contains("knob russia-war-ongoing false: oppose becomes neutral");
    assertThat(out).containsPattern("(?s)-0\\.\\d\\d support-for-russia-war: .*\\[P17");
  }

  @Test
  void severalMovesAreExplainedEachInTurnOrTheOneAskedFor() {
    String both = at(100).render(of("china"), 1, null, TwoMoveTurn.FLIPS, false);
    assertThat(both).contains("China reacts to 2 moves in turn 1");
    assertThat(both).contains("China on lethal-aid, turn 1").contains("China on nato-condemns");
    String one = at(100).render(of("china"), 1, "nato-condemns", TwoMoveTurn.FLIPS, false);
    assertThat(one).contains("China on nato-condemns").doesNotContain("lethal-aid, turn 1");
  }

  @Test
  void fullAddsTheWholeChainAndEveryAssumption() {
    ReactionView r = of("china").get(0);
    String brief = at(100).render(r, 1, TwoMoveTurn.FLIPS, false);
    String full = at(100).render(r, 1, TwoMoveTurn.FLIPS, true);
    assertThat(brief).doesNotContain("How the engine got there");
    assertThat(full).contains("How the engine got there").contains("Sources: ");
    // every assumption is there, whole, however the screen wraps it
    String unwrapped = full.replaceAll("\\s+", " ");
    for (AssumptionView a : r.assumptions()) {
      assertThat(unwrapped).contains(a.text().replaceAll("\\s+", " "));
    }
  }

  @Test
  void theWeightiestAssumptionsAreNamedAndTheRestCounted() {
    // given a reaction resting on three assumptions
    ReactionView base = Reactions.model();
    List<AssumptionView> three = new ArrayList<>(base.assumptions());
    three.add(
        new AssumptionView("Southeast Asian host - values - training", "training helps", 0.95));
    ReactionView r = withAssumptions(base, three);

    String out = new ExplainScreen(TwoMoveTurn.at(80), Names.ids()).render(r, 1, List.of(), false);

    // then the one under the reaction's own rule comes first, the one under the weightier factor
    // next, and the third is counted
    assertThat(out.indexOf("additive")).isLessThan(out.indexOf("sovereignty matters"));
    assertThat(out).doesNotContain("training helps");
    assertThat(out).contains("1 more: 'explain southeast-asian-host --full'");
    // and the factors carry their signed weights and the actor's own paragraphs
    assertThat(out)
        .contains("-0.30 sovereignty: The host guards its sovereignty")
        .contains("[P24]");
    assertThat(out).contains("+0.25 capacity-building: The host values training").contains("[P22]");
  }

  @Test
  void aTeamDecisionIsExplainedAsTheTeamsWithTheModelsProbabilityForIt() {
    ReactionView r = Reactions.overridden("LEAN_SUPPORT", "NEUTRAL", "keep both capitals close");
    String out = new ExplainScreen(TwoMoveTurn.at(80), Names.ids()).render(r, 1, List.of(), false);
    assertThat(out)
        .startsWith(
            "southeast-asian-host on coe, turn 1: lean support (team), the model gave it 12%");
    assertThat(out).contains("Team's reason: keep both capitals close");
    assertThat(out).contains("The model said neutral (59%)");
  }

  private static ReactionView withAssumptions(ReactionView r, List<AssumptionView> as) {
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
        as,
        r.summary(),
        r.because(),
        r.modelDirection(),
        r.overrideReason(),
        r.likelihood(),
        r.distribution());
  }
}
