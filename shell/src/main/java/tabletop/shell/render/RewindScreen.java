package tabletop.shell.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Direction;
import tabletop.shell.workshop.Action;

/**
 * What {@code turn rewind N} drops, in words: the turns played after N, and the notes, predictions,
 * team decisions, injects and knob changes made after it, each with the turn it belongs to.
 */
public final class RewindScreen {
  private RewindScreen() {}

  /** One dropped thing: its kind ("note", "turn") and what it said. */
  record Item(String kind, String text) {}

  /** The dropped actions as items, each with its turn, starting from the end of turn {@code n}. */
  static List<Item> items(int n, List<Action> dropped, Names names) {
    List<Item> out = new ArrayList<>();
    int turn = n;
    for (Action a : dropped) {
      if (a instanceof Action.Next) {
        turn++;
        out.add(new Item("turn", "turn " + turn + ", as it was played"));
      } else if (a instanceof Action.Note note) {
        out.add(new Item("note", "note (turn " + turn + "): " + note.text()));
      } else if (a instanceof Action.Predict p) {
        out.add(
            new Item(
                "prediction",
                "prediction (turn "
                    + (turn + 1)
                    + "): "
                    + p.predictor()
                    + ": "
                    + names.actor(p.actor())
                    + " "
                    + words(p.direction())
                    + ", "
                    + Math.round(p.probability() * 100)
                    + "%"));
      } else if (a instanceof Action.Override o) {
        out.add(
            new Item(
                "team decision",
                "team decision (turn "
                    + turn
                    + "): "
                    + names.actor(o.actor())
                    + " "
                    + words(o.direction())
                    + ": "
                    + o.reason()));
      } else if (a instanceof Action.LiveInject i) {
        out.add(new Item("inject", "inject (for turn " + (turn + 1) + "): " + i.text()));
      } else if (a instanceof Action.SetKnob k) {
        out.add(
            new Item(
                "knob change", "knob change (turn " + turn + "): " + k.name() + " = " + k.value()));
      } else if (a instanceof Action.ResetKnob r) {
        out.add(
            new Item(
                "knob change",
                "knob change (turn "
                    + turn
                    + "): "
                    + (r.name() == null ? "all knobs" : r.name())
                    + " back to the default"));
      } else if (a instanceof Action.Load l) {
        turn = 0;
        out.add(new Item("scenario load", "scenario load " + l.scenario()));
      }
    }
    return out;
  }

  private static String words(String direction) {
    return Direction.parse(direction).map(Direction::label).orElse(direction);
  }

  /** The full listing, one line per dropped thing, wrapped to the display. */
  public static String listing(
      String heading, int n, List<Action> dropped, Names names, Display d) {
    StringBuilder sb = new StringBuilder(d.bold(heading)).append('\n');
    for (Item i : items(n, dropped, names)) {
      sb.append(Text.block(i.text(), d.width(), "  "));
    }
    return sb.toString().stripTrailing();
  }

  /** What is dropped, counted on one line: "2 turns, 1 note and 1 prediction". */
  public static String counted(int n, List<Action> dropped) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Item i : items(n, dropped, Names.ids())) {
      counts.merge(i.kind(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((k, c) -> parts.add(Text.count(c, k)));
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
