package tabletop.shell.render;

import java.util.ArrayList;
import java.util.List;
import tabletop.engine.scenario.Exercise;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;

/**
 * A team's handout, as an HSEEP player handout would have it: the team and the actors it plays, its
 * objective and the exercise's, when and where, the briefing, and turn by turn the moves it faces,
 * marking those its own actors make and those that name them.
 */
public final class Handout {
  private final Display d;
  private final Names names;

  public Handout(Display d, Names names) {
    this.d = d;
    this.names = names;
  }

  public String render(Scenario s, Exercise.Team team) {
    int width = Math.min(d.width(), 90);
    Exercise ex = s.exercise();
    StringBuilder sb = new StringBuilder();
    sb.append(d.bold(Text.line("Handout for " + team.name(), width))).append('\n');
    List<String> when = new ArrayList<>(List.of(s.title()));
    if (ex.date() != null) {
      when.add(ex.date());
    }
    if (ex.location() != null) {
      when.add(ex.location());
    }
    sb.append(Text.block(String.join(", ", when), width, "  "));
    sb.append('\n');
    sb.append(
        Text.block(
            "You play: "
                + String.join(", ", team.plays().stream().map(names::actor).toList())
                + ". You decide "
                + (team.plays().size() == 1 ? "its" : "their")
                + " reactions each turn ('override ACTOR DIRECTION --reason …');"
                + " the model plays every other actor.",
            width,
            "  "));
    if (team.objective() != null && !team.objective().isBlank()) {
      sb.append(Text.block("Your objective: " + team.objective(), width, "  "));
    }
    if (!ex.objectives().isEmpty()) {
      sb.append('\n').append(d.bold("Exercise objectives")).append('\n');
      int i = 1;
      for (String o : ex.objectives()) {
        sb.append(numbered(i++, o, width));
      }
    }
    String briefing = s.briefing().isBlank() ? s.summary() : s.briefing();
    if (!briefing.isBlank()) {
      sb.append('\n').append(d.bold("Briefing")).append('\n');
      sb.append(Text.block(briefing, width, "  "));
    }
    sb.append('\n').append(d.bold("The moves you face")).append('\n');
    boolean any = false;
    for (TurnSpec t : s.turns()) {
      if (t.moves().isEmpty()) {
        continue;
      }
      any = true;
      sb.append("  Turn ").append(t.number()).append(": ").append(t.title()).append('\n');
      for (MoveSpec m : t.moves()) {
        List<String> lines = Text.wrap(move(m, team), width - 6);
        for (int j = 0; j < lines.size(); j++) {
          sb.append(j == 0 ? "    - " : "      ").append(lines.get(j)).append('\n');
        }
      }
    }
    if (!any) {
      sb.append("  No move is scripted; the facilitator brings them in play.\n");
    }
    return sb.toString().stripTrailing();
  }

  /** "Establish a Centre… — by NATO (yours); names you: Japan (joins)". */
  private String move(MoveSpec m, Exercise.Team team) {
    String line = m.title() + ", by " + names.actor(m.actor());
    if (team.plays().contains(m.actor())) {
      line += " (your move)";
    }
    List<String> named = new ArrayList<>();
    for (String role : List.of("host", "joins", "favours", "against")) {
      for (String actor : m.features().getOrDefault(role, List.of())) {
        if (team.plays().contains(actor)) {
          named.add(names.actor(actor) + " " + roleWords(role));
        }
      }
    }
    if (!named.isEmpty()) {
      line += "; it names " + String.join(", ", named);
    }
    return line;
  }

  private static String roleWords(String role) {
    return switch (role) {
      case "host" -> "as its host";
      case "joins" -> "among those who join";
      case "favours" -> "as whom it favours";
      default -> "as whom it is against";
    };
  }

  private static String numbered(int n, String text, int width) {
    List<String> lines = Text.wrap(text, width - 6);
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < lines.size(); j++) {
      sb.append(j == 0 ? String.format("  %d. ", n) : "     ").append(lines.get(j)).append('\n');
    }
    return sb.toString();
  }
}
