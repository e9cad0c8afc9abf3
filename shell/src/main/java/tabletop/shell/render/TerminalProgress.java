package tabletop.shell.render;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.stereotype.Component;

/**
 * A progress bar (me.tongfei:progressbar) on one line that redraws in place: on the workshop's
 * terminal, or on standard error when tabletop runs one command, so that standard output carries
 * only the command's result ({@code backtest --format json > out.json}); none when that standard
 * error is not a terminal (a log, a pipe). Plain characters when the display is plain.
 */
@Component
public class TerminalProgress implements Progress {
  private final ObjectProvider<Terminal> terminal;
  private final ObjectProvider<ShellContext> context;
  private final Display display;

  public TerminalProgress(
      ObjectProvider<Terminal> terminal, ObjectProvider<ShellContext> context, Display display) {
    this.terminal = terminal;
    this.context = context;
    this.display = display;
  }

  @Override
  public Bar start(String task, int total) {
    PrintWriter out = writer();
    if (out == null) {
      return Progress.none().start(task, total);
    }
    // a few columns spare, so that the "^C" the terminal echoes never wraps the line
    int width = Math.max(40, Math.min(display.width(), 120) - 4);
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(
                display.colour() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .setConsumer(
                new DelegatingProgressBarConsumer(
                    line -> {
                      out.print("\r" + line);
                      out.flush();
                    },
                    width))
            .build();
    return new Bar() {
      @Override
      public void stepTo(int done) {
        bar.stepTo(done);
      }

      @Override
      public void close() {
        bar.close();
        out.print("\r" + " ".repeat(width) + "\r");
        out.flush();
      }
    };
  }

  private PrintWriter writer() {
    ShellContext c = context.getIfAvailable();
    Terminal t = terminal.getIfAvailable();
    boolean interactive = c == null || c.getInteractionMode() != InteractionMode.NONINTERACTIVE;
    if (interactive && t != null) {
      return t.writer();
    }
    // one command: on standard error if a person watches it, never into a log or a pipe
    return StandardError.IS_TERMINAL ? new PrintWriter(System.err, true) : null;
  }

  /** Whether standard error is a terminal, asked of JLine's providers once. */
  private static final class StandardError {
    static final boolean IS_TERMINAL = ask();

    private static boolean ask() {
      for (String provider : new String[] {"jni", "exec"}) {
        try {
          return org.jline.terminal.spi.TerminalProvider.load(provider)
              .isSystemStream(org.jline.terminal.spi.SystemStream.Error);
        } catch (Exception | LinkageError e) {
          // try the next provider; with none, no bar
        }
      }
      return false;
    }
  }
}
