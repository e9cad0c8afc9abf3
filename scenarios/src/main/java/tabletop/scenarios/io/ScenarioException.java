package tabletop.scenarios.io;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file could not be loaded; carries every problem found, each with its location. */
public final class ScenarioException extends Exception {
  private final List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public ScenarioException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
