package tabletop.engine.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Watches the firings after a turn's firing limit is hit, to tell a loop from a large scenario. A
 * loop shows as a rule firing again and again on the same facts, or as a chain of rules deriving
 * facts from their own conclusions far deeper than any knowledge base layers its reasoning; a large
 * scenario shows neither, only many firings on many facts. The game listens with it only then: a
 * loop goes on looping, so {@link #WINDOW} firings past the limit show it as well as the last ones
 * before it, and a turn that stays within its limit pays nothing for the watch.
 */
final class LoopWatch extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
  /** Firings watched past the limit. */
  static final int WINDOW = 2_000;

  /** Firings of one rule on the very same facts within the window that make it a loop. */
  static final int REPEATS = 8;

  /** A chain of derivations within the window this deep is a loop; healthy chains are ~15 deep. */
  static final int DEEP = 100;

  private int depthNow;
  private String ruleNow;
  private final Map<Object, Integer> depth = new IdentityHashMap<>();
  private final ArrayDeque<String> recent = new ArrayDeque<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Integer> repeating = new LinkedHashMap<>();
  private final Map<String, Integer> deepRules = new LinkedHashMap<>();
  private int maxDepth;

  /** Starts watching afresh. */
  void reset() {
    depth.clear();
    recent.clear();
    counts.clear();
    repeating.clear();
    deepRules.clear();
    maxDepth = 0;
    ruleNow = null;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    var match = event.getMatch();
    ruleNow = match.getRule().getName();
    int d = 0;
    StringBuilder key = new StringBuilder(ruleNow);
    for (Object o : match.getObjects()) {
      d = Math.max(d, depth.getOrDefault(o, 0));
      key.append('\u0000').append(System.identityHashCode(o));
    }
    depthNow = d + 1;
    String k = key.toString();
    recent.addLast(k);
    int c = counts.merge(k, 1, Integer::sum);
    if (c >= REPEATS) {
      repeating.merge(ruleNow, 1, Integer::sum);
    }
    if (recent.size() > WINDOW) {
      String old = recent.removeFirst();
      counts.computeIfPresent(old, (x, n) -> n == 1 ? null : n - 1);
    }
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    derived(event.getRule() != null, event.getObject());
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    derived(event.getRule() != null, event.getObject());
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    depth.remove(event.getOldObject());
  }

  private void derived(boolean byRule, Object fact) {
    if (!byRule || ruleNow == null) {
      return;
    }
    depth.put(fact, depthNow);
    if (depthNow >= DEEP) {
      deepRules.merge(ruleNow, 1, Integer::sum);
    }
    maxDepth = Math.max(maxDepth, depthNow);
  }

  /** Rules that fired again and again on the same facts near the limit, most often first. */
  List<String> repeatingRules() {
    return top(repeating);
  }

  /** Rules that derived facts from their own conclusions beyond any healthy depth. */
  List<String> deepRules() {
    return top(deepRules);
  }

  /** The rules that fired most often in the window, with how often: the busiest of a turn. */
  List<String> busiest(int top) {
    Map<String, Integer> byRule = new LinkedHashMap<>();
    for (String key : recent) {
      int end = key.indexOf('\u0000');
      byRule.merge(end < 0 ? key : key.substring(0, end), 1, Integer::sum);
    }
    return byRule.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .map(e -> e.getKey() + " (" + e.getValue() + "x)")
        .toList();
  }

  int maxDepth() {
    return maxDepth;
  }

  private static List<String> top(Map<String, Integer> m) {
    List<Map.Entry<String, Integer>> e = new ArrayList<>(m.entrySet());
    e.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    return e.stream().limit(5).map(Map.Entry::getKey).toList();
  }
}
