package tabletop.shell.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tabletop.engine.model.Direction;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.scenarios.io.ScenarioException;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.shell.export.TimelineEntry;
import tabletop.shell.support.BadInputException;

/**
 * One line of play, materialised: the game its actions built, and what the engine does not keep
 * (notes, predictions, the timeline). Built only by applying actions, in order.
 */
final class Line implements AutoCloseable {
  /** What applying an action needs from the workshop. */
  record Context(
      ScenarioLibrary library,
      Supplier<Engine> engine,
      java.util.function.Function<Scenario, List<String>> actors) {
    void requireActor(Scenario s, String actor) {
      List<String> ids = actors.apply(s);
      if (!ids.contains(actor)) {
        throw new BadInputException(
            "unknown actor '"
                + actor
                + "'"
                + tabletop.engine.scenario.Suggest.didYouMean(actor, ids)
                + "; the actors are: "
                + String.join(", ", ids));
      }
    }
  }

  private final List<Action> actions = new ArrayList<>();
  private final List<TimelineEntry> timeline = new ArrayList<>();
  private final List<Prediction> predictions = new ArrayList<>();
  private Scenario scenario;
  private Game game;

  List<Action> actions() {
    return List.copyOf(actions);
  }

  Scenario scenario() {
    return scenario;
  }

  Game game() {
    return game;
  }

  List<TimelineEntry> timeline() {
    return List.copyOf(timeline);
  }

  List<Prediction> predictions() {
    return List.copyOf(predictions);
  }

  /** Replays actions into a fresh line. */
  static Line replay(List<Action> actions, Context ctx) {
    Line line = new Line();
    for (Action a : actions) {
      line.apply(a, ctx);
    }
    return line;
  }

  /**
   * Applies one action; on bad input nothing changes and a {@link BadInputException} says why.
   * Returns the turn report for a played turn or an override, else null.
   */
  TurnReport apply(Action action, Context ctx) {
    ScenarioLibrary library = ctx.library();
    Supplier<Engine> engine = ctx.engine();
    TurnReport result = null;
    if (action instanceof Action.Load load) {
      Scenario s;
      Action.Load kept = ScenarioSource.withContent(library, load);
      try {
        s = ScenarioSource.parse(library, kept);
      } catch (ScenarioException e) {
        throw new BadInputException(Problems.oneLine(e));
      }
      action = kept;
      Game g = engine.get().start(s, Map.of(), load.seed());
      close();
      actions.clear();
      timeline.clear();
      predictions.clear();
      scenario = s;
      game = g;
    } else {
      requireLoaded();
      if (action instanceof Action.SetKnob k) {
        setKnob(k.name(), k.value());
        timeline.add(
            new TimelineEntry(game.turn(), "knob", k.name() + " = " + game.knobs().get(k.name())));
      } else if (action instanceof Action.ResetKnob r) {
        List<Knob> knobs = r.name() == null ? scenario.knobs() : List.of(knob(r.name()));
        for (Knob k : knobs) {
          setKnob(k.name(), k.defaultValue());
        }
        timeline.add(
            new TimelineEntry(
                game.turn(),
                "knob",
                (r.name() == null ? "all knobs" : r.name()) + " reset to the default"));
      } else if (action instanceof Action.Next n) {
        if (game.finished()) {
          throw new BadInputException(
              "all "
                  + scenario.lastTurn()
                  + " turns of "
                  + scenario.id()
                  + " are played; 'turn rewind N' goes back, 'report' writes the after-action report");
        }
        result = game.next();
        // live injects are in the timeline already, from when they were fired
        for (Inject i : scenario.turn(result.turn()).map(t -> t.injects()).orElse(List.of())) {
          timeline.add(new TimelineEntry(result.turn(), "inject", i.title()));
        }
        for (String m : result.moves()) {
          timeline.add(new TimelineEntry(result.turn(), "move", m));
        }
      } else if (action instanceof Action.LiveInject i) {
        game.inject(new Inject(i.text(), i.text(), i.facts(), i.retracts()));
        timeline.add(new TimelineEntry(game.turn() + 1, "inject", i.text()));
      } else if (action instanceof Action.Override o) {
        Direction d = Directions.parse(o.direction());
        if (game.turn() == 0) {
          throw new BadInputException(
              "no turn played yet: 'turn next' first, then override the team's actor");
        }
        ctx.requireActor(scenario, o.actor());
        try {
          result = game.override(o.actor(), null, d, o.reason());
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw new BadInputException(e.getMessage());
        }
        timeline.add(
            new TimelineEntry(
                game.turn(), "override", o.actor() + " " + d.label() + ": " + o.reason()));
      } else if (action instanceof Action.Note note) {
        timeline.add(new TimelineEntry(game.turn(), "note", note.text()));
      } else if (action instanceof Action.Predict p) {
        Direction d = Directions.parse(p.direction());
        ctx.requireActor(scenario, p.actor());
        if (game.finished()) {
          throw new BadInputException("every turn is played; there is nothing left to predict");
        }
        if (p.probability() < 0 || p.probability() > 1) {
          throw new BadInputException("a probability lies between 0 and 1, not " + p.probability());
        }
        Prediction pr =
            new Prediction(p.predictor(), game.turn() + 1, p.actor(), d.name(), p.probability());
        Prediction.Placed placed = Prediction.place(predictions, pr);
        predictions.clear();
        predictions.addAll(placed.predictions());
        timeline.add(
            new TimelineEntry(
                pr.turn(),
                "prediction",
                p.predictor() + ": " + p.actor() + " " + d.label() + " (" + p.probability() + ")"));
      } else if (action instanceof Action.TableMove t) {
        MoveSpec spec = Moves.spec(scenario, game, ctx.actors().apply(scenario), t);
        engineCall(() -> game.tableMove(spec));
        timeline.add(
            new TimelineEntry(
                game.turn() + 1,
                "move",
                t.title() + " (tabled by the team playing " + t.actor() + ")"));
      } else if (action instanceof Action.Veto v) {
        requirePlayed("veto a counter-move");
        String title = Moves.proposedTitle(game, v.answer());
        engineCall(() -> game.veto(v.answer()));
        timeline.add(
            new TimelineEntry(
                game.turn(),
                "veto",
                title
                    + " (vetoed"
                    + (v.reason() == null || v.reason().isBlank() ? "" : ": " + v.reason())
                    + ")"));
      } else if (action instanceof Action.Accept a) {
        requirePlayed("accept a counter-move");
        String title = Moves.proposedTitle(game, a.answer());
        timeline.add(new TimelineEntry(game.turn(), "accept", title + " (accepted)"));
      } else if (action instanceof Action.Withdraw w) {
        requirePlayed("withdraw a move");
        engineCall(() -> game.withdraw(w.move(), w.reason()));
        timeline.add(
            new TimelineEntry(
                game.turn() + 1,
                "withdraw",
                w.move()
                    + " withdrawn"
                    + (w.reason() == null || w.reason().isBlank() ? "" : ": " + w.reason())));
      } else if (action instanceof Action.Amend a) {
        requirePlayed("amend a move");
        Moves.checkFeatures(a.features(), ctx.actors().apply(scenario));
        engineCall(() -> game.amend(a.move(), a.features()));
        timeline.add(
            new TimelineEntry(
                game.turn() + 1, "amend", a.move() + " amended: " + Moves.describe(a.features())));
      } else {
        throw new IllegalArgumentException(
            "not an action of a line: " + action.getClass().getSimpleName());
      }
    }
    actions.add(action);
    return result;
  }

  private void setKnob(String name, String value) {
    knob(name);
    try {
      game.setKnob(name, value);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private Knob knob(String name) {
    return scenario
        .knob(name)
        .orElseThrow(
            () ->
                new BadInputException(
                    "unknown knob '"
                        + name
                        + "'"
                        + tabletop.engine.scenario.Suggest.didYouMean(
                            name, scenario.knobs().stream().map(Knob::name).toList())
                        + "; 'knob list' shows the knobs of "
                        + scenario.id()));
  }

  /** An engine call whose refusal (bad input) becomes the shell's clear message. */
  private static void engineCall(Runnable call) {
    try {
      call.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private void requirePlayed(String what) {
    if (game.turn() == 0) {
      throw new BadInputException("no turn played yet: 'turn next' first, then " + what);
    }
  }

  private void requireLoaded() {
    if (game == null) {
      throw new BadInputException("no scenario loaded: 'scenario load ID' first");
    }
  }

  @Override
  public void close() {
    if (game != null) {
      game.close();
      game = null;
    }
  }
}
