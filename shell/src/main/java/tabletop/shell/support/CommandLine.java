package tabletop.shell.support;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.shell.command.CommandRegistration;
import tabletop.engine.scenario.Suggest;
import tabletop.shell.support.Syntax.Kind;
import tabletop.shell.support.Syntax.Param;

/**
 * Reads a command line against the commands' declarations ({@link Syntax}), in one pass over the
 * line, in time linear in its length. Free text is cut out of the line as typed: quotes,
 * apostrophes, backslashes, leading dashes and spacing stay as they are. Other values are words; a
 * word may be quoted to hold spaces ({@code scenario load "my file.yaml"}).
 *
 * <p>Spring Shell's own parser is not used to read values: in 3.4 it keeps only the last of a
 * repeated option, joins the words of a text option with commas and reads a value that starts with
 * a dash as an option. The declarations are Spring Shell's; only the reading is done here.
 */
public final class CommandLine {

  /** A word of the line: its value (quotes taken off) and where it sits in the line. */
  public record Token(String value, int start, int end, boolean quoted) {
    boolean isOptionLike() {
      return !quoted && value.startsWith("--") && value.length() > 2;
    }
  }

  /** A line read: the command, its values by option, or a request for its help. */
  public record Parsed(Syntax syntax, Map<Param, Object> values, boolean help) {

    /** The value of an option by name, or null. */
    public Object value(String name) {
      for (var e : values.entrySet()) {
        if (e.getKey().name().equals(name)) {
          return e.getValue();
        }
      }
      return null;
    }
  }

  private final Supplier<Map<String, CommandRegistration>> registrations;

  public CommandLine(Supplier<Map<String, CommandRegistration>> registrations) {
    this.registrations = registrations;
  }

  /** The syntax of every command, by command. */
  public Map<String, Syntax> syntaxes() {
    Map<String, Syntax> out = new LinkedHashMap<>();
    registrations.get().values().stream()
        .filter(r -> !r.isHidden())
        .sorted(java.util.Comparator.comparing(CommandRegistration::getCommand))
        .forEach(r -> out.put(r.getCommand(), Syntax.of(r)));
    return out;
  }

  public Syntax syntax(String command) {
    CommandRegistration r = registrations.get().get(command);
    return r == null ? null : Syntax.of(r);
  }

  /** Reads a line as typed at the prompt or in a script; null for a blank line. */
  public Parsed parseLine(String line) {
    return parse(line, tokens(line));
  }

  /** Reads the words of a command line ({@code tabletop note it's late}), each word one token. */
  public Parsed parseArgs(List<String> args) {
    StringBuilder source = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String a : args) {
      if (source.length() > 0) {
        source.append(' ');
      }
      int start = source.length();
      source.append(a);
      if (!a.isEmpty()) {
        tokens.add(new Token(a, start, source.length(), true));
      }
    }
    // the first words name the command: they are never quoted
    List<Token> marked = new ArrayList<>();
    for (Token t : tokens) {
      marked.add(new Token(t.value(), t.start(), t.end(), t.value().contains(" ")));
    }
    return parse(source.toString(), marked);
  }

  /** The words of a line, with where each sits; a quoted word keeps its spaces. */
  public static List<Token> tokens(String line) {
    List<Token> out = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      char c = line.charAt(i);
      if (c == '"' || c == '\'') {
        int close = line.indexOf(c, i + 1);
        int end = close < 0 ? n : close + 1;
        String inside = line.substring(i + 1, close < 0 ? n : close);
        i = end;
        int restStart = i;
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        out.add(new Token(inside + line.substring(restStart, i), start, i, true));
      } else {
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        out.add(new Token(line.substring(start, i), start, i, false));
      }
    }
    return out;
  }

  Parsed parse(String source, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    Map<String, CommandRegistration> regs = new java.util.HashMap<>(registrations.get());
    for (CommandRegistration r : registrations.get().values()) {
      for (var alias : r.getAliases()) {
        regs.putIfAbsent(alias.getCommand(), r);
      }
    }
    String command = null;
    int used = 0;
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.quoted()) {
        break;
      }
      if (i > 0) {
        key.append(' ');
      }
      key.append(t.value());
      if (regs.containsKey(key.toString())) {
        command = key.toString();
        used = i + 1;
      }
    }
    if (command == null) {
      throw unknownCommand(tokens, regs.keySet());
    }
    Syntax syntax = Syntax.of(regs.get(command));
    if (!syntax.command().equals(command)) {
      command = syntax.command();
    }
    return bind(syntax, source, tokens.subList(used, tokens.size()));
  }

  private BadInputException unknownCommand(List<Token> tokens, Set<String> commands) {
    String first = tokens.get(0).value();
    List<String> under = commands.stream().filter(c -> c.startsWith(first + " ")).sorted().toList();
    if (!under.isEmpty()) {
      String sub =
          tokens.size() > 1
              ? "'" + Printable.visible(tokens.get(1).value()) + "' is not one of them; "
              : "";
      return new BadInputException(
          first + " is followed by one of: " + String.join(", ", under) + " (" + sub + "'help')");
    }
    Set<String> firstWords = new TreeSet<>();
    commands.forEach(c -> firstWords.add(c.split(" ")[0]));
    return new BadInputException(
        "no command '"
            + Printable.visible(first)
            + "'"
            + Suggest.didYouMean(first, firstWords)
            + "; 'help' lists the commands");
  }

  private Parsed bind(Syntax syntax, String source, List<Token> args) {
    Map<Param, List<String>> given = new LinkedHashMap<>();
    List<Param> positionals = syntax.positionals();
    int next = 0; // the next positional place
    int i = 0;
    while (i < args.size()) {
      Token t = args.get(i);
      if (!t.quoted() && (t.value().equals("--help") || t.value().equals("-h"))) {
        return new Parsed(syntax, Map.of(), true);
      }
      Named named = named(syntax, t);
      if (named != null) {
        Param p = named.param();
        if (given.containsKey(p) && p.kind() != Kind.WORDS) {
          throw bad(syntax, t.value() + " is given twice");
        }
        List<String> values = given.computeIfAbsent(p, k -> new ArrayList<>());
        i++;
        switch (p.kind()) {
          case FLAG -> {
            if (named.inline() != null) {
              values.add(named.inline());
            }
          }
          case TEXT -> {
            int end = nextOption(syntax, args, i);
            if (named.inline() != null) {
              int from = t.start() + 2 + p.name().length() + 1;
              values.add(slice(source, from, end == i ? t.end() : args.get(end - 1).end()));
            } else if (end > i) {
              values.add(slice(source, args.get(i).start(), args.get(end - 1).end()));
            } else {
              throw bad(syntax, "--" + p.name() + " needs its text");
            }
            i = end;
          }
          case WORDS -> {
            if (named.inline() != null) {
              values.add(named.inline());
            }
            while (i < args.size() && !args.get(i).isOptionLike()) {
              values.add(args.get(i++).value());
            }
            if (values.isEmpty()) {
              throw bad(syntax, "--" + p.name() + " needs a value");
            }
          }
          case WORD -> {
            if (named.inline() != null) {
              values.add(named.inline());
            } else if (i < args.size() && named(syntax, args.get(i)) == null) {
              values.add(args.get(i++).value());
            } else {
              throw bad(syntax, "--" + p.name() + " needs a value");
            }
          }
        }
        continue;
      }
      while (next < positionals.size() && given.containsKey(positionals.get(next))) {
        next++;
      }
      if (next >= positionals.size()
          || (t.isOptionLike() && positionals.get(next).kind() != Kind.TEXT)) {
        if (t.isOptionLike()) {
          List<String> names = syntax.params().stream().map(x -> "--" + x.name()).toList();
          String name =
              t.value().contains("=") ? t.value().substring(0, t.value().indexOf('=')) : t.value();
          throw bad(
              syntax,
              "unknown option '"
                  + Printable.visible(name)
                  + "'"
                  + Suggest.didYouMean(name, names)
                  + (name.equals("--scenario") ? onTheLoadedScenario(syntax.command()) : ""));
        }
        String extra = Printable.visible(slice(source, t.start(), args.get(args.size() - 1).end()));
        throw bad(
            syntax,
            (i == args.size() - 1 ? "unexpected argument '" : "unexpected arguments '")
                + extra
                + "' for "
                + syntax.command());
      }
      Param p = positionals.get(next++);
      List<String> values = new ArrayList<>();
      given.put(p, values);
      switch (p.kind()) {
        case TEXT -> {
          int end = nextOption(syntax, args, i);
          values.add(slice(source, t.start(), args.get(end - 1).end()));
          i = end;
        }
        case WORDS -> {
          while (i < args.size() && !args.get(i).isOptionLike()) {
            values.add(args.get(i++).value());
          }
        }
        default -> values.add(args.get(i++).value());
      }
    }
    Map<Param, Object> out = new LinkedHashMap<>();
    for (Param p : syntax.params()) {
      List<String> values = given.get(p);
      if (values == null) {
        if (p.required()) {
          throw new BadInputException(missing(syntax, p));
        }
        String dflt = p.option().getDefaultValue();
        if (dflt != null) {
          out.put(p, convert(syntax, p, List.of(dflt)));
        } else if (p.kind() == Kind.FLAG) {
          out.put(p, Boolean.FALSE);
        }
        continue;
      }
      out.put(p, convert(syntax, p, values));
    }
    return new Parsed(syntax, out, false);
  }

  /** The message for a value left out: what is missing, the usage and the example. */
  static String missing(Syntax syntax, Param p) {
    String what =
        p.kind() == Kind.TEXT
            ? "its " + p.label().toLowerCase(java.util.Locale.ROOT)
            : p.positional() ? p.label() : "--" + p.name() + " " + p.label();
    return syntax.command() + " needs " + what + "; " + syntax.usageHint();
  }

  private record Named(Param param, String inline) {}

  /** The option a word names ({@code --seed} or {@code --seed=7}), when the command has it. */
  private static Named named(Syntax syntax, Token t) {
    if (!t.isOptionLike()) {
      return null;
    }
    String w = t.value().substring(2);
    int eq = w.indexOf('=');
    Param p = syntax.param(eq > 0 ? w.substring(0, eq) : w);
    return p == null ? null : new Named(p, eq > 0 ? w.substring(eq + 1) : null);
  }

  /** The index of the next word that names an option of the command, or the end. */
  private static int nextOption(Syntax syntax, List<Token> args, int from) {
    int j = from;
    while (j < args.size() && named(syntax, args.get(j)) == null) {
      j++;
    }
    return j;
  }

  private static String slice(String source, int from, int to) {
    return source.substring(from, Math.max(from, to));
  }

  private static Object convert(Syntax syntax, Param p, List<String> values) {
    Class<?> type = p.type();
    return switch (p.kind()) {
      case FLAG -> values.isEmpty() || Boolean.parseBoolean(values.get(0).strip());
      case TEXT -> values.get(0);
      case WORDS -> {
        if (type.isArray()) {
          Object arr = Array.newInstance(type.getComponentType(), values.size());
          for (int k = 0; k < values.size(); k++) {
            Array.set(arr, k, values.get(k));
          }
          yield arr;
        }
        yield Collection.class.isAssignableFrom(type) ? List.copyOf(values) : values;
      }
      case WORD -> word(syntax, p, values.get(0));
    };
  }

  /** How a message names what a value is for: "--trials takes", "the turn must be". */
  private static String takes(Param p) {
    return p.positional() ? "the " + p.name() + " must be" : "--" + p.name() + " takes";
  }

  private static Object word(Syntax syntax, Param p, String v) {
    Class<?> type = p.type();
    String s = v.strip();
    try {
      if (type == int.class || type == Integer.class) {
        return Integer.parseInt(s);
      }
      if (type == long.class || type == Long.class) {
        return Long.parseLong(s);
      }
    } catch (NumberFormatException e) {
      throw new BadInputException(
          takes(p)
              + " a whole number, like 1, not '"
              + Printable.visible(v)
              + "'; "
              + syntax.usageHint());
    }
    if (type == double.class || type == Double.class) {
      try {
        double d = Double.parseDouble(s);
        if (Double.isFinite(d) && !s.matches(".*[a-zA-Z].*")) {
          return d;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new BadInputException(
          takes(p)
              + " a number, like 0.8, not '"
              + Printable.visible(v)
              + "'; "
              + syntax.usageHint());
    }
    return v;
  }

  /**
   * What to do instead of {@code --scenario} for a command that works on the loaded scenario: load
   * it first, or, as one command, name it before the command.
   */
  private static String onTheLoadedScenario(String command) {
    return " ("
        + command
        + " works on the loaded scenario: 'scenario load ID' first; as one command, ./tabletop"
        + " --tabletop.scenario=ID "
        + command
        + ")";
  }

  private static BadInputException bad(Syntax syntax, String what) {
    return new BadInputException(what + "; " + syntax.usageHint());
  }
}
