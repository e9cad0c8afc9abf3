package tabletop.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A counter-move a rule holds ready: {@code actor} answers the move {@code answers} with a move of
 * its own ({@code kind}, {@code title}, its features and roles), once {@code watch} (the actor
 * whose stand sets it off, often the answering actor itself) stands on the answered move in one of
 * the directions {@code when}. The engine tables it the turn after that stand, unless the
 * facilitator vetoes it; at most {@link #PER_TURN} answers are tabled a turn, the lowest {@code
 * priority} first, then by id.
 *
 * <p>Rules build it with the chained methods: {@code Answer.to($m, "china", "denounces")
 * .kind("statement").title(...).role("against", "nato").when(Direction.OPPOSE)}.
 */
public record Answer(
    String id,
    String actor,
    String answers,
    String kind,
    String title,
    Map<String, List<String>> features,
    String watch,
    Set<Direction> when,
    int priority)
    implements Describable {

  /**
   * Counter-moves tabled in one turn, at most: a game readable in a room. An assumption of the
   * mechanics, shown with the trials' other assumptions.
   */
  public static final int PER_TURN = 2;

  public Answer {
    Map<String, List<String>> f = new TreeMap<>();
    // values in order, whatever order a rule collected them in: the same answer is equal
    features.forEach((k, v) -> f.put(k, v.stream().sorted().toList()));
    features = Collections.unmodifiableMap(f);
    when = when.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(when));
  }

  /** A new answer by {@code actor} to {@code move}; its id is {@code actor-verb-move}. */
  public static Answer to(String move, String actor, String verb) {
    return new Answer(
        actor + "-" + verb + "-" + move,
        actor,
        move,
        "statement",
        actor + " " + verb + " " + move,
        Map.of("answers", List.of(move)),
        actor,
        Set.of(Direction.OPPOSE),
        5);
  }

  public Answer kind(String k) {
    return new Answer(id, actor, answers, k, title, features, watch, when, priority);
  }

  public Answer title(String t) {
    return new Answer(id, actor, answers, kind, t, features, watch, when, priority);
  }

  /** Adds values to a feature or role of the counter-move. */
  public Answer role(String name, String... values) {
    Map<String, List<String>> f = new LinkedHashMap<>(features);
    List<String> vs = new ArrayList<>(f.getOrDefault(name, List.of()));
    for (String v : values) {
      if (v != null && !vs.contains(v)) {
        vs.add(v);
      }
    }
    f.put(name, vs);
    return new Answer(id, actor, answers, kind, title, f, watch, when, priority);
  }

  /** Adds each value of a list to a feature or role. */
  public Answer roles(String name, List<?> values) {
    Answer a = this;
    for (Object v : values) {
      a = a.role(name, String.valueOf(v));
    }
    return a;
  }

  /** Whose stand on the answered move sets the answer off. */
  public Answer watching(String actorId) {
    return new Answer(id, actor, answers, kind, title, features, actorId, when, priority);
  }

  /** The directions of the watched actor's stand that set the answer off. */
  public Answer when(Direction first, Direction... more) {
    return new Answer(
        id, actor, answers, kind, title, features, watch, EnumSet.of(first, more), priority);
  }

  /** Lower goes first when more answers are set off in a turn than are tabled. */
  public Answer priority(int p) {
    return new Answer(id, actor, answers, kind, title, features, watch, when, p);
  }

  /** Whether a stand sets this answer off. */
  public boolean setOffBy(Direction d) {
    return when.contains(d);
  }

  /** A bit per direction that sets it off. */
  public int mask() {
    int m = 0;
    for (Direction d : when) {
      m |= 1 << d.ordinal();
    }
    return m;
  }

  @Override
  public String describe() {
    return "answer "
        + id
        + ": "
        + title
        + " ("
        + kind
        + ", by "
        + actor
        + ", when "
        + watch
        + " stands "
        + String.join(" or ", when.stream().map(Direction::name).toList())
        + " on "
        + answers
        + ")";
  }
}
