package tabletop.shell.render;

import tabletop.shell.export.AfterAction;

/** Renders an after-action report in a format (md, html, json, csv). */
public interface AfterActionRenderer {
  String render(AfterAction report, String format);
}
