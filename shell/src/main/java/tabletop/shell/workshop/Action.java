package tabletop.shell.workshop;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One thing a facilitator did that changes the workshop. A line of play is the ordered list of its
 * actions; replaying them rebuilds the same state, because the engine is deterministic. The journal
 * stores actions as JSON lines, tagged by {@code kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Action.Load.class, name = "load"),
  @JsonSubTypes.Type(value = Action.SetKnob.class, name = "knob"),
  @JsonSubTypes.Type(value = Action.ResetKnob.class, name = "knob-reset"),
  @JsonSubTypes.Type(value = Action.Next.class, name = "next"),
  @JsonSubTypes.Type(value = Action.LiveInject.class, name = "inject"),
  @JsonSubTypes.Type(value = Action.Override.class, name = "override"),
  @JsonSubTypes.Type(value = Action.Note.class, name = "note"),
  @JsonSubTypes.Type(value = Action.Predict.class, name = "predict"),
  @JsonSubTypes.Type(value = Action.Rewind.class, name = "rewind"),
  @JsonSubTypes.Type(value = Action.Fork.class, name = "branch"),
  @JsonSubTypes.Type(value = Action.Switch.class, name = "switch"),
  @JsonSubTypes.Type(value = Action.TableMove.class, name = "table"),
  @JsonSubTypes.Type(value = Action.Veto.class, name = "veto"),
  @JsonSubTypes.Type(value = Action.Accept.class, name = "accept"),
  @JsonSubTypes.Type(value = Action.Withdraw.class, name = "withdraw"),
  @JsonSubTypes.Type(value = Action.Amend.class, name = "amend"),
  @JsonSubTypes.Type(value = Action.Closed.class, name = "closed")
})
public sealed interface Action {

  /**
   * Opens a scenario (library id or path) on the current line, with a seed; starts the line over.
   * {@code content} is the text of the scenario file as it was loaded: replaying a journal uses it,
   * so a session resumes the same from any folder and after the file was edited. Null until the
   * file is read (and in journals written before it was kept).
   */
  record Load(String scenario, long seed, String content) implements Action {
    public Load(String scenario, long seed) {
      this(scenario, seed, null);
    }

    /** The same load, with the text it read. */
    public Load withContent(String text) {
      return new Load(scenario, seed, text);
    }
  }

  /** Sets a knob; it takes effect from the next turn. */
  record SetKnob(String name, String value) implements Action {}

  /** Puts one knob (or every knob, when name is null) back to the scenario's default. */
  record ResetKnob(String name) implements Action {}

  /** Plays the next turn. */
  record Next() implements Action {}

  /** A live inject: world facts asserted and retracted at the start of the next turn. */
  record LiveInject(String text, List<String> facts, List<String> retracts) implements Action {
    public LiveInject {
      facts = facts == null ? List.of() : List.copyOf(facts);
      retracts = retracts == null ? List.of() : List.copyOf(retracts);
    }
  }

  /** A team's decision replaces the model's reaction of an actor in the turn just played. */
  record Override(String actor, String direction, String reason) implements Action {}

  /** An observation for the record. */
  record Note(String text) implements Action {}

  /** Someone predicts an actor's reaction in the next turn, with a probability. */
  record Predict(String predictor, String actor, String direction, double probability)
      implements Action {}

  /** Goes back to the end of a turn: later actions of the line are dropped. */
  record Rewind(int turn) implements Action {}

  /** Forks the current line into a new branch and switches to it. */
  record Fork(String name) implements Action {}

  /** Switches to another branch. */
  record Switch(String name) implements Action {}

  /**
   * A team tables a move of its own for the next turn, in the knowledge base's vocabulary: who
   * makes it, its kind and title, and its features and roles (feature name to values).
   */
  record TableMove(
      String id,
      String actor,
      String kind,
      String title,
      java.util.Map<String, List<String>> features)
      implements Action {
    public TableMove {
      java.util.Map<String, List<String>> f = new java.util.TreeMap<>();
      if (features != null) {
        features.forEach((k, v) -> f.put(k, List.copyOf(v)));
      }
      features = java.util.Collections.unmodifiableMap(f);
    }
  }

  /** The facilitator vetoes a counter-move the model proposed: it is never tabled. */
  record Veto(String answer, String reason) implements Action {}

  /** The facilitator accepts a counter-move the model proposed (it is tabled next turn). */
  record Accept(String answer) implements Action {}

  /** Whoever tabled a move takes it back from the next turn on. */
  record Withdraw(String move, String reason) implements Action {}

  /** A move's features change from the next turn on; it is back on the table if decided. */
  record Amend(String move, java.util.Map<String, List<String>> features) implements Action {
    public Amend {
      java.util.Map<String, List<String>> f = new java.util.TreeMap<>();
      if (features != null) {
        features.forEach((k, v) -> f.put(k, List.copyOf(v)));
      }
      features = java.util.Collections.unmodifiableMap(f);
    }
  }

  /**
   * The journal's last entry when the shell was left cleanly ({@code exit}, Ctrl-D); not replayed.
   * A journal without it at the end was cut short by a crash.
   */
  record Closed() implements Action {}
}
