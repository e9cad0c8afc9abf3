package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandRegistration;

class BackgroundCommandCatalogTest {

  private static CommandRegistration command(String name) {
    return CommandRegistration.builder()
        .command(name)
        .withTarget()
        .consumer(ctx -> {})
        .and()
        .build();
  }

  @Test
  void readersWaitForTheWholeCatalogAndTheHighlightingDoesNot() throws Exception {
    // given a catalog whose building is held back until released
    CountDownLatch release = new CountDownLatch(1);
    BackgroundCommandCatalog catalog =
        new BackgroundCommandCatalog(
            () -> {
              try {
                release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              CommandCatalog c = CommandCatalog.of();
              c.register(command("turn"));
              return c;
            });
    @SuppressWarnings("unchecked")
    ObjectProvider<CommandCatalog> provider = mock(ObjectProvider.class);
    when(provider.getIfAvailable()).thenReturn(catalog);
    Highlighter bold = mock(Highlighter.class);
    when(bold.highlight(null, "turn"))
        .thenReturn(new AttributedString("turn", AttributedStyle.BOLD));
    Highlighter highlighting = new LineReaderSettings.UntilCatalogReady(bold, provider);
    catalog.startInBackground();

    // when the line is drawn while the catalog is still being built
    AttributedString early = highlighting.highlight((LineReader) null, "turn");

    // then it is drawn plain, at once, and the catalog says it is not ready
    assertThat(early).isEqualTo(new AttributedString("turn"));
    assertThat(catalog.ifReady()).isNull();

    // when the building finishes
    release.countDown();

    // then a reader gets every command, and the line is highlighted as Spring Shell does
    assertThat(catalog.getRegistrations()).containsOnlyKeys("turn");
    assertThat(catalog.ifReady()).isNotNull();
    assertThat(highlighting.highlight(null, "turn"))
        .isEqualTo(new AttributedString("turn", AttributedStyle.BOLD));
  }

  @Test
  void withoutABackgroundStartTheFirstReaderBuildsItOnItsOwnThread() {
    // given a catalog nothing started building (a one-shot command line, a test's shell)
    Thread[] builtOn = new Thread[1];
    BackgroundCommandCatalog catalog =
        new BackgroundCommandCatalog(
            () -> {
              builtOn[0] = Thread.currentThread();
              CommandCatalog c = CommandCatalog.of();
              c.register(command("run"));
              return c;
            });
    assertThat(catalog.ifReady()).isNull();

    // when a command reads it
    assertThat(catalog.getRegistrations()).containsOnlyKeys("run");

    // then it was built right there, once, and a later background start does nothing
    assertThat(builtOn[0]).isSameAs(Thread.currentThread());
    catalog.startInBackground();
    assertThat(catalog.ifReady()).isNotNull();
    assertThat(builtOn[0]).isSameAs(Thread.currentThread());
  }

  @Test
  void aFailureWhileBuildingIsTheFailureOfWhoeverAsks() {
    // given a catalog whose building fails
    BackgroundCommandCatalog catalog =
        new BackgroundCommandCatalog(
            () -> {
              throw new IllegalStateException("a command could not be created");
            });

    // then reading it fails with that failure, as building it in place would
    assertThatThrownBy(catalog::getRegistrations)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a command could not be created");
    assertThatThrownBy(() -> catalog.register(command("x")))
        .isInstanceOf(IllegalStateException.class);
    // and it is never ready, so the highlighting stays plain rather than failing at each key
    assertThat(catalog.ifReady()).isNull();
  }
}
