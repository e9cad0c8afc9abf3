package tabletop.engine.explain;

import java.util.List;

/** One inference: a rule fired on these facts and inserted a fact. */
public record Derivation(RuleInfo rule, List<Object> premises) {
  public Derivation {
    premises = List.copyOf(premises);
  }
}
