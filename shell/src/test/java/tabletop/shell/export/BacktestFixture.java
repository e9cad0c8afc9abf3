package tabletop.shell.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Direction;
import tabletop.engine.scenario.Recorded;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.backtest.Backtest;

/**
 * A small backtest result built by hand, so that the renderers are tested without running trials:
 * two cases, four scored reactions (one source carrying markup that must be escaped) and one that
 * could not be scored.
 */
final class BacktestFixture {
  private BacktestFixture() {}

  static final String HOSTILE_SOURCE = "<script>alert(1)</script> Ministry & \"Press\" | office";

  static Backtest.Result result() {
    List<Backtest.Scored> scored = new ArrayList<>();
    scored.add(
        scored(
            "summit-2023",
            rec("china", "summit", Direction.OPPOSE, "MFA press conference, 1 May 2023"),
            dist(0.05, 0.05, 0.2, 0.3, 0.4),
            Direction.OPPOSE));
    scored.add(
        scored(
            "summit-2023",
            rec("japan", "summit", Direction.SUPPORT, HOSTILE_SOURCE),
            dist(0.5, 0.2, 0.2, 0.1, 0.0),
            Direction.SUPPORT));
    scored.add(
        scored(
            "office-2024",
            rec("china", "office", Direction.LEAN_OPPOSE, "MFA, 2 June 2024"),
            dist(0.0, 0.1, 0.6, 0.2, 0.1),
            Direction.NEUTRAL));
    scored.add(
        scored(
            "office-2024",
            rec("russia", "office", Direction.NEUTRAL, "Kremlin, 3 June 2024"),
            dist(0.0, 0.0, 0.7, 0.2, 0.1),
            null));
    List<Backtest.Unscored> unscored =
        List.of(
            new Backtest.Unscored(
                "office-2024",
                rec("france", "office", Direction.OPPOSE, "Élysée, 4 June 2024"),
                "no reaction of france to office by turn 1"));
    return new Backtest.Result(Uncertainty.PRIOR, 7, 500, Backtest.withBaseRates(scored), unscored);
  }

  static BacktestData data() {
    return BacktestData.of(result(), "cases", 2);
  }

  private static Recorded rec(String actor, String move, Direction d, String source) {
    return new Recorded(actor, move, 1, d, source, "evidence");
  }

  private static Backtest.Scored scored(
      String caseId, Recorded r, Map<Direction, Double> model, Direction run) {
    return new Backtest.Scored(caseId, r, model, run, null);
  }

  /** Support, lean support, neutral, lean oppose, oppose. */
  private static Map<Direction, Double> dist(double s, double ls, double n, double lo, double o) {
    Map<Direction, Double> m = new EnumMap<>(Direction.class);
    m.put(Direction.SUPPORT, s);
    m.put(Direction.LEAN_SUPPORT, ls);
    m.put(Direction.NEUTRAL, n);
    m.put(Direction.LEAN_OPPOSE, lo);
    m.put(Direction.OPPOSE, o);
    return m;
  }
}
