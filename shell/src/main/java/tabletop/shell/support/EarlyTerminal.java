package tabletop.shell.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The system terminal, opened on a thread of its own from the first line of {@code main} while
 * Spring prepares the application: JLine loads its native library and asks the operating system
 * about the terminal, which otherwise happens on the way to the prompt. Built as Spring Shell
 * builds it (JLine's system terminal, output on standard out); where nothing started it early (a
 * test's context), it is built when asked for.
 */
public final class EarlyTerminal {
  private static volatile CompletableFuture<Terminal> opening;

  private EarlyTerminal() {}

  /**
   * JLine's own logger, held so its level stays set until Spring's logging takes over: whether a
   * system terminal can be had is for the shell to say, not for a warning on standard error.
   */
  private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

  /**
   * Starts opening the system terminal in the background; later calls do nothing, and so does the
   * build's ahead-of-time processing, which runs {@code main} without a terminal.
   */
  public static synchronized void start() {
    if (opening == null && !Boolean.getBoolean("spring.aot.processing")) {
      JLINE_LOG.setLevel(Level.SEVERE);
      CompletableFuture<Terminal> f = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  f.complete(open());
                } catch (Throwable e) {
                  f.completeExceptionally(e);
                }
              },
              "terminal-open");
      t.setDaemon(true);
      t.start();
      opening = f;
    }
  }

  /**
   * The terminal opened by {@link #start}, waiting for it, or one opened now when nothing started
   * it. Each early terminal is handed out once.
   */
  public static Terminal take() throws IOException {
    CompletableFuture<Terminal> f;
    synchronized (EarlyTerminal.class) {
      f = opening;
      opening = null;
    }
    if (f == null) {
      return open();
    }
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** Whether a terminal opened by {@link #start} waits to be taken. */
  static synchronized boolean isOpening() {
    return opening != null;
  }

  /** Closes the terminal {@link #start} opened, if any, when another is to be used instead. */
  public static void discard() {
    CompletableFuture<Terminal> f;
    synchronized (EarlyTerminal.class) {
      f = opening;
      opening = null;
    }
    if (f != null) {
      f.thenAccept(
          t -> {
            try {
              t.close();
            } catch (IOException e) {
              // the other terminal is the one in use
            }
          });
    }
  }

  /** The system terminal's builder as Spring Shell sets it up: output on standard out. */
  public static TerminalBuilder builder() {
    return TerminalBuilder.builder().systemOutput(TerminalBuilder.SystemOutput.SysOut);
  }

  private static Terminal open() throws IOException {
    return builder().build();
  }
}
