package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.workshop.Workshop;

/** Actor ids of the current scenario. */
@Component("actorIds")
public class ActorIds implements CompletionProvider {
  private final Workshop workshop;

  public ActorIds(Workshop workshop) {
    this.workshop = workshop;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(context, workshop.actorIds());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
