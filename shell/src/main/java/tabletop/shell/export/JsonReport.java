package tabletop.shell.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * The whole after-action record as pretty-printed JSON, for tools and for an archive. Fields come
 * in record-component order and maps in their own order, with "\n" line ends on every platform, so
 * the same record gives the same bytes.
 */
final class JsonReport {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  String render(AfterAction a) {
    try {
      return WRITER.writeValueAsString(a) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Could not write the after-action report as JSON", e);
    }
  }
}
