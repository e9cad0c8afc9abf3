package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.journal.Sessions;

/** Session ids in the sessions folder. */
@Component("sessionIds")
public class SessionIds implements CompletionProvider {
  private final Sessions sessions;

  public SessionIds(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(context, sessions.ids());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
