package tabletop.shell.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.model.Move;
import tabletop.engine.report.AnswerView;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.sim.Game;
import tabletop.shell.render.Display;
import tabletop.shell.render.Names;
import tabletop.shell.render.Text;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.Moves;
import tabletop.shell.workshop.Workshop;

/**
 * Moves as in a matrix game: what is on the table, the counter-moves the model proposes (accept or
 * veto them), a team's own move in the knowledge base's vocabulary, withdrawals and amendments.
 * Everything takes effect at the start of the next turn.
 */
@Command
public class MoveCommands {
  private final Workshop workshop;
  private final Display display;

  public MoveCommands(Workshop workshop, Display display) {
    this.workshop = workshop;
    this.display = display;
  }

  @Command(
      command = "move list",
      description =
          "The moves on the table, those decided, those waiting for next turn, and the counter-moves the model proposes with why. Example: move list",
      group = "Moves")
  public String list() {
    Game g = workshop.game();
    Names names = Screens.names(workshop);
    int width = display.width();
    StringBuilder sb = new StringBuilder();
    sb.append(display.bold("Moves after turn " + g.turn())).append('\n');
    List<String> on = g.onTheTable();
    Map<String, OutcomeView> decided = g.decided();
    Map<String, Move> moves = g.moves();
    if (moves.isEmpty()) {
      sb.append("  none tabled yet ('turn next' plays the first turn)\n");
    }
    for (String id : on) {
      sb.append(Text.block("on the table  " + id + ": " + names.move(id), width, "  "));
    }
    decided.forEach(
        (id, o) ->
            sb.append(
                Text.block(
                    "decided       "
                        + id
                        + ": "
                        + Workshop.words(o.status())
                        + (o.by() == null || o.by().isBlank()
                            ? ""
                            : " (" + names.actor(o.by()) + ")"),
                    width,
                    "  ")));
    for (MoveSpec m : g.movesWaiting()) {
      sb.append(
          Text.block(
              "next turn     "
                  + m.id()
                  + ": "
                  + m.title()
                  + " (tabled by the team playing "
                  + names.actor(m.actor())
                  + ")",
              width,
              "  "));
    }
    List<AnswerView> proposed =
        g.history().isEmpty() ? List.of() : g.history().get(g.history().size() - 1).answers();
    if (!proposed.isEmpty()) {
      sb.append('\n')
          .append(
              display.bold(
                  "Counter-moves the model proposes for turn "
                      + (g.turn() + 1)
                      + " (tabled unless vetoed)"))
          .append('\n');
      for (AnswerView a : proposed) {
        sb.append(answer(a, names, width));
      }
      sb.append(
          Text.block(
              "'move veto ID --reason TEXT' stops one; 'move accept ID' records that the room"
                  + " agrees; 'move replace ID --actor A --kind K --title T' puts the team's own"
                  + " move in its place.",
              width,
              ""));
    }
    return sb.toString().stripTrailing();
  }

  /** One proposed counter-move with the chain behind it. */
  private String answer(AnswerView a, Names names, int width) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        Text.block(
            a.id() + (AnswerView.VETOED.equals(a.status()) ? " [vetoed]" : "") + ": " + a.title(),
            width,
            "  "));
    String why =
        "because "
            + names.actor(a.watch())
            + " "
            + display.stands(a.watchDirection())
            + " "
            + names.move(a.answers())
            + "; "
            + a.kind()
            + (a.features().isEmpty() ? "" : ", " + Moves.describe(roles(a.features())));
    sb.append(Text.block(why, width, "      "));
    for (String r : a.rules()) {
      sb.append(Text.block("rule: " + r, width, "      "));
    }
    if (!a.sources().isEmpty()) {
      sb.append(Text.block("sources: " + String.join(", ", a.sources()), width, "      "));
    }
    for (AssumptionView x : a.assumptions()) {
      sb.append(
          Text.block(
              "assumption (" + Math.round(x.confidence() * 100) + "%): " + x.text(),
              width,
              "      "));
    }
    return sb.toString();
  }

  private static Map<String, List<String>> roles(Map<String, List<String>> features) {
    Map<String, List<String>> out = new LinkedHashMap<>(features);
    out.remove("answers");
    return out;
  }

  @Command(
      command = "move table",
      description =
          "A team tables its own move for the next turn, in the model's vocabulary; the model reads how each actor takes it. Example: move table --actor southeast-asian-host --kind statement --title The host sets its conditions --favours nato",
      group = "Moves")
  public String table(
      @ByName
          @Option(
              longNames = "actor",
              required = true,
              label = "ACTOR",
              description = "who makes the move")
          @OptionValues(provider = "actorIds")
          String actor,
      @ByName
          @Option(
              longNames = "kind",
              required = true,
              label = "KIND",
              description = "the kind of move ('move table --kind' then Tab lists them)")
          @OptionValues(provider = "moveKinds")
          String kind,
      @ByName
          @Option(
              longNames = "title",
              required = true,
              arity = OptionArity.ONE_OR_MORE,
              label = "TEXT",
              description = "the move as it will be read out")
          String title,
      @ByName
          @Option(
              longNames = "id",
              label = "ID",
              description = "an id (default: made from actor, kind and turn)")
          String id,
      @ByName
          @Option(
              longNames = "against",
              arity = OptionArity.ONE_OR_MORE,
              label = "ACTOR",
              description = "actors it criticises, sanctions or acts against")
          @OptionValues(provider = "actorIds")
          String[] against,
      @ByName
          @Option(
              longNames = "favours",
              arity = OptionArity.ONE_OR_MORE,
              label = "ACTOR",
              description = "actors it benefits")
          @OptionValues(provider = "actorIds")
          String[] favours,
      @ByName
          @Option(
              longNames = "joins",
              arity = OptionArity.ONE_OR_MORE,
              label = "ACTOR",
              description = "actors taking part")
          @OptionValues(provider = "actorIds")
          String[] joins,
      @ByName
          @Option(
              longNames = "host",
              label = "ACTOR",
              description = "the actor on whose territory it sits")
          @OptionValues(provider = "actorIds")
          String host,
      @ByName
          @Option(
              longNames = "region",
              label = "REGION",
              description =
                  "southeast-asia, indo-pacific, korean-peninsula, euro-atlantic or global")
          @OptionValues(provider = "regions")
          String region,
      @ByName
          @Option(
              longNames = "feature",
              arity = OptionArity.ONE_OR_MORE,
              label = "NAME=VALUE",
              description =
                  "any other feature, e.g. military-component=none scope=cyber,maritime-security")
          String[] feature) {
    Action.TableMove t =
        tableAction(actor, kind, title, id, against, favours, joins, host, region, feature);
    workshop.apply(t);
    MoveSpec m = workshop.game().movesWaiting().get(workshop.game().movesWaiting().size() - 1);
    return "Tabled for turn "
        + (workshop.turn() + 1)
        + ": "
        + m.title()
        + " ("
        + m.id()
        + ", "
        + m.kind()
        + " by "
        + Screens.names(workshop).actor(m.actor())
        + (m.features().isEmpty() ? "" : "; " + Moves.describe(m.features()))
        + ").\n"
        + Text.block(
                "'turn next' plays it: every actor's reaction to it is read like any other move's.",
                display.width(),
                "")
            .stripTrailing();
  }

  static Action.TableMove tableAction(
      String actor,
      String kind,
      String title,
      String id,
      String[] against,
      String[] favours,
      String[] joins,
      String host,
      String region,
      String[] feature) {
    if (title == null || title.isBlank()) {
      throw new BadInputException(
          "a move needs its title: move table --actor ACTOR --kind KIND --title TEXT");
    }
    Map<String, List<String>> f = new LinkedHashMap<>(Moves.parse(feature));
    add(f, "against", against);
    add(f, "favours", favours);
    add(f, "joins", joins);
    add(f, "host", host == null ? null : new String[] {host});
    add(f, "region", region == null ? null : new String[] {region});
    return new Action.TableMove(id, actor, kind, title, f);
  }

  private static void add(Map<String, List<String>> f, String name, String[] values) {
    if (values == null) {
      return;
    }
    List<String> vs = new ArrayList<>(f.getOrDefault(name, List.of()));
    for (String v : values) {
      for (String part : v.split(",")) {
        if (!part.isBlank() && !vs.contains(part.strip())) {
          vs.add(part.strip());
        }
      }
    }
    if (!vs.isEmpty()) {
      f.put(name, List.copyOf(vs));
    }
  }

  @Command(
      command = "move veto",
      description =
          "Stop a counter-move the model proposes: it is not tabled, now or later. Example: move veto china-denounces-coe --reason Beijing stays quiet",
      group = "Moves")
  public String veto(
      @Option(
              longNames = "answer",
              required = true,
              label = "ID",
              description = "the counter-move ('move list' shows them)")
          @OptionValues(provider = "answerIds")
          String answer,
      @ByName
          @Option(
              longNames = "reason",
              arity = OptionArity.ONE_OR_MORE,
              label = "TEXT",
              description = "why the room vetoes it")
          String reason) {
    workshop.apply(new Action.Veto(answer, reason));
    return "Vetoed: "
        + answer
        + ". It will not be tabled; the trials leave it out from this turn on."
        + (reason == null || reason.isBlank()
            ? ""
            : "\n" + Text.block("Reason: " + reason, display.width(), "  ").stripTrailing());
  }

  @Command(
      command = "move accept",
      description =
          "Record that the room accepts a counter-move the model proposes (it is tabled next turn either way). Example: move accept nato-reassures-coe",
      group = "Moves")
  public String accept(
      @Option(
              longNames = "answer",
              required = true,
              label = "ID",
              description = "the counter-move ('move list' shows them)")
          @OptionValues(provider = "answerIds")
          String answer) {
    workshop.apply(new Action.Accept(answer));
    return "Accepted: "
        + answer
        + ". It is tabled at the start of turn "
        + (workshop.turn() + 1)
        + ".";
  }

  @Command(
      command = "move replace",
      description =
          "Veto a counter-move and table the team's own move in its place. Example: move replace china-denounces-coe --actor china --kind statement --title Beijing asks for talks",
      group = "Moves")
  public String replace(
      @Option(
              longNames = "answer",
              required = true,
              label = "ID",
              description = "the counter-move to replace")
          @OptionValues(provider = "answerIds")
          String answer,
      @ByName
          @Option(
              longNames = "actor",
              required = true,
              label = "ACTOR",
              description = "who makes the move")
          @OptionValues(provider = "actorIds")
          String actor,
      @ByName
          @Option(
              longNames = "kind",
              required = true,
              label = "KIND",
              description = "the kind of move")
          @OptionValues(provider = "moveKinds")
          String kind,
      @ByName
          @Option(
              longNames = "title",
              required = true,
              arity = OptionArity.ONE_OR_MORE,
              label = "TEXT",
              description = "the move as it will be read out")
          String title,
      @ByName @Option(longNames = "id", label = "ID", description = "an id") String id,
      @ByName
          @Option(
              longNames = "against",
              arity = OptionArity.ONE_OR_MORE,
              label = "ACTOR",
              description = "actors it acts against")
          @OptionValues(provider = "actorIds")
          String[] against,
      @ByName
          @Option(
              longNames = "favours",
              arity = OptionArity.ONE_OR_MORE,
              label = "ACTOR",
              description = "actors it benefits")
          @OptionValues(provider = "actorIds")
          String[] favours,
      @ByName
          @Option(
              longNames = "joins",
              arity = OptionArity.ONE_OR_MORE,
              label = "ACTOR",
              description = "actors taking part")
          @OptionValues(provider = "actorIds")
          String[] joins,
      @ByName
          @Option(longNames = "region", label = "REGION", description = "the move's region")
          @OptionValues(provider = "regions")
          String region,
      @ByName
          @Option(
              longNames = "feature",
              arity = OptionArity.ONE_OR_MORE,
              label = "NAME=VALUE",
              description = "any other feature")
          String[] feature) {
    Action.TableMove t =
        tableAction(actor, kind, title, id, against, favours, joins, null, region, feature);
    // both or neither: the team's move is checked before the veto is recorded
    workshop.checkTable(t);
    workshop.apply(new Action.Veto(answer, "replaced by the team's move: " + title));
    return "Vetoed: "
        + answer
        + ".\n"
        + table(actor, kind, title, id, against, favours, joins, null, region, feature);
  }

  @Command(
      command = "move withdraw",
      description =
          "Whoever tabled a move takes it back from the next turn on. Example: move withdraw coe --reason the host asked for time",
      group = "Moves")
  public String withdraw(
      @Option(
              longNames = "move",
              required = true,
              label = "MOVE",
              description = "the move to withdraw")
          @OptionValues(provider = "moveIds")
          String move,
      @ByName
          @Option(
              longNames = "reason",
              arity = OptionArity.ONE_OR_MORE,
              label = "TEXT",
              description = "why")
          String reason) {
    workshop.apply(new Action.Withdraw(move, reason));
    return "Withdrawn from turn "
        + (workshop.turn() + 1)
        + ": "
        + move
        + ". 'move amend' puts it back with new terms.";
  }

  @Command(
      command = "move amend",
      description =
          "Change a move's features from the next turn on; a decided or withdrawn move is back on the table. Example: move amend coe --feature military-component=none funding=joint",
      group = "Moves")
  public String amend(
      @Option(
              longNames = "move",
              required = true,
              label = "MOVE",
              description = "the move to amend")
          @OptionValues(provider = "moveIds")
          String move,
      @ByName
          @Option(
              longNames = "feature",
              required = true,
              arity = OptionArity.ONE_OR_MORE,
              label = "NAME=VALUE",
              description = "features to set; NAME= with no value removes one")
          String[] feature) {
    Map<String, List<String>> f = Moves.parse(feature);
    if (f.isEmpty()) {
      throw new BadInputException(
          "an amendment names what it changes: move amend MOVE --feature NAME=VALUE");
    }
    workshop.apply(new Action.Amend(move, f));
    return "Amended for turn "
        + (workshop.turn() + 1)
        + ": "
        + move
        + " ("
        + Moves.describe(f)
        + ").";
  }
}
