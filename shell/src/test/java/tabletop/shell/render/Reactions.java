package tabletop.shell.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tabletop.engine.explain.Step;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.ReactionView;

/** Hand-built reactions for renderer tests: a host on the CoE, with a known distribution. */
final class Reactions {
  private Reactions() {}

  static Map<String, Double> distribution() {
    Map<String, Double> d = new LinkedHashMap<>();
    d.put("LEAN_SUPPORT", 0.12);
    d.put("NEUTRAL", 0.59);
    d.put("LEAN_OPPOSE", 0.29);
    return d;
  }

  static List<Step> chain() {
    return List.of(
        new Step(
            0,
            "southeast-asian-host would stay neutral on coe (net -0.05)",
            "Any actor - reacts - weighs its appraisals of a tabled move",
            "sum of appraisals",
            List.of(),
            "additive",
            0.6),
        new Step(
            1,
            "southeast-asian-host reads coe on sovereignty as -0.30",
            "Any actor - is wary - the move touches a concern",
            "wariness counts against",
            List.of("article#P5"),
            null,
            null),
        new Step(
            2,
            "southeast-asian-host is wary of sovereignty (weight 0.30)",
            "Southeast Asian host - guards its sovereignty - a foreign body on its soil",
            "The host guards its sovereignty against a foreign body on its soil.",
            List.of("article#P24"),
            "sovereignty matters",
            0.7),
        new Step(
            1,
            "southeast-asian-host reads coe on capacity-building as +0.25",
            "Any actor - values - the move serves an interest",
            "value counts for",
            List.of("article#P8"),
            null,
            null),
        new Step(
            2,
            "southeast-asian-host values capacity-building (weight 0.25)",
            "Southeast Asian host - values - training for its forces",
            "The host values training for its own forces.",
            List.of("article#P22"),
            null,
            null));
  }

  static ReactionView overridden(String direction, String model, String reason) {
    return new ReactionView(
        "southeast-asian-host",
        "coe",
        direction,
        0.21,
        -0.05,
        "PROTEST",
        "",
        0,
        List.of(),
        List.of("article#P5", "article#P8", "article#P22", "article#P24"),
        List.of(
            new AssumptionView(
                "Southeast Asian host - guards its sovereignty - a foreign body on its soil",
                "sovereignty matters",
                0.7),
            new AssumptionView(
                "Any actor - reacts - weighs its appraisals of a tabled move", "additive", 0.6)),
        "The host guards its sovereignty against a foreign body on its soil.",
        chain(),
        model,
        reason,
        0.59,
        distribution());
  }

  static ReactionView model() {
    return overridden("NEUTRAL", null, null);
  }
}
