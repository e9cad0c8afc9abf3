package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.completion.CompletionResolver;
import org.springframework.stereotype.Component;

/**
 * Completes values typed by position ({@code explain chi<Tab>}, {@code knob set NAME <Tab>}):
 * Spring Shell 3.4 completes an option's value only after its {@code --name}.
 */
@Component
public class PositionalCompletion implements CompletionResolver {

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    CommandRegistration registration = context.getCommandRegistration();
    if (registration == null) {
      return List.of();
    }
    List<String> words = context.getWords();
    int index = context.getWordIndex();
    String current = context.currentWordUpToCursor();
    if (current != null && current.startsWith("-")) {
      return List.of();
    }
    if (index > 0 && index - 1 < words.size() && words.get(index - 1).startsWith("-")) {
      return List.of(); // the value of a named option: Spring Shell completes it
    }
    int position = 0;
    for (int i = 0; i < index && i < words.size(); i++) {
      if (words.get(i).startsWith("-")) {
        i++; // skip the option's value
        continue;
      }
      position++;
    }
    for (CommandOption o : registration.getOptions()) {
      if (o.getPosition() == position && o.getCompletion() != null) {
        try {
          return o.getCompletion().apply(context.commandOption(o));
        } catch (RuntimeException e) {
          return List.of();
        }
      }
    }
    return List.of();
  }
}
