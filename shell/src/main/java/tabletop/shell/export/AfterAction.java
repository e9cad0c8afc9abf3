package tabletop.shell.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.TurnReport;

/**
 * Everything an after-action report shows: the scenario and how it was set up (seed, branch, knob
 * values), the briefing, every played turn as the engine reported it, the outcome per move, the
 * facilitator's audit trail, how well the predictions scored and the discussion questions per turn;
 * optionally the actors' display names, each scored prediction and the other branches. Missing
 * parts (null) become empty so an export never fails on a half-played session; maps keep their
 * order, and questions are ordered by turn.
 */
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
    Map<Integer, List<String>> questions,
    Map<String, String> actorNames,
    List<ScoredPrediction> predictions,
    List<AfterAction> branches) {

  /** A record without actor names, per-prediction results or other branches. */
  public AfterAction(
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
      Map<Integer, List<String>> questions) {
    this(
        scenarioId,
        title,
        briefing,
        seed,
        branch,
        knobs,
        turns,
        outcome,
        timeline,
        scores,
        questions,
        null,
        null,
        null);
  }

  public AfterAction {
    scenarioId = scenarioId == null ? "" : scenarioId;
    title = title == null ? "" : title;
    briefing = briefing == null ? "" : briefing;
    branch = branch == null ? "" : branch;
    knobs = knobs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(knobs));
    turns = turns == null ? List.of() : List.copyOf(turns);
    outcome =
        outcome == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outcome));
    timeline = timeline == null ? List.of() : List.copyOf(timeline);
    scores = scores == null ? List.of() : List.copyOf(scores);
    questions = questions == null ? Map.of() : byTurn(questions);
    actorNames =
        actorNames == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(actorNames));
    predictions = predictions == null ? List.of() : List.copyOf(predictions);
    branches = branches == null ? List.of() : List.copyOf(branches);
  }

  /** The same record with other branches of the exercise, each shown in its own sections. */
  public AfterAction withBranches(List<AfterAction> others) {
    return new AfterAction(
        scenarioId,
        title,
        briefing,
        seed,
        branch,
        knobs,
        turns,
        outcome,
        timeline,
        scores,
        questions,
        actorNames,
        predictions,
        others);
  }

  /** The same record with actor names and each scored prediction. */
  public AfterAction withNames(Map<String, String> names, List<ScoredPrediction> scored) {
    return new AfterAction(
        scenarioId,
        title,
        briefing,
        seed,
        branch,
        knobs,
        turns,
        outcome,
        timeline,
        scores,
        questions,
        names,
        scored,
        branches);
  }

  /** An actor's display name, or its id when none is known. */
  public String actorName(String id) {
    return actorNames.getOrDefault(id, id == null ? "" : id);
  }

  private static Map<Integer, List<String>> byTurn(Map<Integer, List<String>> questions) {
    Map<Integer, List<String>> sorted = new TreeMap<>();
    questions.forEach(
        (turn, list) -> sorted.put(turn, list == null ? List.of() : new ArrayList<>(list)));
    Map<Integer, List<String>> copy = new LinkedHashMap<>();
    sorted.forEach((turn, list) -> copy.put(turn, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }
}
