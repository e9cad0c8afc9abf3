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

  /** Turn 1 tables move m with f=on; turn 2 nothing; turn 3 an inject retracts "tense". */
  static Scenario scenario() {
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
    MoveSpec m = new MoveSpec("m", "alpha", "statement", "Move m", "", Map.of(), null);
    return new Scenario(
        "mini",
        "Mini",
        "",
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(tense, f),
        List.of(
            new TurnSpec(1, "one", List.of(), List.of(m), List.of("q1")),
            new TurnSpec(2, "two", List.of(), List.of(), List.of()),
            new TurnSpec(
                3,
                "three",
                List.of(new Inject("calm", "the tension ends", List.of(), List.of("tense"))),
                List.of(),
                List.of())),
        List.of());
  }
}
