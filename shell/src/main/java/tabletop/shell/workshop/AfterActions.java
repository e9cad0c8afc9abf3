package tabletop.shell.workshop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Actor;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.engine.sim.Game;
import tabletop.shell.export.AfterAction;
import tabletop.shell.export.ScoredPrediction;

/**
 * Builds the after-action report of the current line of a workshop: actor names, each scored
 * prediction (missed ones too), and the other branches that played a turn.
 */
public final class AfterActions {
  private AfterActions() {}

  public static AfterAction of(Workshop w) {
    List<AfterAction> others =
        w
            .eachOtherBranch(
                (name, line) ->
                    line.game() == null || line.game().turn() == 0
                        ? null
                        : of(
                            name,
                            line.scenario(),
                            line.game(),
                            line.timeline(),
                            line.predictions()))
            .stream()
            .filter(a -> a != null)
            .toList();
    return of(w.branch(), w.scenario(), w.game(), w.timeline(), w.predictions())
        .withBranches(others);
  }

  static AfterAction of(
      String branch,
      Scenario s,
      Game game,
      List<tabletop.shell.export.TimelineEntry> timeline,
      List<Prediction> predictions) {
    Report r = game.report();
    Map<Integer, List<String>> questions = new LinkedHashMap<>();
    for (TurnSpec t : s.turns()) {
      if (!t.questions().isEmpty()) {
        questions.put(t.number(), t.questions());
      }
    }
    List<Scoring.Scored> scored = Scoring.score(predictions, r.turns(), s);
    return new AfterAction(
            s.id(),
            s.title(),
            s.briefing(),
            r.seed(),
            branch,
            r.knobs(),
            r.turns(),
            r.outcome(),
            timeline,
            Scoring.byPredictor(scored),
            questions)
        .withNames(names(s, game), scored(scored));
  }

  private static Map<String, String> names(Scenario s, Game game) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Actor a : game.actors()) {
      if (a.name() != null && !a.name().isBlank()) {
        names.put(a.id(), a.name());
      }
    }
    for (ActorSpec a : s.actors()) {
      if (a.name() != null && !a.name().isBlank()) {
        names.putIfAbsent(a.id(), a.name());
      }
    }
    return names;
  }

  private static List<ScoredPrediction> scored(List<Scoring.Scored> scored) {
    return scored.stream()
        .map(
            s -> {
              Prediction p = s.prediction();
              return new ScoredPrediction(
                  p.predictor(),
                  p.turn(),
                  p.actor(),
                  p.direction(),
                  p.probability(),
                  s.actual(),
                  s.hit(),
                  s.brier(),
                  s.against().isRecord() ? "record" : "model",
                  s.against().move(),
                  s.against().source());
            })
        .toList();
  }
}
