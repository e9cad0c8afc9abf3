package tabletop.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.Scenario;

/**
 * Every combination of a scenario's knob values: both values of a boolean, each choice, each subset
 * of a set (the empty one too), and a number's minimum, default and maximum.
 */
final class Sweep {
  private Sweep() {}

  /** The values a knob can take, in canonical form. */
  static List<String> values(Knob k) {
    return switch (k.type()) {
      case BOOLEAN -> List.of("false", "true");
      case CHOICE -> k.values();
      case SET -> {
        List<String> subsets = new ArrayList<>();
        int n = k.values().size();
        for (int mask = 0; mask < 1 << n; mask++) {
          List<String> items = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if ((mask & 1 << i) != 0) {
              items.add(k.values().get(i));
            }
          }
          subsets.add(String.join(",", items));
        }
        yield subsets;
      }
      case NUMBER -> {
        Set<String> v = new LinkedHashSet<>();
        if (k.min() != null) {
          v.add(String.valueOf(k.min()));
        }
        v.add(k.defaultValue());
        if (k.max() != null) {
          v.add(String.valueOf(k.max()));
        }
        yield List.copyOf(v);
      }
    };
  }

  /** Every setting of every knob, as knob settings in the scenario's knob order. */
  static List<Map<String, String>> settings(Scenario scenario) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>());
    for (Knob k : scenario.knobs()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : out) {
        for (String v : values(k)) {
          Map<String, String> m = new LinkedHashMap<>(partial);
          m.put(k.name(), v);
          next.add(m);
        }
      }
      out = next;
    }
    return out;
  }
}
