package tabletop.shell.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tabletop.engine.model.Direction;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.shell.export.PredictionScore;

/**
 * Scores predictions against the reactions of the turns they were made for. The Brier score is
 * multi-class over the five directions: a prediction of direction d with probability p spreads the
 * rest, (1 - p), evenly over the other four; the score is the sum of squared differences from the
 * outcome (1 for the direction shown, 0 for the others). 0 is perfect, 2 is the worst. The outcome
 * is the direction reported for that turn: the team's when a team overrode the model.
 */
public final class Scoring {
  private Scoring() {}

  /** One scored prediction. */
  public record Scored(Prediction prediction, String actual, boolean hit, double brier) {}

  public static List<Scored> score(List<Prediction> predictions, List<TurnReport> history) {
    List<Scored> out = new ArrayList<>();
    for (Prediction p : predictions) {
      if (p.turn() < 1 || p.turn() > history.size()) {
        continue; // its turn is not played yet
      }
      Optional<ReactionView> r = history.get(p.turn() - 1).reaction(p.actor());
      if (r.isEmpty()) {
        continue;
      }
      String actual = r.get().direction();
      out.add(new Scored(p, actual, actual.equals(p.direction()), brier(p, actual)));
    }
    return out;
  }

  static double brier(Prediction p, String actual) {
    double rest = (1 - p.probability()) / (Direction.values().length - 1);
    double sum = 0;
    for (Direction d : Direction.values()) {
      double f = d.name().equals(p.direction()) ? p.probability() : rest;
      double o = d.name().equals(actual) ? 1 : 0;
      sum += (f - o) * (f - o);
    }
    return sum;
  }

  /** Per predictor, in the order they first predicted: predictions, hits, mean Brier score. */
  public static List<PredictionScore> byPredictor(List<Scored> scored) {
    Map<String, List<Scored>> by = new LinkedHashMap<>();
    for (Scored s : scored) {
      by.computeIfAbsent(s.prediction().predictor(), k -> new ArrayList<>()).add(s);
    }
    List<PredictionScore> out = new ArrayList<>();
    by.forEach(
        (who, list) ->
            out.add(
                new PredictionScore(
                    who,
                    list.size(),
                    (int) list.stream().filter(Scored::hit).count(),
                    list.stream().mapToDouble(Scored::brier).average().orElse(0))));
    return out;
  }
}
