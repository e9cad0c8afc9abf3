package tabletop.shell.workshop;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import tabletop.engine.sim.Engine;

/**
 * The engine, built once: in the background when the workshop starts (then rehearsed with a quiet
 * game), or on first use, whichever comes first. Building it loads the precompiled knowledge base,
 * which takes most of a second; the first game on it loads and compiles the code a turn runs.
 */
public final class EngineHolder implements Supplier<Engine> {
  private final FutureTask<Engine> task;
  private volatile java.util.function.Consumer<Engine> rehearsal = e -> {};

  public EngineHolder(Supplier<Engine> factory) {
    this.task =
        new FutureTask<>(
            () -> {
              Engine e = factory.get();
              try {
                rehearsal.accept(e);
              } catch (RuntimeException | StackOverflowError ex) {
                // a rehearsal only warms the engine up; the command that needs it says what fails
              }
              return e;
            });
  }

  public static EngineHolder ofClasspath() {
    return new EngineHolder(Engine::fromClasspath);
  }

  /** Starts building the engine on a daemon thread, so a waiting prompt costs nothing. */
  public void warmUpInBackground() {
    warmUpInBackground(0);
  }

  /**
   * Starts building the engine on a daemon thread and then plays {@code rehearsal} with it (a quiet
   * game of the default scenario), so that the first turn the facilitator plays finds the knowledge
   * base loaded and its code warm. A command that needs the engine before then waits for the same
   * build; the rehearsal must use the engine it is given, never {@link #get()}.
   */
  public void warmUpInBackground(long delayMillis, java.util.function.Consumer<Engine> rehearsal) {
    this.rehearsal = rehearsal;
    warmUpInBackground(delayMillis);
  }

  /**
   * Starts building the engine on a daemon thread after a pause ({@code 0}: at once), so that on a
   * small machine it need not compete with drawing the first prompt.
   */
  public void warmUpInBackground(long delayMillis) {
    Runnable later =
        () -> {
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          task.run();
        };
    Thread t = new Thread(later, "engine-warm-up");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public Engine get() {
    task.run(); // no-op when already running or done
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the knowledge base", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "the knowledge base could not be loaded: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
