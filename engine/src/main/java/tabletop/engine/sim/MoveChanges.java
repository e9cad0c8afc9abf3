package tabletop.engine.sim;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import tabletop.engine.model.Actor;
import tabletop.engine.model.Move;

/**
 * While on, collects which moves the facts about them changed for (a feature, a touch, an
 * appraisal: any fact with a {@code move}): the net change, so a fact taken out and put back equal
 * is no change. A change among the actors counts for every move. The engine turns it on while a
 * knob or an inject changes the world between turns, to know which decided moves it bears on.
 */
final class MoveChanges implements RuleRuntimeEventListener {
  private static final Map<Class<?>, Function<Object, String>> MOVE_OF = new ConcurrentHashMap<>();

  private boolean on;
  private final Map<String, Map<Object, Integer>> net = new HashMap<>();
  private final Map<Object, Integer> actors = new HashMap<>();

  void start() {
    on = true;
    net.clear();
    actors.clear();
  }

  /** Stops collecting: the moves whose facts changed, and whether the actors changed. */
  Result stop() {
    on = false;
    Set<String> moves = new LinkedHashSet<>();
    net.forEach(
        (m, facts) -> {
          if (facts.values().stream().anyMatch(n -> n != 0)) {
            moves.add(m);
          }
        });
    boolean actorsChanged = actors.values().stream().anyMatch(n -> n != 0);
    net.clear();
    actors.clear();
    return new Result(Set.copyOf(moves), actorsChanged);
  }

  record Result(Set<String> moves, boolean actorsChanged) {
    boolean touches(String move) {
      return actorsChanged || moves.contains(move);
    }
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    count(event.getObject(), 1);
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    count(event.getOldObject(), -1);
    count(event.getObject(), 1);
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    count(event.getOldObject(), -1);
  }

  private void count(Object fact, int delta) {
    if (!on || fact == null) {
      return;
    }
    if (fact instanceof Actor) {
      actors.merge(fact, delta, Integer::sum);
      return;
    }
    String move = MOVE_OF.computeIfAbsent(fact.getClass(), MoveChanges::accessor).apply(fact);
    if (move != null) {
      net.computeIfAbsent(move, m -> new HashMap<>()).merge(fact, delta, Integer::sum);
    }
  }

  /** How to read the move a fact is about: a move's id, a record's {@code move}, else nothing. */
  private static Function<Object, String> accessor(Class<?> type) {
    if (type == Move.class) {
      return f -> ((Move) f).id();
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getName().equals("move") && c.getType() == String.class) {
          var getter = c.getAccessor();
          return f -> {
            try {
              return (String) getter.invoke(f);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException("cannot read the move of " + f, e);
            }
          };
        }
      }
    }
    return f -> null;
  }
}
