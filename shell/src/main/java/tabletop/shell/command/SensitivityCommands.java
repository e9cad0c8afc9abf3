package tabletop.shell.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Sensitivity;
import tabletop.engine.sim.Uncertainty;
import tabletop.shell.render.Display;
import tabletop.shell.render.Names;
import tabletop.shell.render.Text;
import tabletop.shell.support.BadInputException;
import tabletop.shell.support.ByName;
import tabletop.shell.workshop.Workshop;

/**
 * What an actor's reaction hangs on: a tornado of knobs, assumptions and weights, the distance to
 * the nearest threshold, and the smallest knob changes that flip it.
 */
@Command
public class SensitivityCommands {
  private final Workshop workshop;
  private final Display display;
  private final ObjectMapper json;

  public SensitivityCommands(Workshop workshop, Display display, ObjectMapper tabletopJson) {
    this.workshop = workshop;
    this.display = display;
    this.json = tabletopJson;
  }

  @Command(
      command = "sensitivity",
      description =
          "What an actor's reaction to a move hangs on: the knobs, assumptions and weights ranked by how far each moves the probability of its direction and of the move's outcome, how far it lies from a threshold, and the smallest knob changes (up to three) that flip it. The scenario is played to the end with the knobs as they stand (team decisions and live injects aside); takes some seconds. Example: sensitivity china --move coe",
      group = "Explain")
  public String sensitivity(
      @Option(
              longNames = "actor",
              required = true,
              label = "ACTOR",
              description = "the actor whose reaction to study")
          @OptionValues(provider = "actorIds")
          String actor,
      @ByName
          @Option(
              longNames = "move",
              label = "MOVE",
              description = "the move (default: the first the actor reacts to)")
          String move,
      @ByName
          @Option(
              longNames = "turn",
              label = "N",
              description = "the turn (default: the last in which the actor reacts to the move)")
          Integer turn,
      @ByName
          @Option(
              longNames = "top",
              defaultValue = "10",
              label = "N",
              description = "how many bars of the tornado to show")
          int top,
      @ByName
          @Option(
              longNames = "format",
              defaultValue = "table",
              label = "table|json",
              description = "the format")
          @OptionValues(provider = "formats")
          String format) {
    String f = Formats.check(format, List.of("table", "json"));
    if (top < 1) {
      throw new BadInputException("--top takes a number of bars of at least 1, not " + top);
    }
    Scenario s = workshop.scenario();
    List<String> actors = workshop.actorIds();
    if (!actors.contains(actor)) {
      throw new BadInputException(
          "unknown actor '"
              + actor
              + "'"
              + tabletop.engine.scenario.Suggest.didYouMean(actor, actors)
              + "; the actors are: "
              + String.join(", ", actors));
    }
    if (turn != null && (turn < 1 || turn > s.lastTurn())) {
      throw new BadInputException(
          s.id() + " has turns 1 to " + s.lastTurn() + "; there is no turn " + turn);
    }
    Sensitivity.Result r;
    try {
      r =
          Sensitivity.of(
              workshop.engine().get(),
              s,
              workshop.game().knobs(),
              workshop.game().seed(),
              Uncertainty.fitted(),
              actor,
              move,
              turn,
              step -> {});
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    if (f.equals("json")) {
      return Json.write(json, r);
    }
    Names names = Names.of(s, workshop.game().actors()).withMoves(workshop.game().moves());
    return render(r, names, top, display.width()).stripTrailing();
  }

  static String render(Sensitivity.Result r, Names names, int top, int width) {
    String who = names.actor(r.actor());
    String dir = r.direction().label();
    String outcome = r.outcome() == null ? null : Workshop.words(r.outcome());
    StringBuilder sb = new StringBuilder();
    String tail = " (" + r.move() + "), turn " + r.turn();
    String head = "Sensitivity of " + who + " to ";
    sb.append(head)
        .append(
            Text.line(names.move(r.move()), Math.max(10, width - head.length() - tail.length())))
        .append(tail)
        .append('\n');
    para(
        sb,
        String.format(
            Locale.ROOT,
            "The run: %s (net %+.2f); over %d trials, %s is %s likely.",
            dir,
            r.score(),
            Sensitivity.TRIALS,
            dir,
            pct(r.directionProbability())),
        width);
    if (outcome != null) {
      para(
          sb,
          String.format(
              Locale.ROOT,
              "The move after turn %d: %s in the run, %s likely over the trials.",
              r.turn(),
              outcome,
              pct(r.outcomeProbability())),
          width);
    }
    para(
        sb,
        String.format(
            Locale.ROOT,
            "Nearest threshold: %+.2f, %.2f away; across it %s would %s.",
            r.nearest().cut(),
            r.nearest().distance(),
            who,
            r.nearest().across().verbPhrase() + " it"),
        width);
    sb.append('\n');
    para(
        sb,
        "What moves it most: the probability of "
            + dir
            + (outcome == null ? "" : " | of " + outcome)
            + ", from one end to the other",
        width);
    // a bar that moves neither probability by half a point is no reason: counted, not listed
    List<Sensitivity.Bar> moving = r.bars().stream().filter(b -> b.swing() >= 0.005).toList();
    int still = r.bars().size() - moving.size();
    if (moving.isEmpty()) {
      para(
          sb,
          "Nothing moves it: none of the "
              + r.bars().size()
              + " knobs, assumptions and weights tried changes either probability by half a"
              + " point.",
          width);
    }
    for (Sensitivity.Bar b : moving.stream().limit(top).toList()) {
      sb.append("  ")
          .append(Text.line(b.kind() + ": " + b.name(), Math.max(30, width - 2)))
          .append('\n');
      sb.append("      ")
          .append(
              Text.line(
                  pct(b.directionLow())
                      + " → "
                      + pct(b.directionHigh())
                      + (outcome == null
                          ? ""
                          : " | " + pct(b.outcomeLow()) + " → " + pct(b.outcomeHigh()))
                      + "   "
                      + ends(b),
                  Math.max(30, width - 6)))
          .append('\n');
    }
    if (moving.size() > top) {
      sb.append("  … and ")
          .append(moving.size() - top)
          .append(" more (--top ")
          .append(moving.size())
          .append(" shows all)\n");
    }
    if (still > 0 && !moving.isEmpty()) {
      para(
          sb,
          still
              + (still == 1 ? " other moves" : " others move")
              + " neither probability by half a point.",
          width);
    }
    sb.append('\n');
    para(
        sb,
        "Smallest flips, in the model's own run ("
            + r.combinationsTried()
            + " combinations of knob changes tried):",
        width);
    List<Sensitivity.Flip> dirFlips =
        r.flips().stream().filter(x -> x.what().equals("direction")).toList();
    List<Sensitivity.Flip> outFlips =
        r.flips().stream().filter(x -> x.what().equals("outcome")).toList();
    if (dirFlips.isEmpty()) {
      para(
          sb, who + ": no change of up to three knobs moves its direction off " + dir + ".", width);
    }
    for (Sensitivity.Flip x : dirFlips.stream().limit(5).toList()) {
      para(sb, who + ": " + x.from() + " → " + x.to() + " if " + changes(x), width);
    }
    if (outcome != null) {
      if (outFlips.isEmpty()) {
        para(
            sb,
            r.move() + ": no change of up to three knobs moves its outcome off " + outcome + ".",
            width);
      }
      for (Sensitivity.Flip x : outFlips.stream().limit(5).toList()) {
        para(
            sb,
            r.move()
                + ": "
                + Workshop.words(x.from())
                + " → "
                + Workshop.words(x.to())
                + " if "
                + changes(x),
            width);
      }
    }
    return sb.toString();
  }

  /** A sentence of the screen, indented two spaces and wrapped to the width. */
  private static void para(StringBuilder sb, String text, int width) {
    sb.append(Text.block(text, Math.max(30, width), "  "));
  }

  private static String ends(Sensitivity.Bar b) {
    return "(" + b.low() + " → " + b.high() + ")";
  }

  private static String changes(Sensitivity.Flip f) {
    List<String> parts = new ArrayList<>();
    for (Sensitivity.Change c : f.changes()) {
      parts.add(c.knob() + " = " + (c.value().isEmpty() ? "(none)" : c.value()));
    }
    return String.join(" and ", parts);
  }

  private static String pct(double p) {
    return Math.round(p * 100) + "%";
  }
}
