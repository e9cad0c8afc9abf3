package tabletop.shell.command;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import tabletop.engine.model.Direction;
import tabletop.shell.command.completion.ActorIds;
import tabletop.shell.command.completion.DirectionNames;
import tabletop.shell.render.Display;
import tabletop.shell.render.Views;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Directions;
import tabletop.shell.workshop.Scoring;
import tabletop.shell.workshop.Workshop;

/** Predict before the engine answers; see who predicted well. */
@ShellComponent
public class PredictCommands {
  private final Workshop workshop;
  private final Display display;

  public PredictCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @ShellMethod(
      key = "predict",
      value =
          "Predict an actor's reaction in the next turn, with a probability (default 1.0). Example: predict china oppose 0.8 --as team-blue",
      group = "Predictions")
  public String predict(
      @ShellOption(value = "--actor", valueProvider = ActorIds.class) String actor,
      @ShellOption(value = "--direction", valueProvider = DirectionNames.class) String direction,
      @ShellOption(value = "--probability", defaultValue = "1.0") double probability,
      @ShellOption(value = "--as", defaultValue = "you", help = "who predicts") String as) {
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

  @ShellMethod(
      key = "scores",
      value =
          "Each predictor's hits and Brier score over the turns played (multi-class over the five directions: 0 best, 2 worst). Example: scores",
      group = "Predictions")
  public String scores() {
    return new Views(display)
        .scores(Scoring.byPredictor(Scoring.score(workshop.predictions(), workshop.history())));
  }
}
