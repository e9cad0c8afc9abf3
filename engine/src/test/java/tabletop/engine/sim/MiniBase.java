package tabletop.engine.sim;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.KnobEffect;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;

/** Fixtures for the engine's tests: the miniature knowledge base and a three-turn scenario. */
final class MiniBase {
  private MiniBase() {}

  static final KieBase KIE_BASE =
      new KieHelper()
          .addResource(
              org.kie.api.KieServices.Factory.get()
                  .getResources()
                  .newClassPathResource("tabletop/enginetest/mini.drl", MiniBase.class),
              ResourceType.DRL)
          .build(org.drools.model.codegen.ExecutableModelProject.class);

  static Engine engine() {
    return new Engine(KIE_BASE);
  }

  /**
   * Turn 1 tables move m with f=on; turn 2 nothing; turn 3 an inject retracts "tense". Alpha has no
   * veto over m, so beta's leaning keeps m stalled on the table.
   */
  static Scenario scenario() {
    return scenario(Map.of(), true, 3);
  }

  /** As {@link #scenario()}, but m gives alpha a veto: alpha's opposition blocks it in turn 1. */
  static Scenario vetoed() {
    return scenario(Map.of("veto", List.of("alpha")), true, 3);
  }

  /**
   * Move m with these features in turn 1, then {@code turns - 1} turns with nothing new, the inject
   * of turn 3 (which ends the tension) only when {@code calm}.
   */
  static Scenario scenario(Map<String, List<String>> features, boolean calm, int turns) {
    Knob tense =
        new Knob(
            "tense",
            Knob.Type.BOOLEAN,
            "true",
            List.of(),
            null,
            null,
            "Is the world tense?",
            List.of(KnobEffect.world("tense")));
    Knob f =
        new Knob(
            "f",
            Knob.Type.CHOICE,
            "on",
            List.of("on", "off"),
            null,
            null,
            "Feature f of move m.",
            List.of(KnobEffect.feature("m", "f")));
    MoveSpec m = new MoveSpec("m", "alpha", "statement", "Move m", "", features, null);
    List<TurnSpec> specs = new java.util.ArrayList<>();
    specs.add(new TurnSpec(1, "one", List.of(), List.of(m), List.of("q1")));
    for (int n = 2; n <= turns; n++) {
      List<Inject> injects =
          n == 3 && calm
              ? List.of(new Inject("calm", "the tension ends", List.of(), List.of("tense")))
              : List.of();
      specs.add(
          new TurnSpec(
              n, n == 2 ? "two" : n == 3 ? "three" : "turn " + n, injects, List.of(), List.of()));
    }
    return new Scenario(
        "mini",
        "Mini",
        "",
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(tense, f),
        specs,
        List.of());
  }
}
