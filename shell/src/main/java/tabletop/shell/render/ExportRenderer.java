package tabletop.shell.render;

import tabletop.shell.export.AfterAction;
import tabletop.shell.export.Exporters;
import tabletop.shell.support.BadInputException;

/** Renders the after-action report with the exporters; an unknown format is bad input. */
public final class ExportRenderer implements AfterActionRenderer {
  private final Exporters exporters = new Exporters();

  @Override
  public String render(AfterAction report, String format) {
    try {
      return exporters.render(report, format);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
