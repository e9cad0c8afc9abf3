package tabletop.shell.workshop;

import java.util.List;
import tabletop.scenarios.io.Problem;
import tabletop.scenarios.io.ScenarioException;

/** Scenario problems as one line for the user. */
public final class Problems {
  private Problems() {}

  public static String oneLine(ScenarioException e) {
    List<Problem> problems = e.problems();
    if (problems.isEmpty()) {
      return e.getMessage();
    }
    String first = problems.get(0).format();
    return problems.size() == 1
        ? first
        : first
            + " (and "
            + (problems.size() - 1)
            + " more; 'scenario validate FILE' lists them all)";
  }
}
