package tabletop.shell.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Actor;
import tabletop.shell.Fixtures;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.AfterActions;
import tabletop.shell.workshop.Prediction;
import tabletop.shell.workshop.Scoring;
import tabletop.shell.workshop.Workshop;

/**
 * A record played by the real engine: china-lethal-aid-to-russia, two turns, a room prediction that
 * misses, a team decision for the host and a note; a branch where Russia's war has ended.
 */
final class RealRecord {
  static final AfterAction RECORD;

  static {
    Workshop w = new Workshop(Fixtures.library(), Fixtures.ENGINE, "china-lethal-aid-to-russia", 0);
    try {
      w.apply(new Action.Predict("room", "japan", "SUPPORT", 0.7));
      w.apply(new Action.Next());
      w.apply(
          new Action.Override(
              "southeast-asian-host",
              "LEAN_OPPOSE",
              "The host will not be seen to side with Moscow"));
      w.apply(new Action.Note("The room split on whether the host can stay quiet."));
      w.apply(new Action.Next());
      AfterAction main = named(w);
      w.apply(new Action.Rewind(0));
      w.apply(new Action.Fork("war-over"));
      w.apply(new Action.SetKnob("russia-war-ongoing", "false"));
      w.apply(new Action.Next());
      AfterAction other = named(w);
      RECORD = main.withBranches(List.of(other));
    } finally {
      w.close();
    }
  }

  private static AfterAction named(Workshop w) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Actor a : w.game().actors()) {
      names.put(a.id(), a.name());
    }
    List<ScoredPrediction> scored =
        Scoring.score(w.predictions(), w.history()).stream()
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
                      s.brier());
                })
            .toList();
    return AfterActions.of(w).withNames(names, scored);
  }

  private RealRecord() {}
}
