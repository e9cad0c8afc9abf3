package tabletop.shell.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A prediction made before a turn: who predicted, which actor, which direction, how sure. A
 * predictor holds one prediction per actor and turn: a new one replaces the old.
 */
public record Prediction(
    String predictor, int turn, String actor, String direction, double probability) {

  /** Whether both are the same predictor's word on the same actor in the same turn. */
  public boolean sameSlot(Prediction other) {
    return predictor.equals(other.predictor) && actor.equals(other.actor) && turn == other.turn;
  }

  /** A list of predictions after one was placed, and the one it replaced, if any. */
  public record Placed(List<Prediction> predictions, Optional<Prediction> replaced) {
    public Placed {
      predictions = List.copyOf(predictions);
    }
  }

  /**
   * Places {@code p} among {@code existing}: it takes the place of the same predictor's earlier
   * prediction for the same actor and turn, or goes last.
   */
  public static Placed place(List<Prediction> existing, Prediction p) {
    List<Prediction> out = new ArrayList<>();
    Prediction replaced = null;
    for (Prediction e : existing) {
      if (replaced == null && e.sameSlot(p)) {
        replaced = e;
        out.add(p);
      } else if (!e.sameSlot(p)) {
        out.add(e);
      }
    }
    if (replaced == null) {
      out.add(p);
    }
    return new Placed(out, Optional.ofNullable(replaced));
  }

  /** The predictions that stand: per predictor, actor and turn, the last one made. */
  public static List<Prediction> standing(List<Prediction> all) {
    List<Prediction> out = new ArrayList<>();
    for (Prediction p : all) {
      out = new ArrayList<>(place(out, p).predictions());
    }
    return out;
  }
}
