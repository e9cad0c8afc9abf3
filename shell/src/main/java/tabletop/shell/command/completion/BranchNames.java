package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.standard.ValueProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.workshop.Workshop;

/** Branch names of the workshop. */
@Component
public class BranchNames implements ValueProvider {
  private final Workshop workshop;

  public BranchNames(Workshop workshop) {
    this.workshop = workshop;
  }

  @Override
  public List<CompletionProposal> complete(CompletionContext context) {
    try {
      return Proposals.of(context, workshop.branchNames());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
