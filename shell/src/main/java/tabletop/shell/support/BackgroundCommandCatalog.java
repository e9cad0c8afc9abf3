package tabletop.shell.support;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandRegistration;

/**
 * The command catalog, built on a thread of its own while the shell opens its terminal and shows
 * the prompt. Building it creates every command object and reads every command's declaration: about
 * a quarter of the time to the prompt, which the facilitator now spends reading the screen instead.
 * Anything that reads or changes the catalog waits until it is complete, so a command typed at once
 * runs against the full catalog; only {@link #ifReady} does not wait (for the highlighting of the
 * line being typed, which stays plain until then). A failure while building is the failure of
 * whatever asks first, with its own message.
 */
public final class BackgroundCommandCatalog implements CommandCatalog {
  private final CompletableFuture<CommandCatalog> built;

  /** Starts building with {@code build} on a daemon thread named {@code command-catalog}. */
  public BackgroundCommandCatalog(Supplier<CommandCatalog> build) {
    this.built = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                built.complete(build.get());
              } catch (Throwable e) {
                built.completeExceptionally(e);
              }
            },
            "command-catalog");
    t.setDaemon(true);
    t.start();
  }

  /** The catalog when it is complete, or null while it is being built (never waits). */
  public CommandCatalog ifReady() {
    return built.isDone() && !built.isCompletedExceptionally() ? built.join() : null;
  }

  /** The complete catalog, waiting for it; its failure rethrown as it was. */
  public CommandCatalog complete() {
    try {
      return built.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  @Override
  public void register(CommandRegistration... registration) {
    complete().register(registration);
  }

  @Override
  public void unregister(CommandRegistration... registration) {
    complete().unregister(registration);
  }

  @Override
  public void unregister(String... commandName) {
    complete().unregister(commandName);
  }

  @Override
  public Map<String, CommandRegistration> getRegistrations() {
    return complete().getRegistrations();
  }
}
