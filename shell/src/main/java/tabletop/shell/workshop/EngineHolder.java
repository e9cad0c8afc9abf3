package tabletop.shell.workshop;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import tabletop.engine.sim.Engine;

/**
 * The engine, built once: in the background after the prompt appears, or on first use, whichever
 * comes first. Building it loads the precompiled knowledge base, which takes most of a second.
 */
public final class EngineHolder implements Supplier<Engine> {
  private final FutureTask<Engine> task;

  public EngineHolder(Supplier<Engine> factory) {
    this.task = new FutureTask<>(factory::get);
  }

  public static EngineHolder ofClasspath() {
    return new EngineHolder(Engine::fromClasspath);
  }

  /** Starts building the engine on a daemon thread, so a waiting prompt costs nothing. */
  public void warmUpInBackground() {
    warmUpInBackground(0);
  }

  /**
   * Starts building the engine on a daemon thread after a pause, so that on a small machine it does
   * not compete with drawing the first prompt.
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
