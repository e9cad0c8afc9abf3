package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.shell.export.TimelineEntry;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Comparison;

class ComparisonViewTest {
  private static final Map<String, String> TRAINING = Map.of("military-component", "training");
  private static final Map<String, String> NONE = Map.of("military-component", "none");

  private static TurnReport turn(String hostDirection, String status) {
    ReactionView host =
        new ReactionView(
            "southeast-asian-host",
            "coe",
            hostDirection,
            0.2,
            0,
            "",
            "",
            0,
            List.of("Host - rule"),
            List.of(),
            List.of(),
            "",
            List.of(),
            null,
            null);
    return new TurnReport(
        1,
        "One",
        List.of(),
        List.of("coe"),
        List.of(host),
        List.of(new OutcomeView("coe", status, "", "", List.of(), List.of())));
  }

  private static String render(Comparison c) {
    return new Views(new Display(false, () -> 100)).comparison(c);
  }

  @Test
  void aKnobIsNamedAsTheCauseOnlyWhereSomethingDiffers() {
    // given two lines with different knobs but the same reactions and outcomes
    Comparison same =
        Comparison.of(
            "main",
            "alt",
            1,
            turn("NEUTRAL", "GOES_AHEAD"),
            turn("NEUTRAL", "GOES_AHEAD"),
            TRAINING,
            NONE,
            List.of(),
            List.of());
    // then the knob is listed as a difference that changed nothing
    assertThat(same.differs()).isFalse();
    assertThat(render(same))
        .doesNotContain("What made the difference")
        .contains("changing nothing in turn 1")
        .contains("knob military-component: training here, none there")
        .contains("Outcome of coe: goes ahead on both");

    // and where the host reacts differently and the outcome moves, it is named as the cause
    Comparison differ =
        Comparison.of(
            "main",
            "alt",
            1,
            turn("NEUTRAL", "GOES_AHEAD"),
            turn("LEAN_OPPOSE", "STALLED"),
            TRAINING,
            NONE,
            List.of(),
            List.of());
    assertThat(render(differ))
        .contains(
            "What made the difference (knobs now, live injects and team decisions up to turn 1)")
        .contains("Outcome of coe: goes ahead here, stalled in alt")
        .contains("* southeast-asian-host");
  }

  @Test
  void theHeadingSaysWhatItCoversAndInjectsShowTheirFacts() {
    TimelineEntry war = new TimelineEntry(1, "inject", "the war ends");
    TimelineEntry talk = new TimelineEntry(1, "inject", "rumours in the press");
    TimelineEntry team = new TimelineEntry(1, "override", "china lean oppose: Beijing waits");
    Comparison c =
        Comparison.of(
            "main",
            "alt",
            1,
            turn("NEUTRAL", "GOES_AHEAD"),
            turn("LEAN_OPPOSE", "GOES_AHEAD"),
            NONE,
            NONE,
            List.of(war, talk, team),
            List.of(),
            List.of(
                new Action.LiveInject("the war ends", List.of(), List.of("russia-war-on-ukraine")),
                new Action.LiveInject("rumours in the press", List.of(), List.of())),
            List.of());
    String out = render(c);
    assertThat(out)
        .contains("among these (knobs now, live injects and team decisions up to turn 1)");
    assertThat(out)
        .contains("only here, turn 1 inject: the war ends (retracts russia-war-on-ukraine)");
    assertThat(out).contains("rumours in the press (narrative only: no fact)");
    assertThat(out).contains("only here, turn 1 override: china lean oppose: Beijing waits");
  }

  @Test
  void nothingToNameWhenTheLinesAgreeInEverything() {
    Comparison c =
        Comparison.of(
            "main",
            "alt",
            1,
            turn("NEUTRAL", "GOES_AHEAD"),
            turn("NEUTRAL", "GOES_AHEAD"),
            NONE,
            NONE,
            List.of(),
            List.of());
    assertThat(render(c)).contains("nothing: the same knobs, live injects and team decisions");
  }
}
