package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.standard.ValueProvider;
import org.springframework.stereotype.Component;

/** Output formats. */
@Component
public class Formats implements ValueProvider {

  @Override
  public List<CompletionProposal> complete(CompletionContext context) {
    try {
      return Proposals.of(context, List.of("table", "json", "md", "html", "csv"));
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
