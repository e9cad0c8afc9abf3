package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import tabletop.engine.model.Actor;
import tabletop.engine.model.Move;
import tabletop.engine.model.MoveFeature;
import tabletop.engine.model.WorldFact;
import tabletop.engine.sim.Engine;

/**
 * Fires rules of the real, precompiled knowledge base on fixture facts and records which rules
 * fired (by name) and what they inserted. {@link #fire} lets only the named rules fire, so a test
 * sees exactly what the rule under test does with its fixture, whatever else the knowledge base
 * holds.
 */
final class RuleHarness {
  static final KieBase BASE = Engine.fromClasspath().kieBase();

  private RuleHarness() {}

  /** What a run fired, in order (one name per firing), and what those firings inserted. */
  record Result(List<String> fired, List<Object> inserted) {
    <T> List<T> inserted(Class<T> type) {
      return inserted.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The rule fired exactly {@code times} times and inserted exactly these facts. */
    Result expect(String rule, int times, Object... facts) {
      assertThat(fired).containsExactlyElementsOf(Collections.nCopies(times, rule));
      assertThat(inserted).containsExactlyInAnyOrder(facts);
      return this;
    }
  }

  /**
   * Inserts the facts and lets only the named rules fire. When they fire, each condition of each
   * named rule must matter to the fixture: a copy of the rule with that condition weakened ({@link
   * DrlMutants}) must give a different result on the same facts, so every fixture carries a fact
   * that must not match for each trigger.
   */
  static Result fire(List<String> rules, Object... facts) {
    Set<String> allowed = Set.copyOf(rules);
    Result original = run(BASE, facts, m -> allowed.contains(m.getRule().getName()));
    checkTriggersMatter(rules, facts, original);
    return original;
  }

  /**
   * Mutants a test's fixtures have told apart from their rule, and those a fixture where the rule
   * fired did not. A condition on the world as a whole ({@code not WorldFact(...)}) can only show
   * in a fixture where the rule does not fire, so the verdict waits for the end of the test: {@link
   * TriggersMatter} fails a test that leaves a weakened condition untold.
   */
  private static final ThreadLocal<Set<String>> TOLD_APART =
      ThreadLocal.withInitial(java.util.HashSet::new);

  private static final ThreadLocal<Map<String, String>> UNTOLD =
      ThreadLocal.withInitial(java.util.LinkedHashMap::new);

  /** What the test so far left untold (see {@link TriggersMatter}); clears the record. */
  static java.util.Collection<String> takeUntold() {
    Map<String, String> untold = new java.util.LinkedHashMap<>(UNTOLD.get());
    untold.keySet().removeAll(TOLD_APART.get());
    UNTOLD.remove();
    TOLD_APART.remove();
    return untold.values();
  }

  private static void checkTriggersMatter(List<String> rules, Object[] facts, Result original) {
    DrlMutants mutants = DrlMutants.get();
    for (String rule : rules) {
      for (DrlMutants.Mutant mutant : mutants.of(rule)) {
        Set<String> allowed = new java.util.HashSet<>(rules);
        allowed.remove(rule);
        Result weakened =
            run(
                mutants.base(),
                facts,
                m ->
                    m.getRule().getName().equals(mutant.name())
                        || (allowed.contains(m.getRule().getName())
                            && m.getRule().getPackageName().equals("tabletop.rules")));
        List<String> renamed =
            weakened.fired().stream().map(n -> n.equals(mutant.name()) ? rule : n).toList();
        boolean same =
            renamed.equals(original.fired())
                && new java.util.HashSet<>(weakened.inserted())
                    .equals(new java.util.HashSet<>(original.inserted()))
                && weakened.inserted().size() == original.inserted().size();
        if (!same) {
          TOLD_APART.get().add(mutant.name());
        } else if (!original.fired().isEmpty()) {
          UNTOLD
              .get()
              .putIfAbsent(
                  mutant.name(),
                  "weakening the condition `"
                      + mutant.condition()
                      + "` of rule \""
                      + rule
                      + "\" leaves its test's result unchanged: add a fixture fact that this"
                      + " condition must reject");
        }
      }
    }
  }

  static Result fire(String rule, Object... facts) {
    return fire(List.of(rule), facts);
  }

  /** Inserts the facts and lets every rule fire. */
  static Result fireAll(Object... facts) {
    return run(BASE, facts, m -> true);
  }

  private static Result run(
      KieBase base, Object[] facts, org.kie.api.runtime.rule.AgendaFilter filter) {
    List<String> fired = new ArrayList<>();
    List<Object> inserted = new ArrayList<>();
    KieSession session = base.newKieSession();
    try {
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
              fired.add(event.getMatch().getRule().getName());
            }
          });
      session.addEventListener(
          new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
              if (event.getRule() != null) {
                inserted.add(event.getObject());
              }
            }
          });
      Arrays.stream(facts).forEach(session::insert);
      session.fireAllRules(filter, 10_000);
    } finally {
      session.dispose();
    }
    return new Result(List.copyOf(fired), List.copyOf(inserted));
  }

  // ---- fixtures -------------------------------------------------------------------------------

  static WorldFact world(String id) {
    return WorldFact.of(id);
  }

  /** A world fact no rule reads: the fixture fact that must not match. */
  static final WorldFact UNRELATED = WorldFact.of("unrelated-world-fact");

  static Actor actor(String id, String name, String... memberships) {
    return new Actor(id, name, List.of(memberships), false);
  }

  static Move move(String id, String actor, String kind) {
    return new Move(id, 1, actor, kind, id);
  }

  static MoveFeature feature(String move, String name, String value) {
    return new MoveFeature(move, name, value);
  }

  static tabletop.engine.model.Relation aligned(String from, String to, double strength) {
    return new tabletop.engine.model.Relation(
        from, to, tabletop.engine.model.Relation.ALIGNED, strength);
  }

  static tabletop.engine.model.Relation rival(String from, String to, double strength) {
    return new tabletop.engine.model.Relation(
        from, to, tabletop.engine.model.Relation.RIVAL, strength);
  }
}
