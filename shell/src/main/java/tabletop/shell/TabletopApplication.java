package tabletop.shell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tabletop.shell.support.ExitCodes;

/**
 * The tabletop shell. With no arguments, an interactive workshop; with a command, runs it and
 * exits; with {@code @FILE}, runs a script. Exit codes: 0 success, 2 bad input, 1 internal error.
 */
@SpringBootApplication
public class TabletopApplication {

  public static void main(String[] args) {
    int code;
    try {
      ConfigurableApplicationContext context =
          SpringApplication.run(TabletopApplication.class, args);
      code = SpringApplication.exit(context);
    } catch (RuntimeException e) {
      // the failing command has printed its one line already; start-up failures have not
      code = ExitCodes.of(e);
      if (!ExitCodes.reportedByShell(e)) {
        System.err.println("tabletop could not start: " + ExitCodes.rootMessage(e));
      }
    }
    System.exit(code);
  }
}
