package tabletop.engine.scenario;

import java.util.List;

/** One turn of the master scenario events list: injects first, then moves, then questions. */
public record TurnSpec(
    int number, String title, List<Inject> injects, List<MoveSpec> moves, List<String> questions) {
  public TurnSpec {
    injects = List.copyOf(injects);
    moves = List.copyOf(moves);
    questions = List.copyOf(questions);
  }
}
