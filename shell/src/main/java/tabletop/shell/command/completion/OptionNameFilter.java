package tabletop.shell.command.completion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.completion.CompletionResolver;
import org.springframework.shell.completion.RegistrationOptionsCompletionResolver;
import org.springframework.stereotype.Component;

/**
 * Spring Shell offers every option name on Tab, {@code --help} and {@code -h} included, even for
 * values already given by position. This keeps its option names but leaves out {@code --help},
 * {@code -h} and the options already given, by name or by position.
 */
@Component
public class OptionNameFilter implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof RegistrationOptionsCompletionResolver resolver) {
      return (CompletionResolver) context -> filter(context, resolver.apply(context));
    }
    return bean;
  }

  static List<CompletionProposal> filter(
      CompletionContext context, List<CompletionProposal> proposals) {
    Set<String> given = given(context);
    return proposals.stream()
        .filter(p -> !p.value().equals("--help") && !p.value().equals("-h"))
        .filter(p -> !given.contains(p.value()))
        .toList();
  }

  /** The option names ({@code --actor}) given before the word being completed. */
  static Set<String> given(CompletionContext context) {
    Set<String> given = new HashSet<>();
    CommandRegistration registration = context.getCommandRegistration();
    List<String> words = context.getWords();
    int index = Math.min(context.getWordIndex(), words.size());
    int position = 0;
    for (int i = 0; i < index; i++) {
      String w = words.get(i);
      if (w.startsWith("--")) {
        given.add(w);
        i++; // its value
      } else if (!w.isEmpty()) {
        position++;
      }
    }
    if (registration != null) {
      for (CommandOption o : registration.getOptions()) {
        if (o.getPosition() >= 0 && o.getPosition() < position) {
          for (String n : o.getLongNames()) {
            given.add("--" + n);
          }
        }
      }
    }
    return given;
  }
}
