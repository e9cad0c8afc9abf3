package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;
import tabletop.engine.scenario.Knob;
import tabletop.shell.workshop.Workshop;

/** Values of the knob named in the word before (knob set NAME VALUE), or NAME=VALUE pairs. */
@Component("knobValues")
public class KnobValues implements CompletionProvider {
  private final Workshop workshop;

  public KnobValues(Workshop workshop) {
    this.workshop = workshop;
  }

  private List<String> values(String previous, String typed) {
    List<Knob> knobs = workshop.scenario().knobs();
    for (Knob k : knobs) {
      if (k.name().equals(previous)) {
        return valuesOf(k);
      }
    }
    // --knob NAME=VALUE: propose names, then the values of the name typed
    String t = typed == null ? "" : typed;
    int eq = t.indexOf('=');
    if (eq > 0) {
      String name = t.substring(0, eq);
      return knobs.stream()
          .filter(k -> k.name().equals(name))
          .flatMap(k -> valuesOf(k).stream().map(v -> name + "=" + v))
          .toList();
    }
    return knobs.stream().map(k -> k.name() + "=").toList();
  }

  static List<String> valuesOf(Knob k) {
    return switch (k.type()) {
      case BOOLEAN -> List.of("true", "false");
      case NUMBER -> List.of(k.defaultValue());
      default -> k.values();
    };
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(
          context, values(Proposals.previousWord(context), context.currentWordUpToCursor()));
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
