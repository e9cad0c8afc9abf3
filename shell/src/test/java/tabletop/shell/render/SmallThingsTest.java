package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.scenario.Scenario;
import tabletop.shell.Fixtures;

class SmallThingsTest {
  @Test
  void countsTakeTheirPlural() {
    assertThat(Text.count(1, "knob")).isEqualTo("1 knob");
    assertThat(Text.count(3, "turn")).isEqualTo("3 turns");
    assertThat(Text.count(0, "knob")).isEqualTo("0 knobs");
  }

  @Test
  void sessionListShowsStatusScenarioLastTurnAndTime() {
    String out =
        new Views(new Display(false, () -> 100))
            .sessions(
                List.of(
                    new Views.SessionRow(
                        "s-1", "live", "coe-southeast-asia", 2, "2026-11-28 10:02", true),
                    new Views.SessionRow(
                        "s-0",
                        "unfinished",
                        "china-lethal-aid-to-russia",
                        0,
                        "2026-11-27 16:40",
                        false)));
    assertThat(out).contains("session", "status", "scenario", "last turn", "last used");
    assertThat(out).containsPattern("s-1 \\* +live +coe-southeast-asia +2 +2026-11-28 10:02");
    assertThat(out)
        .containsPattern("s-0 +unfinished +china-lethal-aid-to-russia +none +2026-11-27");
    assertThat(out).contains("* this shell's session");
  }

  @Test
  void knobListAt140ColumnsGivesTheMeaningItsRoom() throws Exception {
    Scenario s = Fixtures.library().load(Fixtures.SCENARIO);
    String out = new Views(new Display(false, () -> 140)).knobs(s, Map.of());
    String header = out.lines().filter(l -> l.startsWith("knob")).findFirst().orElseThrow();
    // the meaning had 26 columns; now at least 40, and the value column keeps ids whole
    assertThat(140 - header.indexOf("what it means")).isGreaterThanOrEqualTo(40);
    assertThat(out).containsPattern("(?m)^military-component +none +none +");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(140));
  }

  @Test
  void whereAnActorStandsReadsAsAVerbBeforeTheMove() {
    Display d = new Display(false, () -> 80);
    assertThat(d.stands("OPPOSE")).isEqualTo("opposes");
    assertThat(d.stands("lean-support")).isEqualTo("leans towards");
    assertThat(d.stands("NEUTRAL")).isEqualTo("stays neutral on");
    assertThat(d.stands("SIDEWAYS")).isEqualTo("stands sideways on");
  }
}
