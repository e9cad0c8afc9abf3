package tabletop.shell.render;

import tabletop.shell.export.AfterAction;
import tabletop.shell.export.Exporters;
import tabletop.shell.support.BadInputException;

/**
 * Renders the after-action report with the exporters; an unknown format is bad input. The exporters
 * compile their templates when the first report is asked for, not while the shell starts.
 */
public final class ExportRenderer implements AfterActionRenderer {
  private Exporters exporters;

  private synchronized Exporters exporters() {
    if (exporters == null) {
      exporters = new Exporters();
    }
    return exporters;
  }

  @Override
  public String render(AfterAction report, String format) {
    try {
      return exporters().render(report, format);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
