package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.workshop.Workshop;

/** The move kinds the knowledge base reads. */
@Component("moveKinds")
public class MoveKinds implements CompletionProvider {
  private final Workshop workshop;

  public MoveKinds(Workshop workshop) {
    this.workshop = workshop;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(
          context, List.copyOf(tabletop.engine.model.Vocabulary.MOVE_KINDS.keySet()));
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
