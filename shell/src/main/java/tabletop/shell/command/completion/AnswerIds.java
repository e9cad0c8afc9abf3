package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.workshop.Workshop;

/** The counter-moves the model proposes after the turn just played. */
@Component("answerIds")
public class AnswerIds implements CompletionProvider {
  private final Workshop workshop;

  public AnswerIds(Workshop workshop) {
    this.workshop = workshop;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(
          context,
          workshop.game().proposedAnswers().stream()
              .map(tabletop.engine.report.AnswerView::id)
              .toList());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
