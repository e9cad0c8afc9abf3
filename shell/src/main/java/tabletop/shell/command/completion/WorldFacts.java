package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.engine.model.Vocabulary;

/**
 * The world facts an inject may assert or retract: those of the vocabulary that a scenario or a
 * facilitator sets, not those the knowledge base derives from them (marked "derived" in the
 * vocabulary), which an inject would only contradict.
 */
@Component("worldFacts")
public class WorldFacts implements CompletionProvider {

  /** The facts an inject may name, in the vocabulary's order. */
  public static List<String> injectable() {
    return Vocabulary.WORLD_FACTS.entrySet().stream()
        .filter(e -> !e.getValue().startsWith("derived"))
        .map(java.util.Map.Entry::getKey)
        .toList();
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(context, injectable());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
