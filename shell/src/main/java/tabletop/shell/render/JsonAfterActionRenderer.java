package tabletop.shell.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import tabletop.shell.export.AfterAction;
import tabletop.shell.support.BadInputException;

/**
 * The fallback report renderer: JSON only. The exporters of {@code tabletop.shell.export} take its
 * place for md, html and csv.
 */
public final class JsonAfterActionRenderer implements AfterActionRenderer {
  private final ObjectMapper json;

  public JsonAfterActionRenderer(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public String render(AfterAction report, String format) {
    if (!"json".equals(format.toLowerCase(Locale.ROOT))) {
      throw new BadInputException(
          "this build writes reports as json only; '" + format + "' needs the report exporters");
    }
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
