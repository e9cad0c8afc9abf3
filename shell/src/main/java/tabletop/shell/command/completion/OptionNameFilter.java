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
    if (expectsValue(context)) {
      // the word before is an option waiting for its value: only values, no option names
      return proposals.stream().filter(p -> !p.value().startsWith("-")).toList();
    }
    return proposals.stream()
        .filter(p -> !p.value().equals("--help") && !p.value().equals("-h"))
        .filter(p -> !given.contains(p.value()))
        .toList();
  }

  /** True when the word before the cursor is an option that takes a value. */
  static boolean expectsValue(CompletionContext context) {
    List<String> words = context.getWords();
    int i = context.getWordIndex() - 1;
    CommandRegistration registration = context.getCommandRegistration();
    if (registration == null || i < 0 || i >= words.size() || !words.get(i).startsWith("--")) {
      return false;
    }
    String name = words.get(i).substring(2);
    for (CommandOption o : registration.getOptions()) {
      for (String n : o.getLongNames()) {
        if (n.equals(name)) {
          Class<?> type = o.getType() == null ? null : o.getType().getRawClass();
          return type != boolean.class && type != Boolean.class;
        }
      }
    }
    return false;
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
