package tabletop.shell.support;

import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.Input;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.stereotype.Component;

/**
 * Turns what was typed (at the prompt, on the command line, in a script) into the input Spring
 * Shell evaluates, through {@link CommandSyntax}.
 */
@Component
public class CommandInput {
  private final ObjectProvider<CommandCatalog> catalog;
  private volatile CommandSyntax syntax;

  @Autowired
  public CommandInput(ObjectProvider<CommandCatalog> catalog) {
    this.catalog = catalog;
  }

  /** For tests: a fixed syntax. */
  public CommandInput(CommandSyntax syntax) {
    this.catalog = null;
    this.syntax = syntax;
  }

  public CommandSyntax syntax() {
    if (syntax == null) {
      CommandCatalog c = catalog == null ? null : catalog.getIfAvailable();
      syntax = CommandSyntax.tabletop(c == null ? List.of() : c.getRegistrations().keySet());
    }
    return syntax;
  }

  /** The words to evaluate; {@link BadInputException} when they cannot be a command. */
  public List<String> rewrite(List<String> words) {
    return syntax().rewrite(words);
  }

  public static Input input(List<String> words) {
    return input(String.join(" ", words), words);
  }

  /** Spring Shell's input for words already split, with the line as typed. */
  public static Input input(String raw, List<String> words) {
    List<String> copy = List.copyOf(words);
    return new Input() {
      @Override
      public String rawText() {
        return raw;
      }

      @Override
      public List<String> words() {
        return copy;
      }
    };
  }

  /** The words of a line as the shell reads them: quotes group words and are taken off. */
  public static List<String> words(String line) {
    DefaultParser parser = new DefaultParser();
    parser.setEofOnUnclosedQuote(true);
    try {
      return parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words().stream()
          .filter(w -> !w.isEmpty())
          .toList();
    } catch (EOFError e) {
      throw new BadInputException("a quote is not closed: " + line.strip());
    } catch (SyntaxError e) {
      throw new BadInputException("cannot read: " + line.strip());
    }
  }
}
