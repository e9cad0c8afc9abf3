package tabletop.shell.command.completion;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.support.CommandLine;

/** The next word of a command name, for {@code help COMMAND}. */
@Component("commandNames")
public class CommandNames implements CompletionProvider {
  private final ObjectProvider<CommandLine> commandLine;

  public CommandNames(ObjectProvider<CommandLine> commandLine) {
    this.commandLine = commandLine;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    List<String> words = context.getWords();
    int index = Math.min(context.getWordIndex(), words.size());
    int start = words.indexOf("help") + 1;
    List<String> before = words.subList(Math.min(start, index), index);
    String typed = String.join(" ", before);
    String prefix = (typed.isEmpty() ? "" : typed + " ") + context.currentWordUpToCursor();
    Set<String> next = new LinkedHashSet<>();
    for (String c : commandLine.getObject().syntaxes().keySet()) {
      String[] parts = c.split(" ");
      if (c.startsWith(prefix) && parts.length > before.size()) {
        next.add(parts[before.size()]);
      }
    }
    return next.stream().map(n -> new CompletionProposal(n).dontQuote(true)).toList();
  }
}
