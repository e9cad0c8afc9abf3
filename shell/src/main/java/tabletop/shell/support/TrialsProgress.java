package tabletop.shell.support;

import java.io.PrintWriter;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;

/**
 * A progress bar for long trials, drawn on the shell's own terminal (never a second one) and only
 * where a person is looking: standard output a terminal that can move the cursor back. Elsewhere (a
 * pipe, a file, a test) nothing is drawn and the output stays exactly the figures.
 */
public final class TrialsProgress implements AutoCloseable {
  private final ProgressBar bar;

  private TrialsProgress(ProgressBar bar) {
    this.bar = bar;
  }

  /** No bar: the trials run, nobody is shown their progress. */
  public static TrialsProgress none() {
    return new TrialsProgress(null);
  }

  /** Whether a bar may be drawn on this terminal. */
  public static boolean shown(Terminal terminal) {
    return terminal != null
        && System.console() != null
        && !Terminal.TYPE_DUMB.equals(terminal.getType())
        && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
  }

  /** A bar of {@code total} trials on the terminal, or none where {@link #shown} says no. */
  public static TrialsProgress on(Terminal terminal, long total, int width) {
    return on(terminal, total, width, "trials");
  }

  /** A bar of {@code total} steps named {@code task} (e.g. "packages"), or none. */
  public static TrialsProgress on(Terminal terminal, long total, int width, String task) {
    if (!shown(terminal)) {
      return none();
    }
    PrintWriter out = terminal.writer();
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setConsumer(new Line(out, Math.max(40, width)))
            .clearDisplayOnFinish()
            .build();
    return new TrialsProgress(bar);
  }

  /** What the trials call as they go: the number of trials done so far. */
  public LongConsumer listener() {
    return bar == null ? n -> {} : bar::stepTo;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  /**
   * Draws the bar over one line of the terminal, and wipes it at the end. The bar leaves room at
   * the end of the line for the "^C" the terminal echoes when the trials are stopped, so the wipe
   * stays on the bar's line.
   */
  private static final class Line implements ProgressBarConsumer {
    private final PrintWriter out;
    private final int width;

    Line(PrintWriter out, int width) {
      this.out = out;
      this.width = width;
    }

    @Override
    public int getMaxRenderedLength() {
      return width - 4;
    }

    @Override
    public void accept(String rendered) {
      out.print('\r');
      out.print(rendered);
      out.flush();
    }

    @Override
    public void clear() {
      out.print('\r');
      out.print(" ".repeat(width - 1));
      out.print('\r');
      out.flush();
    }

    @Override
    public void close() {
      out.flush();
    }
  }
}
