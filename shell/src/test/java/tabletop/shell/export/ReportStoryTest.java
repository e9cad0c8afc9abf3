package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reports of an exercise played by the real engine, with a branch, a decision and a miss. */
class ReportStoryTest {
  private static final Exporters EXPORTERS = new Exporters();

  @Test
  void likelihoodsAppearInEveryFormat() {
    AfterAction a = RealRecord.RECORD;
    assertThat(EXPORTERS.render(a, "md"))
        .containsPattern("\\| Japan \\| lethal-aid \\| oppose \\| \\d+% \\|");
    assertThat(EXPORTERS.render(a, "html")).containsPattern("\\d+% likely · intensity \\d+%");
    assertThat(EXPORTERS.render(a, "csv"))
        .containsPattern(",japan,lethal-aid,oppose,\\d+%,.*,\\d+%\r\n");
    assertThat(EXPORTERS.render(a, "json")).contains("\"likelihood\"");
  }

  @Test
  void aTeamDecisionShowsTheModelsProbabilityForTheTeamsChoice() {
    // the host's lean oppose was the team's; the card gives the model's probability for it
    assertThat(EXPORTERS.render(RealRecord.RECORD, "html"))
        .containsPattern(
            "<span class=\"tag\">team</span> <span class=\"odds\">the model gave it \\d+%");
  }

  @Test
  void eachBranchIsItsOwnSection() {
    String md = EXPORTERS.render(RealRecord.RECORD, "md");
    assertThat(md).contains("## Branch war-over").contains("## war-over: Turn 1: The evidence");
    assertThat(md.indexOf("## Branch war-over")).isGreaterThan(md.indexOf("## Improvement plan"));
  }

  @Test
  void theImprovementPlanStartsFromTheNoteTheDecisionAndTheSurprise() {
    String md = EXPORTERS.render(RealRecord.RECORD, "md");
    String plan = md.substring(md.indexOf("## Improvement plan"), md.indexOf("## Branch"));
    assertThat(plan)
        .contains("| Note | The room split on whether the host can stay quiet.")
        .contains(
            "| Team decision | Southeast Asian host on lethal-aid: lean oppose where the model")
        .contains("| Surprise | room expected Japan to support (70%); it came out oppose.");
  }

  @Test
  void theHtmlHandoutIsShortWithOneCardPerActorAndMove() {
    String html = EXPORTERS.render(RealRecord.RECORD, "html");
    // two turns of eleven actors (the aid, decided in turn 1, leaves the table, so turn 2 has
    // NATO's statement only) and the branch's eleven
    int cards = html.split("<article class=\"card ", -1).length - 1;
    assertThat(cards).isEqualTo(11 + 11 + 11);
    // the chains are folded: every card has one disclosure, and the charts sit behind another
    assertThat(html.split("<details>", -1).length - 1).isEqualTo(cards);
    assertThat(html).contains("<details class=\"fold\"><summary>One chart per actor");
  }
}
