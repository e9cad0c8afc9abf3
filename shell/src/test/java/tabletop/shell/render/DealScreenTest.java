package tabletop.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.sim.Deal;

/** The deal screen says plainly when no package does better, and when nothing is negotiable. */
class DealScreenTest {
  private static Deal.Package pkg(String value, double goesAhead, boolean better) {
    List<Deal.Change> concedes =
        value.equals("false") ? List.of() : List.of(new Deal.Change("k", "false", value));
    return new Deal.Package(
        Map.of("k", value),
        concedes,
        goesAhead,
        0.1,
        0.9 - goesAhead,
        0,
        0,
        "DECLINED",
        1.5,
        Map.of("host", 0.5, "japan", 1.0),
        Map.of("host", 0.4),
        "host",
        0.4,
        List.of(),
        better);
  }

  private static Deal.Result result(List<String> negotiable, List<Deal.Package> ranked) {
    Deal.Package base = ranked.stream().filter(p -> p.concedes().isEmpty()).findFirst().get();
    return new Deal.Result(
        "s",
        "m",
        "nato",
        3,
        7,
        100,
        negotiable,
        List.of("host"),
        Map.of("host", 1.0, "japan", 1.0),
        base,
        ranked,
        ranked.stream().filter(Deal.Package::better).toList(),
        List.of(),
        null,
        List.of(new Deal.Assumption("an assumption", 0.5)));
  }

  @Test
  void noBetterPackageIsSaidPlainly() {
    Deal.Result r =
        result(List.of("k"), List.of(pkg("true", 0.44, false), pkg("false", 0.42, false)));
    String out = new DealScreen(Names.ids(), 80).render(r, 5);
    assertThat(out.replaceAll("\\s+", " "))
        .contains(
            "No package reaches a better outcome than the knobs as they stand: the best goes ahead"
                + " 44% against 42% now, less than 5 points more.")
        .doesNotContain("(better)")
        .doesNotContain("Bargaining");
  }

  @Test
  void aBetterPackageIsMarkedAndCounted() {
    Deal.Result r =
        result(List.of("k"), List.of(pkg("true", 0.60, true), pkg("false", 0.42, false)));
    String out = new DealScreen(Names.ids(), 80).render(r, 5);
    assertThat(out)
        .contains("1 package of 2 reaches a better outcome")
        .contains("   1. goes ahead 60% · stalled 10% · declined 30% · blocked 0% (better)")
        .contains("concedes: k false → true")
        .contains("to: nobody")
        .doesNotContain("No package reaches");
  }

  @Test
  void nothingNegotiableSaysHowToMarkIt() {
    Deal.Result r = result(List.of(), List.of(pkg("false", 0.42, false)));
    String out = new DealScreen(Names.ids(), 80).render(r, 5);
    assertThat(out)
        .contains("No knob of s is marked negotiable for m")
        .contains("'negotiable: true'");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }
}
