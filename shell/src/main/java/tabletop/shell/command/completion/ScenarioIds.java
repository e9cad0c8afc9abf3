package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.scenarios.io.ScenarioLibrary;

/** Scenario ids from the library. */
@Component("scenarioIds")
public class ScenarioIds implements CompletionProvider {
  private final ScenarioLibrary library;

  public ScenarioIds(ScenarioLibrary library) {
    this.library = library;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(context, library.ids());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
