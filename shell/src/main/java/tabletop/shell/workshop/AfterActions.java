package tabletop.shell.workshop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.shell.export.AfterAction;

/** Builds the after-action report of the current line of a workshop. */
public final class AfterActions {
  private AfterActions() {}

  public static AfterAction of(Workshop w) {
    Scenario s = w.scenario();
    Report r = w.game().report();
    Map<Integer, List<String>> questions = new LinkedHashMap<>();
    for (TurnSpec t : s.turns()) {
      if (!t.questions().isEmpty()) {
        questions.put(t.number(), t.questions());
      }
    }
    return new AfterAction(
        s.id(),
        s.title(),
        s.briefing(),
        r.seed(),
        w.branch(),
        r.knobs(),
        r.turns(),
        r.outcome(),
        w.timeline(),
        Scoring.byPredictor(Scoring.score(w.predictions(), r.turns())),
        questions);
  }
}
