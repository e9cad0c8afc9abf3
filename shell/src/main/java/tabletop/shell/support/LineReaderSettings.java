package tabletop.shell.support;

import java.io.IOException;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.utils.AttributedString;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.jline.ExtendedDefaultParser;
import org.springframework.stereotype.Component;

/**
 * Completion offers only what starts with what was typed: JLine's typo matching would turn {@code
 * ch<Tab>} into {@code -h}. An unclosed quote does not leave the facilitator at a {@code dquote>}
 * prompt: the line is read as typed, the open quote running to its end. {@code !} is text, never a
 * history reference.
 */
@Component
public class LineReaderSettings
    implements BeanPostProcessor, ApplicationListener<ContextClosedEvent> {
  private final ObjectProvider<CommandCatalog> catalog;
  private volatile History history;

  public LineReaderSettings(ObjectProvider<CommandCatalog> catalog) {
    this.catalog = catalog;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof LineReader reader) {
      if (reader instanceof LineReaderImpl impl && impl.getHighlighter() != null) {
        impl.setHighlighter(new UntilCatalogReady(impl.getHighlighter(), catalog));
      }
      history = reader.getHistory();
      reader.setVariable(LineReader.ERRORS, 0);
      // '!!' and '!$' in a note are text, not history references
      reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
      readAsTyped(reader.getParser());
    } else if (bean instanceof Parser parser) {
      readAsTyped(parser);
    }
    return bean;
  }

  /**
   * Saves the command history of the line reader as the shell closes, as Spring Shell's line reader
   * configuration does through an {@code @EventListener} method (see {@link NoEventListenerScan}).
   */
  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    History h = history;
    if (h != null) {
      try {
        h.save();
      } catch (IOException | RuntimeException e) {
        // a history that cannot be written loses the recall of old lines, never the session
      }
    }
  }

  static void readAsTyped(Parser parser) {
    if (parser instanceof ExtendedDefaultParser p) {
      p.setEofOnUnclosedQuote(false);
    } else if (parser instanceof DefaultParser p) {
      p.setEofOnUnclosedQuote(false);
    }
  }

  /**
   * Spring Shell's highlighting of the command being typed, which reads the catalog at every key:
   * while the catalog is still being built the line shows plain, so the prompt never waits.
   */
  static final class UntilCatalogReady implements Highlighter {
    private final Highlighter highlighter;
    private final ObjectProvider<CommandCatalog> catalog;

    UntilCatalogReady(Highlighter highlighter, ObjectProvider<CommandCatalog> catalog) {
      this.highlighter = highlighter;
      this.catalog = catalog;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
      if (catalog.getIfAvailable() instanceof BackgroundCommandCatalog b && b.ifReady() == null) {
        return new AttributedString(buffer);
      }
      return highlighter.highlight(reader, buffer);
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
      highlighter.setErrorPattern(errorPattern);
    }

    @Override
    public void setErrorIndex(int errorIndex) {
      highlighter.setErrorIndex(errorIndex);
    }
  }
}
