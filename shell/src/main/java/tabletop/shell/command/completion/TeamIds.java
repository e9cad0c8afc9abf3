package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.engine.scenario.Exercise;
import tabletop.shell.workshop.Workshop;

/** The ids of the player teams the loaded scenario's exercise declares. */
@Component("teamIds")
public class TeamIds implements CompletionProvider {
  private final Workshop workshop;

  public TeamIds(Workshop workshop) {
    this.workshop = workshop;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(
          context, workshop.scenario().exercise().teams().stream().map(Exercise.Team::id).toList());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
