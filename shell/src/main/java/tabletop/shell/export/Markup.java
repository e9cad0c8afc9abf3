package tabletop.shell.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.stringtemplate.v4.AttributeRenderer;
import org.stringtemplate.v4.Interpreter;
import org.stringtemplate.v4.ST;
import org.stringtemplate.v4.STGroup;
import org.stringtemplate.v4.STGroupFile;
import org.stringtemplate.v4.misc.ObjectModelAdaptor;
import org.stringtemplate.v4.misc.STNoSuchPropertyException;

/**
 * Renders a {@link ReportModel} through a StringTemplate group ({@code tabletop/report/*.stg}):
 * records are read through their accessors, and every string is escaped for the markup unless a
 * template marks it {@code raw}.
 */
final class Markup {
  enum Kind {
    HTML("tabletop/report/html.stg"),
    MARKDOWN("tabletop/report/md.stg");

    final String group;

    Kind(String group) {
      this.group = group;
    }
  }

  private final STGroup group;
  private final String css;

  Markup(Kind kind) {
    group = new STGroupFile(kind.group, "UTF-8", '$', '$');
    // ST 4.3 passes template text through String renderers too, so text is escaped where it
    // leaves the model (the adaptor), and the renderer only lays out what a format names
    group.registerModelAdaptor(
        Record.class,
        new RecordAdaptor(kind == Kind.HTML ? HtmlText::escape : MarkdownText::escape));
    if (kind == Kind.MARKDOWN) {
      group.registerRenderer(String.class, new MarkdownLayout());
    }
    css = kind == Kind.HTML ? resource("tabletop/report/report.css") : "";
  }

  String render(ReportModel model) {
    ST st = group.getInstanceOf("report");
    st.add("m", model);
    st.add("css", css);
    String out = st.render(Integer.MAX_VALUE);
    // templates leave blank runs where optional parts are empty
    return out.replaceAll("\n{3,}", "\n\n").replaceAll("\\s+$", "") + "\n";
  }

  private static String resource(String name) {
    try (InputStream in = Markup.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a record's component by its accessor (then the bean rules, isX), escaping every string it
   * hands to a template, in lists too; {@code svg} is markup the code built and stays as it is.
   */
  static final class RecordAdaptor extends ObjectModelAdaptor<Object> {
    private final UnaryOperator<String> escape;

    RecordAdaptor(UnaryOperator<String> escape) {
      this.escape = escape;
    }

    @Override
    public synchronized Object getProperty(
        Interpreter interp, ST self, Object o, Object property, String propertyName)
        throws STNoSuchPropertyException {
      Object value;
      try {
        Method m = o.getClass().getMethod(propertyName);
        value = m.invoke(o);
      } catch (NoSuchMethodException e) {
        value = super.getProperty(interp, self, o, property, propertyName);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      return "svg".equals(propertyName) ? value : escaped(value);
    }

    private Object escaped(Object value) {
      if (value instanceof String s) {
        return escape.apply(Words.printable(s));
      }
      if (value instanceof List<?> list) {
        return list.stream().map(this::escaped).toList();
      }
      return value;
    }
  }

  /**
   * Lays out escaped Markdown text: {@code cell} keeps line breaks as {@code <br>} inside a table
   * cell; {@code line} puts text on one line and keeps a leading "#", "-" or "1." from becoming
   * markup. Template text (no format) passes unchanged.
   */
  static final class MarkdownLayout implements AttributeRenderer<String> {
    @Override
    public String toString(String value, String format, Locale locale) {
      if ("cell".equals(format)) {
        return MarkdownText.cellLines(value);
      }
      if ("line".equals(format)) {
        return MarkdownText.line(value);
      }
      return value;
    }
  }
}
