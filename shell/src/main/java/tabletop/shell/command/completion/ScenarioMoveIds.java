package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.TurnSpec;
import tabletop.shell.workshop.Workshop;

/**
 * The ids of the moves the current scenario tables, tabled yet or not, in the order of its turns.
 */
@Component("scenarioMoveIds")
public class ScenarioMoveIds implements CompletionProvider {
  private final Workshop workshop;

  public ScenarioMoveIds(Workshop workshop) {
    this.workshop = workshop;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      List<String> ids =
          workshop.scenario().turns().stream()
              .map(TurnSpec::moves)
              .flatMap(List::stream)
              .map(MoveSpec::id)
              .distinct()
              .toList();
      return Proposals.of(context, ids);
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
