package tabletop.shell.command;

import java.util.List;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.model.Direction;
import tabletop.engine.model.Vocabulary;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Exercise;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.Suggest;
import tabletop.engine.scenario.TurnSpec;
import tabletop.shell.command.completion.WorldFacts;
import tabletop.shell.render.Display;
import tabletop.shell.render.Handout;
import tabletop.shell.render.Text;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Directions;
import tabletop.shell.workshop.Workshop;

/** What a facilitator does between turns: brief, ask, inject, let a team decide, take notes. */
@Command
public class WorkshopCommands {
  private final Workshop workshop;
  private final Display display;

  public WorkshopCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @Command(
      command = "brief",
      description =
          "Read out the briefing of the scenario; with --team, that team's handout: the actors it plays, its objective, the exercise's objectives, the briefing and the moves it faces. Example: brief --team host-team",
      group = "Workshop")
  public String brief(
      @ByName
          @Option(
              longNames = "team",
              label = "TEAM",
              description = "a player team the scenario's exercise declares")
          @OptionValues(provider = "teamIds")
          String team) {
    Scenario s = workshop.scenario();
    if (team == null) {
      return Screens.of(workshop, display).briefing(s);
    }
    List<String> ids = s.exercise().teams().stream().map(Exercise.Team::id).toList();
    if (ids.isEmpty()) {
      throw new BadInputException(
          s.id()
              + " declares no teams; 'brief' without --team reads the briefing, and a scenario"
              + " names its teams under 'exercise: teams:' (see scenarios/README.md)");
    }
    Exercise.Team t =
        s.exercise()
            .team(team)
            .orElseThrow(
                () ->
                    new BadInputException(
                        "no team '"
                            + team
                            + "'"
                            + Suggest.didYouMean(team, ids)
                            + "; the teams of "
                            + s.id()
                            + " are: "
                            + String.join(", ", ids)));
    return new Handout(display, Screens.names(workshop)).render(s, t);
  }

  /** The briefing, for callers without a team. */
  public String brief() {
    return brief(null);
  }

  @Command(
      command = "questions",
      description =
          "The discussion questions of a turn (default: the last played, or turn 1). Example: questions --turn 2",
      group = "Workshop")
  public String questions(
      @Option(longNames = "turn", label = "N", description = "the turn") Integer turn) {
    Scenario s = workshop.scenario();
    int n = turn == null ? Math.max(1, workshop.turn()) : turn;
    if (n < 1 || n > s.lastTurn()) {
      throw new BadInputException(
          "turn " + n + " is out of range: " + s.id() + " has turns 1 to " + s.lastTurn());
    }
    List<String> qs = s.turn(n).map(TurnSpec::questions).orElse(List.of());
    if (qs.isEmpty()) {
      return "Turn " + n + " has no discussion questions.";
    }
    StringBuilder sb = new StringBuilder(display.bold("Questions for turn " + n) + "\n");
    int i = 1;
    for (String q : qs) {
      List<String> lines = Text.wrap(q, Math.min(display.width(), 90) - 6);
      for (int j = 0; j < lines.size(); j++) {
        sb.append(j == 0 ? String.format("  %d. ", i) : "     ").append(lines.get(j)).append('\n');
      }
      i++;
    }
    return sb.toString().stripTrailing();
  }

  @Command(
      command = "inject",
      description =
          "A live inject; it takes effect at the start of the next turn. Example: inject Russia's war ends --retract russia-war-on-ukraine",
      group = "Workshop")
  public String inject(
      @Option(
              longNames = "text",
              required = true,
              arity = OptionArity.ONE_OR_MORE,
              label = "TEXT",
              description = "what happened, as it will be read out")
          String text,
      @ByName
          @Option(
              longNames = "fact",
              label = "FACT",
              arity = OptionArity.ONE_OR_MORE,
              description = "world fact to assert, id or id=value")
          @OptionValues(provider = "worldFacts")
          String[] facts,
      @ByName
          @Option(
              longNames = "retract",
              label = "FACT",
              arity = OptionArity.ONE_OR_MORE,
              description = "world fact to retract")
          @OptionValues(provider = "worldFacts")
          String[] retracts) {
    if (text == null || text.isBlank()) {
      throw new BadInputException(
          "inject needs its text: inject TEXT [--fact F] [--retract F] (e.g. inject Russia's war"
              + " ends --retract russia-war-on-ukraine)");
    }
    List<String> asserted = worldFacts(facts, "--fact");
    List<String> retracted = worldFacts(retracts, "--retract");
    workshop.apply(new Action.LiveInject(text, asserted, retracted));
    int next = workshop.turn() + 1;
    if (asserted.isEmpty() && retracted.isEmpty()) {
      // the text is echoed as typed, on its own line; the explanation wraps on words
      return "Inject recorded as narrative: \""
          + text
          + "\".\n"
          + Text.block(
                  "It goes into the timeline and the report for turn "
                      + next
                      + ", but changes nothing in the model: no reaction will differ. To make it"
                      + " count, name the world fact it changes: inject TEXT --fact FACT (or"
                      + " --retract FACT); 'inject --fact' then Tab lists the facts.",
                  display.width(),
                  "")
              .stripTrailing();
    }
    List<String> changes = new java.util.ArrayList<>();
    if (!asserted.isEmpty()) {
      changes.add("asserts " + String.join(", ", asserted));
    }
    if (!retracted.isEmpty()) {
      changes.add("retracts " + String.join(", ", retracted));
    }
    return "Inject recorded: \""
        + text
        + "\". It takes effect at the start of turn "
        + next
        + " ('turn next'): it "
        + String.join(" and ", changes)
        + ".";
  }

  /** World facts named by {@code --fact}/{@code --retract}: known ids, each maybe with =value. */
  static List<String> worldFacts(String[] given, String option) {
    if (given == null) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>();
    for (String g : given) {
      String f = g.strip();
      if (f.isEmpty()) {
        continue;
      }
      int eq = f.indexOf('=');
      String id = eq >= 0 ? f.substring(0, eq).strip() : f;
      List<String> injectable = WorldFacts.injectable();
      if (!injectable.contains(id)) {
        boolean derived = Vocabulary.WORLD_FACTS.containsKey(id);
        throw new BadInputException(
            (derived
                    ? "'" + id + "' is derived by the knowledge base, not set by an inject"
                    : "unknown world fact '" + id + "'" + Suggest.didYouMean(id, injectable))
                + "; "
                + option
                + " takes a world fact id, or id=value; the facts an inject may change are: "
                + String.join(", ", injectable));
      }
      out.add(f);
    }
    return out;
  }

  @Command(
      command = "override",
      description =
          "A team's decision replaces the model's reaction of an actor in this turn; others react next turn. Example: override china lean-oppose --reason Beijing waits",
      group = "Workshop")
  public String override(
      @Option(
              longNames = "actor",
              required = true,
              label = "ACTOR",
              description = "the actor whose reaction the team decides")
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
              longNames = "reason",
              required = true,
              arity = OptionArity.ONE_OR_MORE,
              label = "REASON",
              description = "why the team decided so")
          String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BadInputException(
          "override needs the team's reason: override ACTOR DIRECTION --reason TEXT (e.g. override"
              + " china lean-oppose --reason Beijing waits and sees)");
    }
    Direction d = Directions.parse(direction);
    TurnReport t = workshop.apply(new Action.Override(actor, d.name(), reason));
    boolean last = t.turn() >= workshop.scenario().lastTurn();
    return "Recorded: "
        + actor
        + " "
        + display.direction(d.name())
        + " in turn "
        + t.turn()
        + ", the team's decision.\n"
        + tabletop.shell.render.Text.block("Reason: " + reason, display.width(), "  ")
        + (last
            ? "  (this was the last turn)\n\n"
            : "  The other actors react to it next turn.\n\n")
        + Screens.of(workshop, display).turn(t, Screens.questions(workshop, t.turn()));
  }

  @Command(
      command = "note",
      description =
          "Write an observation into the record. Example: note the host team asked for a sunset clause",
      group = "Workshop")
  public String note(
      @Option(
              longNames = "text",
              required = true,
              arity = OptionArity.ONE_OR_MORE,
              label = "TEXT",
              description = "the observation")
          String text) {
    if (text == null || text.isBlank()) {
      throw new BadInputException(
          "note needs its text: note TEXT (e.g. note the host team asked for a sunset clause)");
    }
    workshop.apply(new Action.Note(text));
    return "Noted (turn " + workshop.turn() + ").";
  }
}
