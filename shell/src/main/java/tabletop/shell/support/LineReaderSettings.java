package tabletop.shell.support;

import org.jline.reader.LineReader;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Completion offers only what starts with what was typed: JLine's typo matching would turn {@code
 * ch<Tab>} into {@code -h}.
 */
@Component
public class LineReaderSettings implements BeanPostProcessor {
  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof LineReader reader) {
      reader.setVariable(LineReader.ERRORS, 0);
    }
    return bean;
  }
}
