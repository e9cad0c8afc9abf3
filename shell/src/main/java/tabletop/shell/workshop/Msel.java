package tabletop.shell.workshop;

import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.io.MselCsv;
import tabletop.scenarios.io.Problem;
import tabletop.scenarios.io.ScenarioException;
import tabletop.shell.support.BadInputException;

/**
 * The shell's side of the MSEL (master scenario events list) CSV exchange: the conversion lives in
 * {@link MselCsv}; here its problems become one bad-input message.
 */
public final class Msel {
  public String export(Scenario scenario) {
    return MselCsv.export(scenario);
  }

  /** The scenario YAML for an MSEL CSV; its id is the output file's name, so it validates. */
  public String importCsv(String name, String csv, String outFile) {
    try {
      return MselCsv.importCsv(name, csv, MselCsv.idFromFileName(outFile));
    } catch (ScenarioException e) {
      throw new BadInputException(
          String.join("\n", e.problems().stream().map(Problem::format).toList()));
    }
  }
}
