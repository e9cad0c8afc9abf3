package tabletop.shell.command;

import java.util.List;
import java.util.Optional;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.model.Direction;
import tabletop.engine.report.TurnReport;
import tabletop.shell.render.Display;
import tabletop.shell.support.ByName;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Directions;
import tabletop.shell.workshop.Prediction;
import tabletop.shell.workshop.Scoring;
import tabletop.shell.workshop.Workshop;

/** Predict before the engine answers; see who predicted well. */
@Command
public class PredictCommands {
  private final Workshop workshop;
  private final Display display;

  public PredictCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @Command(
      command = "predict",
      description =
          "Predict an actor's reaction in the next turn, with how sure you are (default 1.0). A new prediction by the same predictor for the same actor and turn replaces the old. It is scored in three buckets (support / neutral / oppose; a lean counts with its side) by the Brier score: 0 best, 1 worst. Example: predict china oppose 0.8 --as team-blue",
      group = "Predictions")
  public String predict(
      @Option(longNames = "actor", required = true, label = "ACTOR", description = "the actor")
          @OptionValues(provider = "actorIds")
          String actor,
      @Option(
              longNames = "direction",
              required = true,
              label = "DIRECTION",
              description = "support, lean-support, neutral, lean-oppose or oppose")
          @OptionValues(provider = "directionNames")
          String direction,
      @Option(
              longNames = "probability",
              defaultValue = "1.0",
              label = "PROBABILITY",
              description = "how sure, from 0 to 1")
          double probability,
      @ByName
          @Option(
              longNames = "as",
              defaultValue = "you",
              label = "NAME",
              description = "who predicts")
          String as) {
    Direction d = Directions.parse(direction);
    List<Prediction> before = workshop.predictions();
    workshop.apply(new Action.Predict(as, actor, d.name(), probability));
    Prediction p = new Prediction(as, workshop.turn() + 1, actor, d.name(), probability);
    Optional<Prediction> replaced = before.stream().filter(p::sameSlot).findFirst();
    return Screens.of(workshop, display).predicted(p, replaced).stripTrailing()
        + "\n'turn next', then 'scores'.";
  }

  @Command(
      command = "scores",
      description =
          "The predictions waiting for their turn, then each predictor's scored predictions: hit or miss and the Brier score over three buckets (support / neutral / oppose): 0 best, 1 worst. In a historical case a prediction is scored against the recorded reaction where the record has one, otherwise against the model; each score says which. Example: scores",
      group = "Predictions")
  public String scores() {
    List<Prediction> predictions = workshop.predictions();
    List<TurnReport> history = workshop.history();
    return Screens.of(workshop, display)
        .scores(
            Scoring.score(predictions, history, workshop.scenario()),
            Scoring.pending(predictions, history))
        .stripTrailing();
  }
}
