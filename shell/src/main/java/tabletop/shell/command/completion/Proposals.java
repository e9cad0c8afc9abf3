package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;

/** Proposals that start with what has been typed. */
final class Proposals {
  private Proposals() {}

  static List<CompletionProposal> of(CompletionContext context, List<String> values) {
    String typed = context.currentWordUpToCursor();
    String prefix = typed == null ? "" : typed;
    return values.stream()
        .filter(v -> v.startsWith(prefix))
        .map(v -> new CompletionProposal(v).dontQuote(true))
        .toList();
  }

  /** The word before the one being completed (for values that depend on a name). */
  static String previousWord(CompletionContext context) {
    List<String> words = context.getWords();
    int i = context.getWordIndex() - 1;
    return i >= 0 && i < words.size() ? words.get(i) : "";
  }
}
