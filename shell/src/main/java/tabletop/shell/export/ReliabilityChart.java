package tabletop.shell.export;

import java.util.List;
import java.util.Locale;

/**
 * The reliability diagram of a backtest as inline SVG: each bin of forecast probability at its mean
 * forecast against how often the forecast bucket was the recorded one, a dot whose area follows the
 * number of forecasts, beside the diagonal of perfect calibration. Accessible (a title and a
 * description that states every point), no script, no dependency; the same bins give the same
 * bytes.
 */
final class ReliabilityChart {
  private ReliabilityChart() {}

  private static final int W = 520;
  private static final int H = 460;
  private static final int LEFT = 70;
  private static final int RIGHT = 30;
  private static final int TOP = 20;
  private static final int BOTTOM = 60;

  static String svg(List<BacktestData.Bin> bins) {
    int max = bins.stream().mapToInt(BacktestData.Bin::count).max().orElse(0);
    StringBuilder desc = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (BacktestData.Bin b : bins) {
      if (b.count() == 0 || b.meanForecast() == null || b.observed() == null) {
        continue;
      }
      double x = x(b.meanForecast());
      double y = y(b.observed());
      double r = 3 + 11 * Math.sqrt((double) b.count() / Math.max(1, max));
      String what =
          String.format(
              Locale.ROOT,
              "forecasts %.0f–%.0f%%: %d, mean forecast %.0f%%, recorded %.0f%%",
              100 * b.from(),
              100 * b.to(),
              b.count(),
              100 * b.meanForecast(),
              100 * b.observed());
      if (desc.length() > 0) {
        desc.append("; ");
      }
      desc.append(what);
      line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
      dots.append("<circle class=\"bin\" cx=\"")
          .append(fmt(x))
          .append("\" cy=\"")
          .append(fmt(y))
          .append("\" r=\"")
          .append(fmt(r))
          .append("\"><title>")
          .append(HtmlText.escape(what))
          .append("</title></circle>\n");
    }
    StringBuilder out = new StringBuilder();
    out.append("<svg class=\"reliability\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append("\" width=\"")
        .append(W)
        .append("\" height=\"")
        .append(H)
        .append(
            "\" role=\"img\" aria-labelledby=\"reliability-title reliability-desc\""
                + " xmlns=\"http://www.w3.org/2000/svg\">\n")
        .append(
            "<title id=\"reliability-title\">Reliability diagram: forecast probability against"
                + " how often the bucket was the recorded one</title>\n")
        .append("<desc id=\"reliability-desc\">")
        .append(
            HtmlText.escape(
                desc.length() == 0
                    ? "No forecast to show."
                    : "Perfect calibration lies on the diagonal. " + desc + "."))
        .append("</desc>\n<g class=\"axes\">\n");
    for (int i = 0; i <= 10; i += 2) {
      double v = i / 10.0;
      out.append(
          String.format(
              Locale.ROOT,
              "<line class=\"grid\" x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\"/>\n"
                  + "<line class=\"grid\" x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\"/>\n"
                  + "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\">%d%%</text>\n"
                  + "<text x=\"%s\" y=\"%s\" text-anchor=\"end\">%d%%</text>\n",
              fmt(x(v)),
              fmt(x(v)),
              fmt(y(0)),
              fmt(y(1)),
              fmt(x(0)),
              fmt(x(1)),
              fmt(y(v)),
              fmt(y(v)),
              fmt(x(v)),
              fmt(y(0) + 22),
              i * 10,
              fmt(x(0) - 8),
              fmt(y(v) + 5),
              i * 10));
    }
    out.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\">forecast probability (mean per"
                    + " bin)</text>\n",
                fmt((x(0) + x(1)) / 2),
                fmt(y(0) + 48)))
        .append(
            String.format(
                Locale.ROOT,
                "<text transform=\"translate(18 %s) rotate(-90)\" text-anchor=\"middle\">how often"
                    + " recorded</text>\n",
                fmt((y(0) + y(1)) / 2)))
        .append(
            String.format(
                Locale.ROOT,
                "<line class=\"diagonal\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n",
                fmt(x(0)),
                fmt(y(0)),
                fmt(x(1)),
                fmt(y(1))))
        .append("</g>\n");
    if (line.length() > 0) {
      out.append("<polyline class=\"observed\" points=\"").append(line).append("\"/>\n");
    }
    out.append(dots).append("</svg>");
    return out.toString();
  }

  private static double x(double v) {
    return LEFT + v * (W - LEFT - RIGHT);
  }

  private static double y(double v) {
    return H - BOTTOM - v * (H - TOP - BOTTOM);
  }

  private static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
