package tabletop.engine.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves knob settings against a scenario's knob definitions: defaults filled, values checked.
 */
public final class KnobValues {
  /** A number as people write it: digits, an optional point and fraction, an optional exponent. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private KnobValues() {}

  /**
   * The value of every knob of the scenario, in definition order: the given setting where there is
   * one, else the default.
   *
   * @throws IllegalArgumentException naming the knob and the allowed values, for an unknown knob or
   *     a value out of range
   */
  public static Map<String, String> resolve(Scenario scenario, Map<String, String> settings) {
    List<String> problems = new ArrayList<>();
    for (String name : settings.keySet()) {
      if (scenario.knob(name).isEmpty()) {
        problems.add(
            "unknown knob '"
                + name
                + "' in scenario "
                + scenario.id()
                + Suggest.didYouMean(name, scenario.knobs().stream().map(Knob::name).toList())
                + (scenario.knobs().isEmpty()
                    ? "; it has no knobs"
                    : "; its knobs are: "
                        + String.join(", ", scenario.knobs().stream().map(Knob::name).toList())));
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Knob k : scenario.knobs()) {
      String raw = settings.getOrDefault(k.name(), k.defaultValue());
      try {
        out.put(k.name(), normalise(k, raw));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return out;
  }

  /** The canonical form of a value for a knob, or an exception saying what the knob accepts. */
  public static String normalise(Knob k, String raw) {
    String v = raw == null ? "" : raw.trim();
    switch (k.type()) {
      case BOOLEAN -> {
        String l = v.toLowerCase(Locale.ROOT);
        if (List.of("true", "yes", "on", "1").contains(l)) {
          return "true";
        }
        if (List.of("false", "no", "off", "0").contains(l)) {
          return "false";
        }
        throw new IllegalArgumentException(
            "knob '" + k.name() + "' is true or false, not '" + v + "'");
      }
      case CHOICE -> {
        if (k.values().contains(v)) {
          return v;
        }
        throw new IllegalArgumentException(
            "knob '"
                + k.name()
                + "' takes one of "
                + String.join(", ", k.values())
                + ", not '"
                + v
                + "'"
                + Suggest.didYouMean(v, k.values()));
      }
      case SET -> {
        if (v.isEmpty() || v.equals("none") && !k.values().contains("none")) {
          return "";
        }
        List<String> items = new ArrayList<>();
        for (String item : Arrays.stream(v.split(",")).map(String::trim).toList()) {
          if (!k.values().contains(item)) {
            throw new IllegalArgumentException(
                "knob '"
                    + k.name()
                    + "' takes a comma-separated list of "
                    + String.join(", ", k.values())
                    + "; '"
                    + item
                    + "' is not one of them"
                    + Suggest.didYouMean(item, k.values()));
          }
          if (!items.contains(item)) {
            items.add(item);
          }
        }
        // canonical order: the order the scenario lists the values in
        return String.join(",", k.values().stream().filter(items::contains).toList());
      }
      case NUMBER -> {
        // a plain decimal only: Java would also read NaN, Infinity, hex floats and 1.5d
        if (!DECIMAL.matcher(v).matches()) {
          throw new IllegalArgumentException(
              "knob '" + k.name() + "' is a number such as 0.5, not '" + v + "'");
        }
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
          throw new IllegalArgumentException(
              "knob '" + k.name() + "' is a finite number, and " + v + " is too large");
        }
        if (k.min() != null && d < k.min() || k.max() != null && d > k.max()) {
          throw new IllegalArgumentException(
              "knob '"
                  + k.name()
                  + "' must lie between "
                  + k.min()
                  + " and "
                  + k.max()
                  + ", not "
                  + v);
        }
        return v;
      }
      default -> throw new IllegalStateException(k.type().toString());
    }
  }
}
