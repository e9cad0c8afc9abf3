package tabletop.shell.workshop;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import tabletop.engine.sim.Game;
import tabletop.engine.sim.Structure;
import tabletop.engine.sim.TrialResult;
import tabletop.engine.sim.Trials;
import tabletop.engine.sim.Uncertainty;
import tabletop.shell.support.BadInputException;

/**
 * Whole-run trials of a line of play as it stands (its knobs, team decisions and injects) to the
 * scenario's end, beside the scenario's own run: the same structure with nothing drawn (every
 * weight and assumption at its stated value), which is what {@code run} and the turn screens show.
 *
 * <p>The trials run on a thread of their own while the caller waits: when the caller is interrupted
 * (Ctrl-C at the shell), the trials are told to stop, and the figures of those done come back,
 * marked {@link TrialResult#stopped()}; the session is not touched.
 */
public final class WholeRunTrials {
  /** The figures: the trials, and the scenario's own run over the same structure. */
  public record Result(TrialResult trials, TrialResult run) {}

  private WholeRunTrials() {}

  /** The structure of the line's whole play, refused in one line where trials cannot sample it. */
  public static Structure structure(Game game) {
    Structure s = game.structureToEnd();
    if (!s.separable()) {
      throw new BadInputException(
          "these trials cannot run on this play: " + s.whyNot() + "; 'run' still plays it");
    }
    return s;
  }

  /** Runs the trials, stopping early if the calling thread is interrupted. */
  public static Result run(Structure s, long seed, int trials, int threads, LongConsumer progress) {
    TrialResult run = Trials.run(s, Uncertainty.NONE, seed, 1);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "tabletop-likelihood");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<TrialResult> f =
          worker.submit(
              () ->
                  Trials.run(s, Uncertainty.fitted(), seed, trials, threads, progress, stop::get));
      boolean interrupted = false;
      while (true) {
        try {
          TrialResult r = f.get();
          if (interrupted) {
            // the stop was asked for; the shell must not see a Ctrl-C that has been answered
            Thread.interrupted();
          }
          return new Result(r, run);
        } catch (InterruptedException e) {
          interrupted = true;
          stop.set(true);
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof RuntimeException re) {
            throw re;
          }
          if (c instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(c);
        }
      }
    } finally {
      worker.shutdownNow();
    }
  }
}
