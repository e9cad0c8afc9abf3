package tabletop.shell.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jline.terminal.Terminal;
import org.springframework.core.annotation.Order;
import org.springframework.shell.Input;
import org.springframework.shell.Shell;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.InteractiveShellRunner;
import org.springframework.stereotype.Component;

/**
 * {@code tabletop COMMAND ARGS…} and {@code tabletop @FILE}: runs the command or the script and
 * exits. {@code --help}/{@code -h} lists the commands, {@code --version} prints the version. The
 * words are read like typed ones, each word one token; errors go to stderr as one line.
 */
@Component
@Order(InteractiveShellRunner.PRECEDENCE - 200)
public class CommandLineShellRunner implements ShellRunner {
  private final Shell shell;
  private final ShellContext context;
  private final Terminal terminal;

  public CommandLineShellRunner(Shell shell, ShellContext context, Terminal terminal) {
    this.shell = shell;
    this.context = context;
    this.terminal = terminal;
  }

  @Override
  public boolean run(String[] args) throws Exception {
    List<String> words = commandWords(args);
    if (words.isEmpty()) {
      return false; // the interactive workshop
    }
    context.setInteractionMode(InteractionMode.NONINTERACTIVE);
    String first = words.get(0);
    if (first.equals("--version") || first.equals("-V")) {
      terminal.writer().println("tabletop " + version());
      terminal.writer().flush();
      return true;
    }
    if (first.equals("--help") || first.equals("-h")) {
      words = List.of("help");
    }
    if (first.startsWith("@") && first.length() > 1) {
      TabletopShell t = (TabletopShell) shell;
      try {
        Scripts.run(Path.of(first.substring(1)), shell, t.commandLine());
      } catch (AlreadyReported e) {
        throw e;
      } catch (BadInputException e) {
        System.err.println(Printable.visible(e.getMessage()));
        throw new AlreadyReported(e.getMessage());
      }
      return true;
    }
    List<String> command = words;
    Input[] once = {new TabletopShell.Words(command)};
    shell.run(
        () -> {
          Input i = once[0];
          once[0] = null;
          return i;
        });
    return true;
  }

  /** The arguments without the application options that may lead them. */
  static List<String> commandWords(String[] args) {
    List<String> words = new ArrayList<>();
    boolean leading = true;
    for (String a : args) {
      if (leading && isApplicationOption(a)) {
        continue;
      }
      leading = false;
      words.add(a);
    }
    return words;
  }

  static boolean isApplicationOption(String a) {
    return a.equals("--plain")
        || a.equals("--no-color")
        || a.startsWith("--tabletop.")
        || a.startsWith("--spring.")
        || a.startsWith("--logging.");
  }

  /** The version of the build (from the jar's Maven metadata), or "development build". */
  public static String version() {
    try (InputStream in =
        CommandLineShellRunner.class.getResourceAsStream(
            "/META-INF/maven/tabletop/tabletop-shell/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through
    }
    String v = CommandLineShellRunner.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }
}
