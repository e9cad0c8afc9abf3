package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.workshop.Workshop;

/** The regions a move may name. */
@Component("regions")
public class Regions implements CompletionProvider {
  private final Workshop workshop;

  public Regions(Workshop workshop) {
    this.workshop = workshop;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(
          context,
          new java.util.TreeSet<>(tabletop.engine.model.Vocabulary.FEATURES.get("region"))
              .stream().toList());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
