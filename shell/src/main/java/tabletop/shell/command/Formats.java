package tabletop.shell.command;

import java.util.List;
import java.util.Locale;
import tabletop.shell.support.BadInputException;

/** Checks a --format value. */
final class Formats {
  private Formats() {}

  static String check(String format, List<String> allowed) {
    String f = format == null ? allowed.get(0) : format.toLowerCase(Locale.ROOT);
    if (!allowed.contains(f)) {
      throw new BadInputException(
          "--format takes " + String.join(" or ", allowed) + ", not '" + format + "'");
    }
    return f;
  }
}
