package tabletop.shell.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tabletop.engine.model.Direction;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Recorded;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.shell.export.PredictionScore;

/**
 * Scores predictions against the reactions of the turns they were made for. Only the prediction
 * that stands counts: a predictor's last word on an actor in a turn. The Brier score is taken over
 * three buckets, support (support, lean support), neutral and oppose (lean oppose, oppose): a
 * prediction of direction d with probability p puts p on d's bucket and spreads the rest evenly
 * over the other two; the score is the sum of squared differences from the outcome, halved. 0 is
 * perfect, 1 the worst, guessing a third each scores 0.33. A hit is a prediction on the right side
 * (bucket).
 *
 * <p>What a prediction is scored against: where the scenario is a historical case whose record
 * holds the actor's reaction in that turn, the recorded direction (for an actor recorded on several
 * moves that turn, its reaction to the move tabled first); otherwise the direction reported for
 * that turn: the team's when a team overrode the model; for an actor reacting to several moves, its
 * reaction to the turn's newest move. Each score says which.
 */
public final class Scoring {
  private Scoring() {}

  /**
   * What a score was taken against: the model (no source), or the record of a historical case: the
   * move whose recorded reaction was used, how many moves of that turn the actor is recorded on,
   * and the record's public source.
   */
  public record Against(String move, int movesRecorded, String source) {
    public static final Against MODEL = new Against(null, 0, null);

    public boolean isRecord() {
      return source != null;
    }
  }

  /** One scored prediction, and what it was scored against. */
  public record Scored(
      Prediction prediction, String actual, boolean hit, double brier, Against against) {
    /** A prediction scored against the model. */
    public Scored(Prediction prediction, String actual, boolean hit, double brier) {
      this(prediction, actual, hit, brier, Against.MODEL);
    }
  }

  /** Scores against the model's reactions. */
  public static List<Scored> score(List<Prediction> predictions, List<TurnReport> history) {
    return score(predictions, history, null);
  }

  /**
   * Scores against the record where {@code scenario} is a case that records the actor in that turn,
   * otherwise against the reactions of the turns played. A prediction is scored once its turn is
   * played.
   */
  public static List<Scored> score(
      List<Prediction> predictions, List<TurnReport> history, Scenario scenario) {
    List<Scored> out = new ArrayList<>();
    for (Prediction p : Prediction.standing(predictions)) {
      if (p.turn() < 1 || p.turn() > history.size()) {
        continue; // its turn is not played yet
      }
      Optional<Recorded> rec = recorded(scenario, p.actor(), p.turn());
      if (rec.isPresent()) {
        String actual = rec.get().direction().name();
        int moves =
            (int)
                scenario.record().stream()
                    .filter(x -> x.actor().equals(p.actor()) && x.turn() == p.turn())
                    .map(Recorded::move)
                    .distinct()
                    .count();
        out.add(
            new Scored(
                p,
                actual,
                bucket(actual) == bucket(p.direction()),
                brier(p, actual),
                new Against(rec.get().move(), moves, rec.get().source())));
        continue;
      }
      Optional<ReactionView> r = reaction(history.get(p.turn() - 1), p.actor());
      if (r.isEmpty()) {
        continue;
      }
      String actual = r.get().direction();
      out.add(new Scored(p, actual, bucket(actual) == bucket(p.direction()), brier(p, actual)));
    }
    return out;
  }

  /**
   * The actor's recorded reaction in a turn of a case: to the move tabled first that turn when it
   * is recorded on several.
   */
  static Optional<Recorded> recorded(Scenario scenario, String actor, int turn) {
    if (scenario == null || !scenario.isCase()) {
      return Optional.empty();
    }
    List<String> order =
        scenario.turn(turn).map(TurnSpec::moves).orElse(List.of()).stream()
            .map(MoveSpec::id)
            .toList();
    return scenario.record().stream()
        .filter(r -> r.actor().equals(actor) && r.turn() == turn)
        .min(
            java.util.Comparator.comparingInt(
                r -> order.indexOf(r.move()) < 0 ? Integer.MAX_VALUE : order.indexOf(r.move())));
  }

  /** The predictions that stand whose turn is not played yet. */
  public static List<Prediction> pending(List<Prediction> predictions, List<TurnReport> history) {
    return Prediction.standing(predictions).stream()
        .filter(p -> p.turn() > history.size())
        .toList();
  }

  /** The actor's reaction to the newest move of the turn it reacted to. */
  private static Optional<ReactionView> reaction(TurnReport t, String actor) {
    List<ReactionView> rs = t.reactions().stream().filter(r -> r.actor().equals(actor)).toList();
    return rs.isEmpty() ? Optional.empty() : Optional.of(rs.get(rs.size() - 1));
  }

  /** -1 oppose, 0 neutral, +1 support. */
  static int bucket(String direction) {
    return Direction.parse(direction).map(d -> Integer.signum(d.rank())).orElse(0);
  }

  static double brier(Prediction p, String actual) {
    double sum = 0;
    for (int b = -1; b <= 1; b++) {
      double f = b == bucket(p.direction()) ? p.probability() : (1 - p.probability()) / 2;
      double o = b == bucket(actual) ? 1 : 0;
      sum += (f - o) * (f - o);
    }
    return sum / 2;
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
