package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;

/** The five directions, as typed. */
@Component("directionNames")
public class DirectionNames implements CompletionProvider {

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(
          context,
          java.util.Arrays.stream(tabletop.engine.model.Direction.values())
              .map(d -> d.label().replace(' ', '-'))
              .toList());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
