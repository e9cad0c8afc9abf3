package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.model.Direction;
import tabletop.engine.scenario.Knob;

class WhatIfTest {
  @Test
  void listsTheKnobChangesThatMoveAReaction() {
    // given the mini scenario, where alpha opposes because the world is tense and f is on
    List<WhatIf.Flip> flips = WhatIf.flips(MiniBase.engine(), MiniBase.scenario(), Map.of(), 0);

    // then in turn 1 turning f off, or ending the tension, moves alpha; nothing else does
    assertThat(flips)
        .filteredOn(f -> f.actor().equals("alpha") && f.turn() == 1)
        .extracting(f -> f.knob() + "=" + f.value() + " " + f.from() + "->" + f.to())
        .containsExactlyInAnyOrder("tense=false OPPOSE->NEUTRAL", "f=off OPPOSE->NEUTRAL");
  }

  @Test
  void aChangeThatMovesNothingIsNotListed() {
    // in turn 3 the inject has already ended the tension, so no knob moves alpha there
    assertThat(WhatIf.flips(MiniBase.engine(), MiniBase.scenario(), Map.of(), 0))
        .filteredOn(f -> f.actor().equals("alpha") && f.turn() == 3)
        .isEmpty();
  }

  @Test
  void alternativesOfASetKnobToggleEachItem() {
    Knob scope =
        new Knob("scope", Knob.Type.SET, "a", List.of("a", "b"), null, null, "", List.of());
    assertThat(WhatIf.alternatives(scope, "a")).containsExactly("", "a,b");
    Knob n = new Knob("n", Knob.Type.NUMBER, "0.5", List.of(), 0.0, 1.0, "", List.of());
    assertThat(WhatIf.alternatives(n, "0.5")).containsExactly("0", "1");
    Knob b = new Knob("b", Knob.Type.BOOLEAN, "true", List.of(), null, null, "", List.of());
    assertThat(WhatIf.alternatives(b, "true")).containsExactly("false");
    assertThat(Direction.parse("lean-support")).contains(Direction.LEAN_SUPPORT);
  }
}
