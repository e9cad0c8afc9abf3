package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.workshop.Article;

/** Paragraph ids of the source article. */
@Component("paragraphIds")
public class ParagraphIds implements CompletionProvider {
  private final Article article;

  public ParagraphIds(Article article) {
    this.article = article;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(context, article.ids());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
