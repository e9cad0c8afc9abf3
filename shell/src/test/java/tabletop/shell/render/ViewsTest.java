package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.explain.Step;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.report.TurnReport;

class ViewsTest {
  private static final String SUMMARY =
      "The host fears that a larger U.S.-led NATO presence adds intricacies to an already complex"
          + " geostrategic landscape.";

  private static Views at(int width) {
    return new Views(new Display(false, () -> width));
  }

  private static List<Step> chain() {
    return List.of(
        new Step(
            0,
            "southeast-asian-host would lean oppose coe",
            "Any actor - reacts - weighs its appraisals of a tabled move",
            "sum of appraisals",
            List.of("article#P5", "article#P22"),
            null,
            null),
        new Step(
            1,
            "southeast-asian-host is wary of sovereignty",
            "Southeast Asian host - guards its sovereignty - a foreign body on its soil",
            "a host weighs control",
            List.of("article#P24", "article#P8"),
            "sovereignty matters",
            0.7));
  }

  private static Map<String, Double> distribution() {
    Map<String, Double> d = new LinkedHashMap<>();
    d.put("LEAN_SUPPORT", 0.02);
    d.put("NEUTRAL", 0.59);
    d.put("LEAN_OPPOSE", 0.39);
    return d;
  }

  private static ReactionView host(String direction, String modelDirection, String reason) {
    return new ReactionView(
        "southeast-asian-host",
        "coe",
        direction,
        0.21,
        -0.22,
        "PROTEST",
        "",
        0,
        List.of(),
        List.of("article#P5", "article#P8", "article#P22", "article#P24"),
        List.of(new AssumptionView("Southeast Asian host - x", "sovereignty matters", 0.7)),
        SUMMARY,
        chain(),
        modelDirection,
        reason,
        0.39,
        distribution());
  }

  private static ReactionView china() {
    return new ReactionView(
        "china",
        "coe",
        "OPPOSE",
        1.0,
        -1.09,
        "PROTEST",
        "",
        0,
        List.of(),
        List.of("article#P5", "article#P14", "article#P22"),
        List.of(),
        "China's recent statements amount to a rhetorical attack on NATO's legitimacy, so it"
            + " opposes NATO's reach into Asia.",
        List.of(
            new Step(
                0,
                "china would oppose coe",
                "China - contests NATO's legitimacy - rhetorical attack on the Alliance",
                "",
                List.of("article#P14"),
                null,
                null)),
        null,
        null,
        0.92,
        Map.of("OPPOSE", 0.92, "LEAN_OPPOSE", 0.08));
  }

  private static int maxLineLength(String text) {
    return text.lines().mapToInt(String::length).max().orElse(0);
  }

  private static String turn(int width, ReactionView... rs) {
    return at(width)
        .turn(new TurnReport(1, "One", List.of(), List.of("coe"), List.of(rs), List.of()));
  }

  @Test
  void theReactionTableGivesTheReasonRoomOnAProjector() {
    // given two reactions, when shown at 100 columns
    String out = turn(100, china(), host("LEAN_OPPOSE", null, null));
    // then likelihood sits in the reaction cell and there is no intensity column
    assertThat(out).contains("oppose 92%").doesNotContain("intensity  ");
    String header = out.lines().filter(l -> l.startsWith("actor")).findFirst().orElseThrow();
    assertThat(100 - header.indexOf("main reason")).isGreaterThanOrEqualTo(50);
    assertThat(maxLineLength(out)).isLessThanOrEqualTo(100);
  }

  @Test
  void sourcesOnDemandListOnlyTheActorsOwnRules() {
    // when the generic "Any actor" rule cites P5 and P22, then the table shows only P8, P24
    Display d = new Display(false, () -> 120);
    d.sources(true);
    String out =
        new Views(d)
            .turn(
                new TurnReport(
                    1,
                    "One",
                    List.of(),
                    List.of("coe"),
                    List.of(host("LEAN_OPPOSE", null, null)),
                    List.of()));
    assertThat(out).contains("P8, P24").doesNotContain("P5").doesNotContain("P22");
    // while explain keeps the full list
    assertThat(at(100).explain(host("LEAN_OPPOSE", null, null), 2))
        .contains("Sources: P5, P8, P22, P24");
  }

  @Test
  void aLegendSaysWhatTheNumbersMean() {
    assertThat(turn(100, china()).replaceAll("\\s+", " "))
        .contains("%: how likely the model holds the direction");
  }

  @Test
  void aDirectionLessLikelyThanAnotherSaysWhichIsMoreLikely() {
    // given the model says lean oppose at 39% while neutral is at 59%
    String out = turn(100, host("LEAN_OPPOSE", null, null), china());
    // then a line under the row says which is more likely, and the legend why; China has none
    assertThat(out).contains("lean oppose 39%").contains("oppose 92% ").doesNotContain("%*");
    assertThat(out)
        .contains("↳ the run gives lean oppose; the model's spread gives neutral more often (59%)");
    assertThat(out.split("↳ the run gives", -1)).hasSize(2);
    assertThat(out.replaceAll("\\s+", " "))
        .contains("↳: the run takes every weight and assumption at its stated value");
    // and explain says which is most likely, in one sentence
    assertThat(at(100).explain(host("LEAN_OPPOSE", null, null), 2))
        .contains(
            "Most likely overall: neutral (59%), if some of the assumptions below do not hold.");
    assertThat(at(100).explain(china(), 2)).doesNotContain("Most likely overall");
  }

  @Test
  void explainAfterAnOverrideSaysWhoseDirectionItIs() {
    String out =
        at(200)
            .explain(host("LEAN_SUPPORT", "LEAN_OPPOSE", "the host wants the training money"), 2);
    assertThat(out)
        .contains(
            "southeast-asian-host in turn 2: lean support — the team's decision (reason: the host"
                + " wants the training money); the model said lean oppose, because the host fears")
        .doesNotContain("because The host")
        .contains("intensity 21%");
  }

  @Test
  void explainReadsAsASentenceAndNamesItsNumbers() {
    String out = at(200).explain(china(), 1);
    assertThat(out)
        .contains("china in turn 1: oppose on coe (intensity 100%, likely 92%)")
        .contains("oppose, because China's recent statements");
    assertThat(Views.afterBecause("The host fears")).isEqualTo("the host fears");
    assertThat(Views.afterBecause("NATO, the Alliance")).isEqualTo("NATO, the Alliance");
    assertThat(Views.afterBecause("Japan's leaders")).isEqualTo("Japan's leaders");
  }

  @Test
  void longMoveIdsStayWhole() {
    String id = "establish-a-nato-centre-of-excellence";
    OutcomeView o =
        new OutcomeView(
            id,
            "GOES_AHEAD",
            "southeast-asian-host",
            "no ally blocks it and the host supports it",
            List.of(),
            List.of("article#P24"));
    for (int width : new int[] {80, 100, 160}) {
      String out = at(width).outcomes(List.of(o));
      assertThat(out).as("at %d columns", width).contains(id).contains("goes ahead");
      assertThat(maxLineLength(out)).isLessThanOrEqualTo(width);
    }
  }

  @Test
  void aRunShowsTheFinalOutcomeOnce() {
    OutcomeView o =
        new OutcomeView("coe", "STALLED", "host", "the host waits", List.of(), List.of("P24"));
    TurnReport t1 =
        new TurnReport(1, "One", List.of(), List.of("coe"), List.of(china()), List.of(o));
    TurnReport t2 =
        new TurnReport(2, "Two", List.of(), List.of("coe"), List.of(china()), List.of(o));
    Report r = new Report("coe-southeast-asia", 1, Map.of(), List.of(t1, t2), Map.of("coe", o));
    String out = at(100).report(r);
    assertThat(out.split("the host waits", -1)).hasSize(3); // turn 1 and the outcome
    assertThat(out).contains("Outcome");
  }
}
