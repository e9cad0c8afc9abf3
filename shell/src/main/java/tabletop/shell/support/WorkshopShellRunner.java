package tabletop.shell.support;

import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.InteractiveShellRunner;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.journal.Sessions;
import tabletop.shell.render.Display;

/**
 * The interactive workshop loop. Unlike Spring Shell's own runner, Ctrl-C at the prompt does not
 * end the workshop (someone will press it with 30 people watching): it clears the line and says how
 * to leave. Ctrl-D and {@code exit} leave.
 */
@Component
@Order(InteractiveShellRunner.PRECEDENCE - 1)
@ConditionalOnProperty(
    prefix = "spring.shell.interactive",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
public class WorkshopShellRunner implements ShellRunner {
  static final String HINT = "(Ctrl-C clears the line; type exit to leave the workshop)";

  private final LineReader reader;
  private final PromptProvider prompt;
  private final Shell shell;
  private final ShellContext context;
  private final ObjectProvider<Sessions> sessions;
  private final Display display;

  public WorkshopShellRunner(
      LineReader reader, PromptProvider prompt, Shell shell, ShellContext context) {
    this(reader, prompt, shell, context, null, Display.plain());
  }

  @Autowired
  public WorkshopShellRunner(
      LineReader reader,
      PromptProvider prompt,
      Shell shell,
      ShellContext context,
      ObjectProvider<Sessions> sessions,
      Display display) {
    this.reader = reader;
    this.prompt = prompt;
    this.shell = shell;
    this.context = context;
    this.sessions = sessions;
    this.display = display;
  }

  @Override
  public boolean run(String[] args) throws Exception {
    context.setInteractionMode(InteractionMode.INTERACTIVE);
    try {
      tabletop.shell.command.HistoryCommands.sessionStartsAfter(reader.getHistory());
    } catch (RuntimeException e) {
      // without a history, 'history' says so
    }
    String unfinished = unfinishedSession();
    if (unfinished != null) {
      reader.getTerminal().writer().println(unfinished);
      reader.getTerminal().writer().flush();
    }
    // everything the prompt needs exists now: the commands are made while it is shown
    if (shell instanceof TabletopShell t) {
      t.buildCatalogInBackground();
    }
    shell.run(this::readInput);
    return true;
  }

  /** The line that points at a session a crash left unfinished, or null. */
  private String unfinishedSession() {
    try {
      Sessions s = sessions == null ? null : sessions.getIfAvailable();
      String id = s == null ? null : s.unfinished();
      return id == null
          ? null
          : "An unfinished session " + id + " exists: 'session resume " + id + "' to continue it.";
    } catch (RuntimeException e) {
      return null; // a hint must never keep the workshop from starting
    }
  }

  private Input readInput() {
    String line;
    try {
      line = reader.readLine(prompt.getPrompt().toAnsi(reader.getTerminal()));
    } catch (UserInterruptException e) {
      reader.getTerminal().writer().println(HINT);
      reader.getTerminal().writer().flush();
      return Input.EMPTY;
    } catch (EndOfFileException e) {
      return null;
    }
    String typed = line;
    return new Input() {
      @Override
      public String rawText() {
        return typed;
      }

      @Override
      public List<String> words() {
        return List.of(typed);
      }
    };
  }

  /** For tests: the input provider this runner reads from. */
  InputProvider inputProvider() {
    return this::readInput;
  }
}
