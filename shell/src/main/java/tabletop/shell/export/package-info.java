/**
 * After-action report exporters. Build an {@link tabletop.shell.export.AfterAction} from a played
 * session (the engine's turn reports and outcomes, the journal's timeline, prediction scores and
 * the scenario's questions) and call {@link tabletop.shell.export.Exporters#render} with one of
 * {@link tabletop.shell.export.Exporters#formats()}: {@code md}, {@code html}, {@code json} or
 * {@code csv}. Pure Java, no Spring, no I/O: the caller writes the returned text (UTF-8) to a file.
 */
package tabletop.shell.export;
