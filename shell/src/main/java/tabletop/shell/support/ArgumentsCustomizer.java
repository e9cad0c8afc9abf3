package tabletop.shell.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.boot.NonInteractiveShellRunnerCustomizer;
import org.springframework.shell.jline.NonInteractiveShellRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps application options ({@code --plain}, {@code --tabletop.sessions=…}, {@code --spring.…})
 * out of the command line a non-interactive run executes.
 */
@Component
public class ArgumentsCustomizer implements NonInteractiveShellRunnerCustomizer {

  @Override
  public void customize(NonInteractiveShellRunner runner) {
    runner.setCommandsFromArgs(ArgumentsCustomizer::command);
  }

  static List<String> command(String[] args) {
    List<String> words = new ArrayList<>();
    boolean leading = true;
    for (String a : args) {
      if (leading && isApplicationOption(a)) {
        continue;
      }
      leading = false;
      words.add(quote(a));
    }
    return words.isEmpty() ? List.of() : List.of(String.join(" ", words));
  }

  static boolean isApplicationOption(String a) {
    return a.equals("--plain")
        || a.equals("--no-color")
        || a.startsWith("--tabletop.")
        || a.startsWith("--spring.")
        || a.startsWith("--logging.");
  }

  private static String quote(String a) {
    if (a.isEmpty()) {
      return "\"\"";
    }
    if (!a.matches(".*[\\s\"'].*")) {
      return a;
    }
    if (!a.contains("\"")) {
      return "\"" + a + "\"";
    }
    return "'" + a.replace("'", "\\'") + "'";
  }
}
