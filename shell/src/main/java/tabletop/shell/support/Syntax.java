package tabletop.shell.support;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;

/**
 * How a command reads, derived from its Spring Shell registration (the {@code @Command}/{@code
 * Option} declaration) and nothing else: parsing ({@link CommandLine}), the usage line, help and
 * completion all read this view, so they cannot disagree.
 *
 * <ul>
 *   <li>a {@code boolean} option is a flag ({@code --baseline});
 *   <li>a {@code String} option with an arity above one is free text: the rest of the line as
 *       typed, up to the next option of the command;
 *   <li>an array or list option takes words; repeating it adds more ({@code --knob a=1 --knob
 *       b=2});
 *   <li>anything else takes one word, converted to its type;
 *   <li>options are given by position in declaration order unless marked {@link ByName}.
 * </ul>
 */
public record Syntax(CommandRegistration registration, List<Param> params) {

  /** How an option takes its value. */
  public enum Kind {
    WORD,
    TEXT,
    WORDS,
    FLAG
  }

  /** One option of a command. */
  public record Param(
      CommandOption option,
      String name,
      Kind kind,
      boolean positional,
      boolean required,
      String label,
      String description) {

    /** How it reads in a usage line: {@code ACTOR}, {@code [--seed N]}, {@code FILE…}. */
    public String usage() {
      String value = kind == Kind.WORDS ? label + "…" : label;
      if (kind == Kind.FLAG) {
        return "[--" + name + "]";
      }
      String shown = positional ? value : "--" + name + " " + value;
      return required ? shown : "[" + shown + "]";
    }

    public Class<?> type() {
      return option.getType() == null ? String.class : option.getType().resolve(String.class);
    }
  }

  /** The syntax of a registered command. */
  public static Syntax of(CommandRegistration registration) {
    List<Param> params = new ArrayList<>();
    Method method = registration.getTarget() == null ? null : registration.getTarget().getMethod();
    List<CommandOption> options = new ArrayList<>(registration.getOptions());
    options.sort(Comparator.comparingInt(CommandOption::getPosition));
    for (CommandOption o : options) {
      if (o.getLongNames() == null || o.getLongNames().length == 0) {
        continue;
      }
      String name = o.getLongNames()[0];
      if (name.equals("help") && isHelpOption(registration, o)) {
        continue;
      }
      Class<?> type = o.getType() == null ? String.class : o.getType().resolve(String.class);
      Kind kind;
      if (type == boolean.class || type == Boolean.class) {
        kind = Kind.FLAG;
      } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
        kind = Kind.WORDS;
      } else if (type == String.class && o.getArityMax() > 1) {
        kind = Kind.TEXT;
      } else {
        kind = Kind.WORD;
      }
      boolean byName = kind == Kind.FLAG || annotated(method, o.getPosition());
      String label =
          o.getLabel() != null && !o.getLabel().isBlank()
              ? o.getLabel()
              : name.toUpperCase(Locale.ROOT);
      params.add(
          new Param(
              o,
              name,
              kind,
              !byName,
              o.isRequired(),
              label,
              o.getDescription() == null ? "" : o.getDescription()));
    }
    return new Syntax(registration, List.copyOf(params));
  }

  private static boolean isHelpOption(CommandRegistration r, CommandOption o) {
    var help = r.getHelpOption();
    return help != null
        && help.isEnabled()
        && help.getLongNames() != null
        && List.of(help.getLongNames()).contains("help")
        && o.getPosition() < 0;
  }

  private static boolean annotated(Method method, int position) {
    return method != null
        && position >= 0
        && position < method.getParameterCount()
        && method.getParameters()[position].isAnnotationPresent(ByName.class);
  }

  public String command() {
    return registration.getCommand();
  }

  public Param param(String name) {
    for (Param p : params) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  public List<Param> positionals() {
    return params.stream().filter(Param::positional).toList();
  }

  /** The usage line: {@code override ACTOR DIRECTION REASON}. */
  public String usage() {
    StringBuilder sb = new StringBuilder(command());
    for (Param p : params) {
      sb.append(' ').append(p.usage());
    }
    return sb.toString();
  }

  /** What the command does, without its example. */
  public String summary() {
    String d = description();
    int at = d.indexOf(" Example: ");
    return at < 0 ? d : d.substring(0, at);
  }

  /** The example of the description ({@code … Example: note …}), or null. */
  public String example() {
    String d = description();
    int at = d.indexOf("Example: ");
    return at < 0 ? null : d.substring(at + "Example: ".length()).strip();
  }

  private String description() {
    return registration.getDescription() == null ? "" : registration.getDescription();
  }

  /** The usage, with the example when there is one: for messages about a line that is wrong. */
  public String usageHint() {
    String e = example();
    return "usage: " + usage() + (e == null ? "" : " (e.g. " + e + ")");
  }
}
