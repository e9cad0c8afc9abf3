package tabletop.shell.support;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.core.PriorityOrdered;
import org.springframework.stereotype.Component;

/**
 * Leaves out Spring's search for {@code @EventListener} methods, which reads every method of every
 * bean's class once the context is ready: a tenth of the way to the prompt. In the shell's jars the
 * only such method is Spring Shell's saving of the command history when the context closes, which
 * {@link LineReaderSettings} does instead. Listeners declared as {@code ApplicationListener} beans
 * are found by type and work as before.
 */
@Component
public class NoEventListenerScan implements BeanDefinitionRegistryPostProcessor, PriorityOrdered {
  static final String SCAN = AnnotationConfigUtils.EVENT_LISTENER_PROCESSOR_BEAN_NAME;

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    if (registry.containsBeanDefinition(SCAN)) {
      registry.removeBeanDefinition(SCAN);
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}

  @Override
  public int getOrder() {
    return PriorityOrdered.HIGHEST_PRECEDENCE;
  }
}
