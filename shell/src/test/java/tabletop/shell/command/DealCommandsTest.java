package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tabletop.shell.Fixtures;
import tabletop.shell.render.Display;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Workshop;

/** deal on the default scenario: the ranked packages, the rounds, the formats, bad input. */
class DealCommandsTest {
  private final Workshop workshop = Fixtures.workshop();

  private DealCommands deal(int width) {
    return new DealCommands(
        workshop,
        new Display(false, () -> width),
        Fixtures.json(),
        new StaticListableBeanFactory().getBeanProvider(org.jline.terminal.Terminal.class));
  }

  @AfterEach
  void close() {
    workshop.close();
  }

  @Test
  void theScreenRanksPackagesAndPlaysTheRoundsWithin80Columns() {
    // when a facilitator asks what package could pass, with two rounds of bargaining
    String out = deal(80).deal("coe", 2, 18, null, "table");

    // then the screen names the move, the knobs searched, where the defaults leave it
    assertThat(out)
        .startsWith("Deal on coe: ")
        .contains("18 packages of the negotiable knobs military-component, funding,")
        .contains("As the knobs stand:")
        .containsPattern(
            "closest to blocking: [A-Z][^(\\n]+ \\(\\d+% likely to end in a stand that blocks");
    java.util.regex.Matcher closest =
        java.util.regex.Pattern.compile("closest to blocking: ([^(\\n]+?) \\(").matcher(out);
    assertThat(closest.find()).isTrue();
    String vetoPlayer = closest.group(1);
    // the allies block in most trials, so the best package is near the 5-point line (DealTest):
    // whichever side of it the seed falls, the screen says so and marks exactly that
    String flat = out.replaceAll("\\s+", " ");
    if (out.contains("(better)")) {
      assertThat(flat)
          .containsPattern("(1 package of 18 reaches|\\d+ packages of 18 reach) a better outcome");
      assertThat(flat).doesNotContain("No package reaches");
    } else {
      assertThat(flat)
          .contains("No package reaches a better outcome than the knobs as they stand: the best");
    }
    assertThat(out)
        .containsPattern("  1\\. goes ahead \\d+% ")
        .contains("concedes: ")
        .containsPattern("to: [^\\n]*Southeast Asian host \\d+% → \\d+%");
    // the rounds, and the assumptions with their confidence
    assertThat(out)
        .contains("Bargaining, from the knobs as they stand (mover: NATO)")
        // the veto player closest to blocking proposes first
        .contains("  1. " + vetoPlayer + " proposes ")
        .contains("Ended: ")
        .contains("Assumptions (confidence):")
        .containsPattern("    0\\.\\d\\d  A package reaches a better outcome");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(out).doesNotContain("more (--top ");
  }

  @Test
  void jsonCarriesTheRankingAndTopCutsTheScreenAt100Columns() throws Exception {
    var tree = Fixtures.json().readTree(deal(100).deal("coe", 0, 5, 300, "json"));
    assertThat(tree.get("move").asText()).isEqualTo("coe");
    assertThat(tree.get("trials").asInt()).isEqualTo(300);
    assertThat(tree.get("ranked").size()).isEqualTo(18);
    assertThat(tree.get("ranked").get(0).get("goesAhead").asDouble())
        .isGreaterThanOrEqualTo(tree.get("ranked").get(17).get("goesAhead").asDouble());
    assertThat(tree.get("rounds").size()).isZero();
    assertThat(tree.get("assumptions").get(0).get("confidence").asDouble()).isBetween(0.0, 1.0);

    String screen = deal(100).deal("coe", 0, 2, 300, "table");
    assertThat(screen).contains("… and 16 more (--top 18 shows all)").doesNotContain("Bargaining");
    assertThat(screen.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void badInputSaysWhatIsAllowed() {
    DealCommands d = deal(100);
    assertThatThrownBy(() -> d.deal("cooe", 0, 5, null, "table"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "coe-southeast-asia has no move 'cooe' (did you mean 'coe'?); its moves are: coe");
    assertThatThrownBy(() -> d.deal("coe", -1, 5, null, "table"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--rounds takes a whole number from 0 to 50");
    assertThatThrownBy(() -> d.deal("coe", 0, 0, null, "table"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--top");
    assertThatThrownBy(() -> d.deal("coe", 0, 5, 0, "table"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--trials takes a whole number from 1");
    assertThatThrownBy(() -> d.deal("coe", 0, 5, null, "csv"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--format takes table or json");
  }
}
