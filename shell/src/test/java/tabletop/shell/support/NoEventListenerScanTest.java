package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.jline.reader.History;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

class NoEventListenerScanTest {

  @Test
  void springsSearchForEventListenerMethodsIsLeftOut() {
    // given a context with Spring's annotation processors registered
    GenericApplicationContext context = new GenericApplicationContext();
    org.springframework.context.annotation.AnnotationConfigUtils.registerAnnotationConfigProcessors(
        context);
    assertThat(context.containsBeanDefinition(NoEventListenerScan.SCAN)).isTrue();

    // when the scan is left out (twice: the build's ahead-of-time processing, then the start)
    new NoEventListenerScan().postProcessBeanDefinitionRegistry(context);
    new NoEventListenerScan().postProcessBeanDefinitionRegistry(context);

    // then no search for @EventListener methods remains, and the context's other processors do
    assertThat(context.containsBeanDefinition(NoEventListenerScan.SCAN)).isFalse();
    assertThat(context.getBeanDefinitionCount()).isPositive();
  }

  @Test
  void theCommandHistoryIsSavedAsTheShellCloses() throws Exception {
    // given the shell's line reader with its history
    @SuppressWarnings("unchecked")
    LineReaderSettings settings = new LineReaderSettings(mock(ObjectProvider.class));
    Terminal terminal =
        tabletop.shell.Fixtures.capturedTerminal(new java.io.ByteArrayOutputStream());
    LineReaderImpl reader = new LineReaderImpl(terminal);
    History history = mock(History.class);
    reader.setHistory(history);
    settings.postProcessAfterInitialization(reader, "lineReader");

    // when the context closes
    settings.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

    // then the history is written, as Spring Shell's own listener would
    verify(history).save();
  }
}
