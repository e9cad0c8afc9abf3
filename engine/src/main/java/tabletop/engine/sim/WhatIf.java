package tabletop.engine.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.model.Direction;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.Scenario;

/**
 * What would change a reaction: every single-knob change from the current settings, played to the
 * end quietly, and the actors whose final reaction it moves. Cheap: one quiet run per alternative
 * value.
 */
public final class WhatIf {
  private WhatIf() {}

  /** A knob change and the reaction it moves. */
  public record Flip(
      String actor,
      String move,
      int turn,
      String knob,
      String value,
      Direction from,
      Direction to) {}

  /** Every single-knob change that moves some actor's reaction in some turn, by turn. */
  public static List<Flip> flips(
      Engine engine, Scenario scenario, Map<String, String> knobs, long seed) {
    Map<String, String> base = tabletop.engine.scenario.KnobValues.resolve(scenario, knobs);
    Map<String, Direction> baseline = finalDirections(engine, scenario, base, seed);
    List<Flip> flips = new ArrayList<>();
    for (Knob k : scenario.knobs()) {
      for (String alt : alternatives(k, base.get(k.name()))) {
        Map<String, String> changed = new LinkedHashMap<>(base);
        changed.put(k.name(), alt);
        Map<String, Direction> after = finalDirections(engine, scenario, changed, seed);
        for (Map.Entry<String, Direction> e : baseline.entrySet()) {
          Direction to = after.get(e.getKey());
          if (to != null && to != e.getValue()) {
            String[] tam = e.getKey().split("\u0000", 3);
            flips.add(
                new Flip(
                    tam[1], tam[2], Integer.parseInt(tam[0]), k.name(), alt, e.getValue(), to));
          }
        }
      }
    }
    return flips;
  }

  private static Map<String, Direction> finalDirections(
      Engine engine, Scenario scenario, Map<String, String> knobs, long seed) {
    Map<String, Direction> out = new LinkedHashMap<>();
    try (Game game = engine.startQuiet(scenario, knobs, seed)) {
      game.playToEnd();
      for (TurnReport t : game.history()) {
        for (ReactionView r : t.reactions()) {
          out.put(
              t.turn() + "\u0000" + r.actor() + "\u0000" + r.move(),
              Direction.valueOf(r.direction()));
        }
      }
    }
    return out;
  }

  /** The other values a knob can take: for a set knob, each item toggled. */
  static List<String> alternatives(Knob k, String current) {
    List<String> alts = new ArrayList<>();
    switch (k.type()) {
      case BOOLEAN -> alts.add("true".equals(current) ? "false" : "true");
      case CHOICE -> k.values().stream().filter(v -> !v.equals(current)).forEach(alts::add);
      case SET -> {
        List<String> items = current.isEmpty() ? List.of() : List.of(current.split(","));
        for (String v : k.values()) {
          List<String> toggled = new ArrayList<>(items);
          if (!toggled.remove(v)) {
            toggled.add(v);
          }
          alts.add(String.join(",", k.values().stream().filter(toggled::contains).toList()));
        }
      }
      case NUMBER -> {
        if (k.min() != null) {
          alts.add(trim(k.min()));
        }
        if (k.max() != null) {
          alts.add(trim(k.max()));
        }
        alts.removeIf(v -> Double.parseDouble(v) == Double.parseDouble(current));
      }
      default -> {}
    }
    return alts;
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
