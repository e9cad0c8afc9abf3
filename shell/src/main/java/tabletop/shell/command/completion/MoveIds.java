package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.workshop.Workshop;

/** Ids of the moves tabled so far. */
@Component("moveIds")
public class MoveIds implements CompletionProvider {
  private final Workshop workshop;

  public MoveIds(Workshop workshop) {
    this.workshop = workshop;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(context, List.copyOf(workshop.game().movesTabled()));
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
