package tabletop.engine.model;

import java.util.Locale;

/** Number formatting for descriptions: two decimals, locale-independent. */
public final class Fmt {
  private Fmt() {}

  public static String num(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  public static String signed(double value) {
    return String.format(Locale.ROOT, "%+.2f", value);
  }
}
