package tabletop.shell.support;

import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.stereotype.Component;

/**
 * Asks the facilitator a yes/no question at the terminal, before a command throws work away. Only
 * someone typing at the workshop prompt is asked: a command line, a script or piped input (a dumb
 * terminal) gets no answer, so the command must not wait for one and asks for {@code --yes}
 * instead.
 */
@Component
public class Confirmation {
  private final ObjectProvider<LineReader> reader;
  private final ObjectProvider<ShellContext> context;

  public Confirmation(ObjectProvider<LineReader> reader, ObjectProvider<ShellContext> context) {
    this.reader = reader;
    this.context = context;
  }

  /** Never asks: for commands built outside the shell. */
  public static Confirmation none() {
    return new Confirmation(null, null) {
      @Override
      public Optional<Boolean> ask(String before, String question) {
        return Optional.empty();
      }
    };
  }

  /** Whether someone at a terminal can be asked. */
  public boolean canAsk() {
    ShellContext c = context == null ? null : context.getIfAvailable();
    LineReader r = reader == null ? null : reader.getIfAvailable();
    // as the shell reads it: a one-shot command line is the only non-interactive mode
    if (c == null || r == null || c.getInteractionMode() == InteractionMode.NONINTERACTIVE) {
      return false;
    }
    if (Scripts.running()) {
      return false;
    }
    // piped input reads through a dumb terminal: its next line is a command, not an answer
    org.jline.terminal.Terminal t = r.getTerminal();
    return !(t instanceof org.jline.terminal.impl.DumbTerminal)
        && !org.jline.terminal.Terminal.TYPE_DUMB.equals(t.getType())
        && !org.jline.terminal.Terminal.TYPE_DUMB_COLOR.equals(t.getType());
  }

  /**
   * Shows {@code before} (what is at stake), then the answer to a yes/no question ({@code y} or
   * {@code yes} is yes; anything else, Ctrl-C and Ctrl-D are no), or empty when nobody can be
   * asked.
   */
  public Optional<Boolean> ask(String before, String question) {
    if (!canAsk()) {
      return Optional.empty();
    }
    LineReader r = reader.getObject();
    r.getTerminal().writer().println(before);
    r.getTerminal().writer().flush();
    Object history = r.getVariable(LineReader.DISABLE_HISTORY);
    r.setVariable(LineReader.DISABLE_HISTORY, true); // an answer is not a command to recall
    try {
      String answer = r.readLine(question + " [y/N] ");
      String a = answer == null ? "" : answer.strip().toLowerCase(java.util.Locale.ROOT);
      return Optional.of(a.equals("y") || a.equals("yes"));
    } catch (UserInterruptException | EndOfFileException e) {
      return Optional.of(false);
    } finally {
      r.setVariable(LineReader.DISABLE_HISTORY, history);
    }
  }
}
