package tabletop.shell.command;

import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.model.Direction;
import tabletop.shell.render.Display;
import tabletop.shell.render.Views;
import tabletop.shell.support.ByName;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Directions;
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
          "Predict an actor's reaction in the next turn, with a probability (default 1.0). Example: predict china oppose 0.8 --as team-blue",
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
    workshop.apply(new Action.Predict(as, actor, d.name(), probability));
    return (as.equals("you") ? "You predict " : as + " predicts ")
        + actor
        + " will stand at "
        + d.label()
        + " in turn "
        + (workshop.turn() + 1)
        + " ("
        + Views.percent(probability)
        + " sure). 'turn next', then 'scores'.";
  }

  @Command(
      command = "scores",
      description =
          "Each predictor's hits and Brier score over the turns played (multi-class over the five directions: 0 best, 2 worst). Example: scores",
      group = "Predictions")
  public String scores() {
    return new Views(display)
        .scores(Scoring.byPredictor(Scoring.score(workshop.predictions(), workshop.history())));
  }
}
