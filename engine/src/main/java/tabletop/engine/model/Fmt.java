package tabletop.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Number formatting for descriptions: two decimals, locale-independent, exactly as {@code
 * String.format(Locale.ROOT, "%.2f")} writes them (the decimal the double prints as, rounded half
 * up), without the formatter's cost: a run formats thousands of numbers for its explanations.
 */
public final class Fmt {
  private Fmt() {}

  public static String num(double value) {
    if (!Double.isFinite(value)) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    String s = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    // the formatter keeps the sign of a negative number that rounds to zero (and of -0.0)
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    return negative && s.charAt(0) != '-' ? "-" + s : s;
  }

  public static String signed(double value) {
    String s = num(value);
    return s.charAt(0) == '-' || Double.isNaN(value) ? s : "+" + s;
  }
}
