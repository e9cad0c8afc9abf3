package tabletop.engine.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;
import tabletop.engine.model.Actor;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Describable;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Move;
import tabletop.engine.model.MoveFeature;
import tabletop.engine.model.Position;
import tabletop.engine.model.Signal;
import tabletop.engine.model.TeamDecision;
import tabletop.engine.model.Turn;
import tabletop.engine.model.WorldFact;

/**
 * Records, for every fact a rule inserts, which rule inserted it and which facts it matched, so a
 * reaction can be traced back through the rules to the world facts. A game that records none does
 * not listen to its session at all.
 */
public final class Provenance extends DefaultAgendaEventListener
    implements RuleRuntimeEventListener {

  private static final int MAX_DEPTH = 12;

  private final boolean enabled;
  private final Map<Object, Derivation> derivations = new IdentityHashMap<>();
  private final Map<Rule, RuleInfo> infos = new IdentityHashMap<>();
  private Match current;

  public Provenance(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether derivations are recorded. */
  public boolean enabled() {
    return enabled;
  }

  /** The premises of the match firing now, read at its first insertion (null until then). */
  private List<Object> currentPremises;

  /**
   * By rule, the declarations known to hold no collection (a declaration's type is fixed, so one
   * that held something else once never holds a list): {@link #premises} need not read them again.
   */
  private final Map<Rule, Set<String>> plain = new IdentityHashMap<>();

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch();
    currentPremises = null;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    current = null;
    currentPremises = null;
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (!enabled || current == null || event.getRule() == null) {
      return;
    }
    RuleInfo info = infos.computeIfAbsent(current.getRule(), RuleInfo::of);
    if (currentPremises == null) {
      // a firing that inserts several facts rests them all on the same match
      currentPremises = List.copyOf(premises(current));
    }
    derivations.put(event.getObject(), new Derivation(info, currentPremises));
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // facts are immutable records; nothing to follow
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    if (enabled) {
      derivations.remove(event.getOldObject());
    }
  }

  /** The facts a match rests on: its tuple, plus the facts an accumulate collected into a list. */
  private List<Object> premises(Match match) {
    List<Object> objects = new ArrayList<>(match.getObjects());
    Set<String> skip = plain.computeIfAbsent(match.getRule(), r -> new java.util.HashSet<>());
    for (String id : match.getDeclarationIds()) {
      if (skip.contains(id)) {
        continue;
      }
      Object value;
      try {
        value = match.getDeclarationValue(id);
      } catch (RuntimeException e) {
        continue;
      }
      if (value instanceof Collection<?>) {
        objects.add(value);
      } else if (value != null) {
        skip.add(id);
      }
    }
    List<Object> out = new ArrayList<>();
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object o : objects) {
      if (o instanceof Collection<?> many) {
        many.stream().filter(Describable.class::isInstance).filter(seen::add).forEach(out::add);
      } else if (o instanceof Describable && seen.add(o)) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * Every derivation that justifies a fact in a session: where two rules (or two matches) insert
   * equal facts logically, the session keeps one fact with several justifications, and each is a
   * way the fact holds. Falls back to {@link #derivation(Object)} outside truth maintenance.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List<Derivation> justifications(org.kie.api.runtime.KieSession session, Object fact) {
    List<Derivation> out = new ArrayList<>();
    org.kie.api.runtime.rule.FactHandle h = session.getFactHandle(fact);
    if (h instanceof org.drools.core.common.InternalFactHandle ih
        && ih.getEqualityKey() instanceof org.drools.tms.TruthMaintenanceSystemEqualityKey key
        && key.getBeliefSet() instanceof org.drools.tms.beliefsystem.simple.SimpleBeliefSet set) {
      java.util.Iterator it = set.javaUtilIterator();
      while (it.hasNext()) {
        Object mode = it.next();
        if (mode instanceof org.drools.tms.SimpleMode sm && sm.getObject() != null) {
          Match m = sm.getObject().getJustifier();
          if (m != null) {
            out.add(new Derivation(infos.computeIfAbsent(m.getRule(), RuleInfo::of), premises(m)));
          }
        }
      }
    }
    if (out.isEmpty()) {
      Derivation d = derivation(fact);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The rule that inserted this fact and what it matched, or null for a fact put in from outside.
   */
  public Derivation derivation(Object fact) {
    return derivations.get(fact);
  }

  /**
   * The chain behind a fact, depth first: the fact itself at depth 0, then for each premise its own
   * chain one level deeper. A fact reached twice is listed once.
   */
  public List<Step> chain(Object fact) {
    List<Step> steps = new ArrayList<>();
    walk(fact, 0, steps, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    return steps;
  }

  private void walk(Object fact, int depth, List<Step> steps, Set<Object> seen) {
    if (!seen.add(fact) || depth > MAX_DEPTH || fact instanceof Turn) {
      // the turn is bookkeeping, not a reason
      return;
    }
    Derivation d = derivations.get(fact);
    String text = fact instanceof Describable desc ? desc.describe() : String.valueOf(fact);
    if (d == null) {
      steps.add(new Step(depth, text, null, origin(fact), List.of(), null, null));
      return;
    }
    RuleInfo r = d.rule();
    steps.add(
        new Step(
            depth,
            text,
            r.name(),
            r.meaning(),
            r.sources(),
            r.assumption(),
            r.isAssumption() ? r.confidence() : null));
    for (Object premise : d.premises()) {
      walk(premise, depth + 1, steps, seen);
    }
  }

  /** Where a fact that no rule derived comes from, in words. */
  static String origin(Object fact) {
    if (fact instanceof WorldFact) {
      return "a fact of the world, set by the scenario, a knob or an inject";
    }
    if (fact instanceof Signal s) {
      return s.override()
          ? "what the team playing " + s.from() + " decided last turn"
          : "what " + s.from() + " did last turn, seen by the others this turn";
    }
    if (fact instanceof Move) {
      return "the move as tabled by the scenario";
    }
    if (fact instanceof MoveFeature) {
      return "a feature of the move, set by the scenario or a knob";
    }
    if (fact instanceof TeamDecision t) {
      return "decided by the team playing " + t.actor();
    }
    if (fact instanceof Concern || fact instanceof Interest || fact instanceof Position) {
      return "a weight the scenario gives this actor";
    }
    if (fact instanceof Actor) {
      return "an actor the scenario defines";
    }
    return "given by the scenario";
  }

  /** Every distinct rule in the chain behind a fact, nearest first. */
  public List<RuleInfo> rulesBehind(Object fact) {
    Set<RuleInfo> rules = new LinkedHashSet<>();
    collect(fact, rules, java.util.Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    return List.copyOf(rules);
  }

  private void collect(Object fact, Set<RuleInfo> rules, Set<Object> seen, int depth) {
    if (!seen.add(fact) || depth > MAX_DEPTH) {
      return;
    }
    Derivation d = derivations.get(fact);
    if (d == null) {
      return;
    }
    rules.add(d.rule());
    for (Object p : d.premises()) {
      collect(p, rules, seen, depth + 1);
    }
  }

  @Override
  public String toString() {
    return "Provenance[" + derivations.size() + " derivations]";
  }
}
