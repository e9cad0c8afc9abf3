package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.workshop.Workshop;

/** Knob names of the current scenario. */
@Component("knobNames")
public class KnobNames implements CompletionProvider {
  private final Workshop workshop;

  public KnobNames(Workshop workshop) {
    this.workshop = workshop;
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(
          context,
          workshop.scenario().knobs().stream().map(tabletop.engine.scenario.Knob::name).toList());
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
