package tabletop.shell.export;

import java.util.List;
import java.util.Map;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.TurnReport;

/** Everything an after-action report shows about one line of play of a workshop. */
public record AfterAction(
    String scenarioId,
    String title,
    String briefing,
    long seed,
    String branch,
    Map<String, String> knobs,
    List<TurnReport> turns,
    Map<String, OutcomeView> outcome,
    List<TimelineEntry> timeline,
    List<PredictionScore> scores,
    Map<Integer, List<String>> questions) {}
