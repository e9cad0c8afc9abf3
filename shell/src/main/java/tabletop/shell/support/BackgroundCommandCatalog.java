package tabletop.shell.support;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandRegistration;

/**
 * The command catalog, built when it is first needed, or on a thread of its own once the workshop
 * has everything it needs to show its prompt ({@link #startInBackground}, called by {@link
 * WorkshopShellRunner} just before it reads the first line). Building it creates every command
 * object and reads every command's declaration: about a quarter of the time to the prompt, which
 * the facilitator now spends reading the screen instead.
 *
 * <p>Anything that reads or changes the catalog waits until it is complete, so a command typed at
 * once runs against the full catalog; only {@link #ifReady} does not wait (for the highlighting of
 * the line being typed, which stays plain until then). A failure while building is the failure of
 * whatever asks first, with its own message.
 *
 * <p>The background build starts only when the shell's own start is over: the thread that starts
 * the shell creates no more objects of the application context while it waits at the prompt, so the
 * two threads never create the same objects at once (two threads doing that can each wait for the
 * other inside Spring's bean factory).
 */
public final class BackgroundCommandCatalog implements CommandCatalog {
  private final Supplier<CommandCatalog> build;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CompletableFuture<CommandCatalog> built = new CompletableFuture<>();

  /** A catalog that {@code build} makes, on first need or on {@link #startInBackground}. */
  public BackgroundCommandCatalog(Supplier<CommandCatalog> build) {
    this.build = build;
  }

  /**
   * Starts building on a daemon thread named {@code command-catalog}, unless building has started
   * already.
   */
  public void startInBackground() {
    if (started.compareAndSet(false, true)) {
      Thread t = new Thread(this::buildNow, "command-catalog");
      t.setDaemon(true);
      t.start();
    }
  }

  private void buildNow() {
    try {
      built.complete(build.get());
    } catch (Throwable e) {
      built.completeExceptionally(e);
    }
  }

  /** The catalog when it is complete, or null while it is not (never waits, never builds). */
  public CommandCatalog ifReady() {
    return built.isDone() && !built.isCompletedExceptionally() ? built.join() : null;
  }

  /**
   * The complete catalog: built here when nothing started it, else waited for; its failure rethrown
   * as it was.
   */
  public CommandCatalog complete() {
    if (started.compareAndSet(false, true)) {
      buildNow();
    }
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
