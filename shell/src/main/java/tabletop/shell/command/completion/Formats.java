package tabletop.shell.command.completion;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.stereotype.Component;

/** Output formats. */
@Component("formats")
public class Formats implements CompletionProvider {

  /**
   * The formats of the command being completed: the report's, likelihood's, the backtest's, or
   * table and json.
   */
  static List<String> of(CompletionContext context) {
    String command =
        context.getCommandRegistration() == null
            ? ""
            : context.getCommandRegistration().getCommand();
    return switch (command) {
      case "report" -> List.of("md", "html", "json", "csv");
      case "likelihood" -> List.of("text", "json");
      case "backtest" -> List.of("text", "json", "html", "md");
      default -> List.of("table", "json");
    };
  }

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    try {
      return Proposals.of(context, of(context));
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }
}
