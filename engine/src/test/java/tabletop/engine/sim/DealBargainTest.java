package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.KnobEffect;
import tabletop.engine.scenario.MoveSpec;

/**
 * The values a negotiable knob is searched over, and the bargaining rounds on packages whose
 * figures are given: the veto player proposes what raises its own support, the mover accepts what
 * does not lower the chance the move goes ahead, and counters otherwise.
 */
class DealBargainTest {
  private static final Knob A = bool("a");
  private static final Knob B = bool("b");
  private static final MoveSpec MOVE =
      new MoveSpec("m", "nato", "centre-of-excellence", "", "", Map.of(), "");

  private static Knob bool(String name) {
    return new Knob(
        name,
        Knob.Type.BOOLEAN,
        "false",
        List.of(),
        null,
        null,
        "",
        List.of(KnobEffect.world(name)),
        true);
  }

  @Test
  void aSetKnobIsSearchedOneItemAddedOrRemovedAtATime() {
    Knob scope =
        new Knob("scope", Knob.Type.SET, "a,b", List.of("a", "b", "c"), null, null, "", List.of());
    assertThat(Deal.values(scope, "a,b")).containsExactly("a,b", "b", "a", "a,b,c");
    Knob n = new Knob("n", Knob.Type.NUMBER, "0.5", List.of(), 0.0, 1.0, "", List.of());
    assertThat(Deal.values(n, "0.5")).containsExactly("0.5", "0.0", "1.0");
    Knob c =
        new Knob("c", Knob.Type.CHOICE, "y", List.of("x", "y", "z"), null, null, "", List.of());
    assertThat(Deal.values(c, "y")).containsExactly("y", "x", "z");
    assertThat(Deal.values(A, "true")).containsExactly("true", "false");
  }

  @Test
  void theMoverCountersAProposalThatLowersTheChanceItGoesAhead() {
    Deal.Search s = search();
    // the host would most like a; it lowers the chance the move goes ahead
    put(s, false, false, 0.30, 0.20);
    put(s, true, false, 0.20, 0.60);
    // the mover's best change is b, which the host does not mind
    put(s, false, true, 0.50, 0.25);
    put(s, true, true, 0.60, 0.70);
    List<Deal.Round> rounds = new java.util.ArrayList<>();
    String ended = s.bargain(List.of(s.cache.get(pkg(false, false))), values(), 10, rounds);

    assertThat(rounds).hasSize(3);
    Deal.Round first = rounds.get(0);
    assertThat(first.proposer()).isEqualTo("host");
    assertThat(first.proposal()).isEqualTo(new Deal.Change("a", "false", "true"));
    assertThat(first.accepted()).isFalse();
    assertThat(first.counter()).isEqualTo(new Deal.Change("b", "false", "true"));
    assertThat(first.counterStands()).isTrue();
    assertThat(first.goesAhead()).isEqualTo(0.50);

    Deal.Round second = rounds.get(1);
    assertThat(second.proposal()).isEqualTo(new Deal.Change("a", "false", "true"));
    assertThat(second.accepted()).isTrue();
    assertThat(second.knobs()).isEqualTo(pkg(true, true));

    assertThat(rounds.get(2).proposal()).isNull();
    assertThat(ended).isEqualTo("host has no change to propose that raises its own support");
  }

  @Test
  void aCounterThatLowersTheProposersSupportIsRejectedAndTheBargainingEnds() {
    Deal.Search s = search();
    put(s, false, false, 0.30, 0.20);
    put(s, true, false, 0.20, 0.60);
    put(s, false, true, 0.50, 0.10);
    put(s, true, true, 0.60, 0.70);
    List<Deal.Round> rounds = new java.util.ArrayList<>();
    String ended = s.bargain(List.of(s.cache.get(pkg(false, false))), values(), 10, rounds);

    assertThat(rounds).hasSize(1);
    assertThat(rounds.get(0).counterStands()).isFalse();
    assertThat(rounds.get(0).knobs()).isEqualTo(pkg(false, false));
    assertThat(ended).isEqualTo("round 1 changed nothing: the bargaining is stuck");
  }

  private static Deal.Search search() {
    return new Deal.Search(
        null, null, MOVE, Map.of(), 1, Uncertainty.NONE, 1, Map.of(), List.of(A, B), () -> false);
  }

  private static List<List<String>> values() {
    return List.of(List.of("false", "true"), List.of("false", "true"));
  }

  private static Map<String, String> pkg(boolean a, boolean b) {
    return Map.of("a", String.valueOf(a), "b", String.valueOf(b));
  }

  private static void put(Deal.Search s, boolean a, boolean b, double goes, double host) {
    Map<Trials.Standing, Double> end = new EnumMap<>(Trials.Standing.class);
    end.put(Trials.Standing.GOES_AHEAD, goes);
    end.put(Trials.Standing.DECLINED, 1 - goes);
    s.cache.put(
        pkg(a, b),
        new Deal.Measured(
            pkg(a, b),
            end,
            "DECLINED",
            Map.of("host", host, "japan", 0.9),
            Map.of("host", 1 - goes)));
  }
}
