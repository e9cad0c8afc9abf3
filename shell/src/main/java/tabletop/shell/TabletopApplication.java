package tabletop.shell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.command.annotation.CommandScan;
import tabletop.shell.support.EarlyTerminal;
import tabletop.shell.support.ExitCodes;

/**
 * The tabletop shell. With no arguments, an interactive workshop; with a command, runs it and
 * exits; with {@code @FILE}, runs a script. Exit codes: 0 success, 2 bad input, 1 internal error.
 */
@SpringBootApplication
@CommandScan
public class TabletopApplication {
  public static void main(String[] args) {
    EarlyTerminal.start();
    int code;
    try {
      SpringApplication app = new SpringApplication(TabletopApplication.class);
      app.setListeners(
          JarProperties.inPlaceOfConfigData(
              app.getListeners(), TabletopApplication.class.getClassLoader()));
      ConfigurableApplicationContext context = app.run(withoutDisplayOptions(args));
      code = SpringApplication.exit(context);
    } catch (SpringApplication.AbandonedRunException e) {
      // build-time ahead-of-time processing stops the application on purpose
      throw e;
    } catch (RuntimeException e) {
      // the failing command has printed its one line already; start-up failures have not
      code = ExitCodes.of(e);
      if (!ExitCodes.reportedByShell(e)) {
        System.err.println("tabletop could not start: " + ExitCodes.rootMessage(e));
      }
    }
    System.exit(code);
  }

  /**
   * Takes {@code --plain} / {@code --no-color} out of the arguments (they may come before a command
   * or a {@code @script}) and turns them into the {@code tabletop.plain} property.
   */
  static String[] withoutDisplayOptions(String[] args) {
    java.util.List<String> rest = new java.util.ArrayList<>();
    for (String a : args) {
      if (a.equals("--plain") || a.equals("--no-color")) {
        System.setProperty("tabletop.plain", "true");
      } else {
        rest.add(a);
      }
    }
    return rest.toArray(String[]::new);
  }
}
