package tabletop.shell.support;

import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.shell.jline.ExtendedDefaultParser;
import org.springframework.stereotype.Component;

/**
 * Completion offers only what starts with what was typed: JLine's typo matching would turn {@code
 * ch<Tab>} into {@code -h}. An unclosed quote does not leave the facilitator at a {@code dquote>}
 * prompt: the line is read as typed, the open quote running to its end. {@code !} is text, never a
 * history reference.
 */
@Component
public class LineReaderSettings implements BeanPostProcessor {
  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof LineReader reader) {
      reader.setVariable(LineReader.ERRORS, 0);
      // '!!' and '!$' in a note are text, not history references
      reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
      readAsTyped(reader.getParser());
    } else if (bean instanceof Parser parser) {
      readAsTyped(parser);
    }
    return bean;
  }

  static void readAsTyped(Parser parser) {
    if (parser instanceof ExtendedDefaultParser p) {
      p.setEofOnUnclosedQuote(false);
    } else if (parser instanceof DefaultParser p) {
      p.setEofOnUnclosedQuote(false);
    }
  }
}
