package tabletop.shell.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tabletop.engine.scenario.Suggest;

/**
 * Reads a command line the way a facilitator types it and rewrites it into the {@code --option
 * value} form Spring Shell binds, before Spring Shell sees it. It is the one place that knows:
 *
 * <ul>
 *   <li>values given by position ({@code explain china}, {@code knob set NAME VALUE});
 *   <li>free text without quotes ({@code note two words}, {@code --reason Beijing waits}): the
 *       words are joined with spaces;
 *   <li>repeatable options ({@code --knob}, {@code --fact}, {@code --retract}): every repetition
 *       adds its values;
 *   <li>what is missing, extra, unknown or not a number, each said in one line with the usage.
 * </ul>
 *
 * Commands it does not know (Spring Shell's {@code help}, {@code exit}, …) pass through unchanged.
 */
public final class CommandSyntax {

  /** How a parameter takes its value. */
  public enum Kind {
    /** One word. */
    WORD,
    /** Free text: every following word up to the next option, joined with spaces. */
    TEXT,
    /** Repeatable: every following word up to the next option; repetitions accumulate. */
    MULTI,
    /** A whole number (turn). */
    INT,
    /** A whole number (seed). */
    LONG,
    /** A probability from 0 to 1. */
    PROBABILITY,
    /** An option without a value. */
    FLAG
  }

  /** A parameter: its option name, how it reads, whether it may come by position. */
  public record Param(
      String name, Kind kind, boolean positional, boolean required, String missing) {}

  /** A command: its words, its parameters and its usage line. */
  public record Spec(String command, String usage, List<Param> params) {
    Param param(String option) {
      for (Param p : params) {
        if (p.name().equals(option)) {
          return p;
        }
      }
      return null;
    }

    List<Param> positionals() {
      return params.stream().filter(Param::positional).toList();
    }
  }

  private final Map<String, Spec> specs = new LinkedHashMap<>();
  private final Set<String> otherCommands = new TreeSet<>();

  public CommandSyntax(Collection<Spec> specs, Collection<String> otherCommands) {
    for (Spec s : specs) {
      this.specs.put(s.command(), s);
    }
    this.otherCommands.addAll(otherCommands);
    this.otherCommands.removeAll(this.specs.keySet());
  }

  /** The syntax of tabletop's commands, with Spring Shell's built-in ones passed through. */
  public static CommandSyntax tabletop(Collection<String> builtIns) {
    return new CommandSyntax(SPECS, builtIns);
  }

  public Spec spec(String command) {
    return specs.get(command);
  }

  /** All command keys known, ours and the built-in ones. */
  public Set<String> commands() {
    Set<String> all = new TreeSet<>(specs.keySet());
    all.addAll(otherCommands);
    return all;
  }

  /**
   * The words Spring Shell should evaluate for a typed line. Throws {@link BadInputException} with
   * one line for the user when the line cannot be a command.
   */
  public List<String> rewrite(List<String> typed) {
    List<String> words = new ArrayList<>();
    for (String w : typed) {
      if (w != null && !(w.isEmpty() && words.isEmpty())) {
        words.add(w);
      }
    }
    while (!words.isEmpty() && words.get(words.size() - 1).isEmpty()) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty()) {
      return words;
    }
    String command = longest(words);
    if (command == null) {
      throw unknownCommand(words);
    }
    Spec spec = specs.get(command);
    int used = command.split(" ").length;
    if (spec == null) {
      return words; // a built-in command: Spring Shell reads it
    }
    List<String> args = words.subList(used, words.size());
    if (args.contains("--help") || args.contains("-h")) {
      return List.of("help", command);
    }
    return bind(spec, args);
  }

  private String longest(List<String> words) {
    String best = null;
    StringBuilder key = new StringBuilder();
    for (String w : words) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(w);
      String k = key.toString();
      if (specs.containsKey(k) || otherCommands.contains(k)) {
        best = k;
      }
    }
    return best;
  }

  private BadInputException unknownCommand(List<String> words) {
    String first = words.get(0);
    List<String> under =
        commands().stream().filter(c -> c.startsWith(first + " ")).sorted().toList();
    if (!under.isEmpty()) {
      String sub = words.size() > 1 ? "'" + words.get(1) + "' is not one of them; " : "";
      return new BadInputException(
          first + " is followed by one of: " + String.join(", ", under) + " (" + sub + "'help')");
    }
    Set<String> firstWords = new TreeSet<>();
    commands().forEach(c -> firstWords.add(c.split(" ")[0]));
    return new BadInputException(
        "no command '"
            + first
            + "'"
            + Suggest.didYouMean(first, firstWords)
            + "; 'help' lists the commands");
  }

  private List<String> bind(Spec spec, List<String> args) {
    Map<Param, List<String>> given = new LinkedHashMap<>();
    List<String> loose = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String w = args.get(i);
      if (w.startsWith("--") && w.length() > 2) {
        String name = w.substring(2);
        String inline = null;
        int eq = name.indexOf('=');
        if (eq > 0 && spec.param(name.substring(0, eq)) != null) {
          inline = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        Param p = spec.param(name);
        if (p == null) {
          throw bad(
              spec,
              "unknown option '"
                  + w
                  + "'"
                  + Suggest.didYouMean(
                      w, spec.params().stream().map(x -> "--" + x.name()).toList()));
        }
        List<String> values = new ArrayList<>();
        if (inline != null) {
          values.add(inline);
        }
        if (p.kind() != Kind.FLAG && inline == null) {
          boolean many = p.kind() == Kind.TEXT || p.kind() == Kind.MULTI;
          while (i + 1 < args.size() && !isOption(spec, args.get(i + 1))) {
            values.add(args.get(++i));
            if (!many) {
              break;
            }
          }
          if (values.isEmpty()) {
            throw bad(spec, w + " needs a value");
          }
        }
        if (given.containsKey(p) && p.kind() != Kind.MULTI) {
          throw bad(spec, w + " is given twice");
        }
        given.computeIfAbsent(p, k -> new ArrayList<>()).addAll(values);
      } else {
        loose.add(w);
      }
    }
    // positional values fill the parameters not named, in order; free text takes the rest
    List<String> extra = new ArrayList<>();
    int at = 0;
    for (Param p : spec.positionals()) {
      if (at >= loose.size()) {
        break;
      }
      if (given.containsKey(p)) {
        continue;
      }
      if (p.kind() == Kind.TEXT || p.kind() == Kind.MULTI) {
        given.put(p, new ArrayList<>(loose.subList(at, loose.size())));
        at = loose.size();
      } else {
        given.put(p, new ArrayList<>(List.of(loose.get(at++))));
      }
    }
    extra.addAll(loose.subList(at, loose.size()));
    if (!extra.isEmpty()) {
      throw bad(
          spec,
          (extra.size() == 1 ? "unexpected argument '" : "unexpected arguments '")
              + String.join(" ", extra)
              + "' for "
              + spec.command());
    }
    List<String> out = new ArrayList<>(List.of(spec.command().split(" ")));
    for (Param p : spec.params()) {
      List<String> values = given.get(p);
      if (values == null) {
        if (p.required()) {
          throw new BadInputException(
              p.missing() != null
                  ? p.missing()
                  : spec.command() + " needs --" + p.name() + ": " + spec.usage());
        }
        continue;
      }
      out.add("--" + p.name());
      switch (p.kind()) {
        case FLAG -> {}
        case TEXT -> out.add(String.join(" ", values));
        case MULTI -> out.addAll(values);
        case INT, LONG -> out.add(number(spec, p, values.get(0)));
        case PROBABILITY -> out.add(probability(values.get(0)));
        default -> out.add(values.get(0));
      }
    }
    return out;
  }

  private static boolean isOption(Spec spec, String w) {
    if (w.equals("-h") || w.equals("--help")) {
      return true;
    }
    if (!w.startsWith("--") || w.length() <= 2) {
      return false;
    }
    String name = w.substring(2);
    int eq = name.indexOf('=');
    return spec.param(eq > 0 ? name.substring(0, eq) : name) != null
        || name.matches("[a-z][a-z-]*");
  }

  private static String number(Spec spec, Param p, String v) {
    try {
      if (p.kind() == Kind.INT) {
        Integer.parseInt(v.strip());
      } else {
        Long.parseLong(v.strip());
      }
      return v.strip();
    } catch (NumberFormatException e) {
      throw new BadInputException(
          "the " + p.name() + " is a whole number, like 1, not '" + v + "'; " + spec.usage());
    }
  }

  private static String probability(String v) {
    try {
      double d = Double.parseDouble(v.strip());
      if (d >= 0 && d <= 1) {
        return v.strip();
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new BadInputException(
        "the probability is a number from 0 to 1, like 0.8, not '" + v + "'");
  }

  private static BadInputException bad(Spec spec, String what) {
    return new BadInputException(what + "; usage: " + spec.usage());
  }

  // ---- tabletop's commands ------------------------------------------------------------------

  private static Param pos(String name, String missing) {
    return new Param(name, Kind.WORD, true, missing != null, missing);
  }

  private static Param pos(String name, Kind kind, String missing) {
    return new Param(name, kind, true, missing != null, missing);
  }

  private static Param opt(String name, Kind kind) {
    return new Param(name, kind, false, false, null);
  }

  private static Spec spec(String command, String usage, Param... params) {
    return new Spec(command, usage, List.of(params));
  }

  static final List<Spec> SPECS =
      List.of(
          spec("scenario list", "scenario list"),
          spec(
              "scenario load",
              "scenario load ID|PATH [--seed N]",
              pos(
                  "id",
                  "scenario load needs a scenario: scenario load ID|PATH (e.g. scenario load"
                      + " coe-southeast-asia)"),
              opt("seed", Kind.LONG)),
          spec("scenario show", "scenario show [ID]", pos("id", null)),
          spec(
              "scenario validate",
              "scenario validate FILE…",
              pos(
                  "files",
                  Kind.MULTI,
                  "scenario validate needs a file: scenario validate FILE… (e.g. scenario"
                      + " validate my-scenario.yaml)")),
          spec(
              "scenario export-msel",
              "scenario export-msel ID --out F.csv",
              pos(
                  "id",
                  "scenario export-msel needs a scenario: scenario export-msel ID --out F.csv"),
              new Param(
                  "out",
                  Kind.WORD,
                  false,
                  true,
                  "scenario export-msel needs a file to write: --out F.csv")),
          spec(
              "scenario import-msel",
              "scenario import-msel F.csv --out F.yaml",
              pos(
                  "file",
                  "scenario import-msel needs a CSV file: scenario import-msel F.csv --out"
                      + " F.yaml"),
              new Param(
                  "out",
                  Kind.WORD,
                  false,
                  true,
                  "scenario import-msel needs a file to write: --out F.yaml")),
          spec(
              "run",
              "run [--scenario ID|PATH] [--knob NAME=VALUE …] [--seed N] [--format table|json]",
              opt("scenario", Kind.WORD),
              opt("knob", Kind.MULTI),
              opt("seed", Kind.LONG),
              opt("format", Kind.WORD)),
          spec("brief", "brief"),
          spec("questions", "questions [--turn N]", pos("turn", Kind.INT, null)),
          spec("turn next", "turn next"),
          spec("turn show", "turn show [N]", pos("turn", Kind.INT, null)),
          spec(
              "turn rewind",
              "turn rewind N",
              pos(
                  "turn",
                  Kind.INT,
                  "turn rewind needs a turn: turn rewind N (e.g. turn rewind 1; 0 goes back to"
                      + " the start)")),
          spec(
              "inject",
              "inject TEXT [--fact F …] [--retract F …]",
              pos(
                  "text",
                  Kind.TEXT,
                  "inject needs its text: inject TEXT [--fact F] [--retract F] (e.g. inject"
                      + " Russia's war ends --retract russia-war-on-ukraine)"),
              opt("fact", Kind.MULTI),
              opt("retract", Kind.MULTI)),
          spec(
              "override",
              "override ACTOR DIRECTION --reason TEXT",
              pos(
                  "actor",
                  "override needs an actor, a direction and a reason: override ACTOR DIRECTION"
                      + " --reason TEXT (e.g. override china lean-oppose --reason Beijing waits)"),
              pos(
                  "direction",
                  "override needs a direction and a reason: override ACTOR DIRECTION --reason"
                      + " TEXT (e.g. override china lean-oppose --reason Beijing waits)"),
              pos(
                  "reason",
                  Kind.TEXT,
                  "override needs the team's reason: override ACTOR DIRECTION --reason TEXT"
                      + " (e.g. override china lean-oppose --reason Beijing waits)")),
          spec(
              "note",
              "note TEXT",
              pos(
                  "text",
                  Kind.TEXT,
                  "note needs its text: note TEXT (e.g. note the host team asked for a sunset"
                      + " clause)")),
          spec("knob list", "knob list"),
          spec(
              "knob set",
              "knob set NAME VALUE",
              pos(
                  "name",
                  "knob set needs a knob and a value: knob set NAME VALUE (e.g. knob set"
                      + " military-component training; 'knob list' shows them)"),
              pos(
                  "value",
                  "knob set needs a value: knob set NAME VALUE (e.g. knob set military-component"
                      + " training; a set of values is one word: scope=cyber,terrorism becomes"
                      + " knob set scope cyber,terrorism)")),
          spec("knob reset", "knob reset [NAME]", pos("name", null)),
          spec(
              "branch",
              "branch NAME",
              pos("name", "branch needs a name: branch NAME (e.g. branch what-if-training)")),
          spec(
              "branch switch",
              "branch switch NAME",
              pos(
                  "name",
                  "branch switch needs a branch: branch switch NAME (e.g. branch switch main)")),
          spec("branch list", "branch list"),
          spec(
              "compare",
              "compare [BRANCH] [--baseline]",
              pos("branch", null),
              opt("baseline", Kind.FLAG)),
          spec(
              "predict",
              "predict ACTOR DIRECTION [PROBABILITY] [--as NAME]",
              pos(
                  "actor",
                  "predict needs an actor and a direction: predict ACTOR DIRECTION [PROBABILITY]"
                      + " (e.g. predict china oppose 0.8)"),
              pos(
                  "direction",
                  "predict needs a direction: predict ACTOR DIRECTION [PROBABILITY] (e.g. predict"
                      + " china oppose 0.8)"),
              pos("probability", Kind.PROBABILITY, null),
              opt("as", Kind.WORD)),
          spec("scores", "scores"),
          spec(
              "explain",
              "explain ACTOR [--turn N] [--move M]",
              pos("actor", "explain needs an actor: explain ACTOR (e.g. explain china)"),
              opt("turn", Kind.INT),
              opt("move", Kind.WORD)),
          spec(
              "source",
              "source P14 | source P14-P16",
              pos(
                  "paragraph",
                  "source needs a paragraph: source P14 (or a range: source P14-P16)")),
          spec("rules list", "rules list [ACTOR]", pos("actor", null)),
          spec(
              "sources coverage",
              "sources coverage [--format table|json]",
              opt("format", Kind.WORD)),
          spec("session list", "session list"),
          spec("session show", "session show"),
          spec(
              "session resume",
              "session resume ID [--up-to-good]",
              pos(
                  "id",
                  "session resume needs a session: session resume ID ('session list' shows"
                      + " them)"),
              opt("up-to-good", Kind.FLAG)),
          spec(
              "report",
              "report --format md|html|json|csv --out PATH",
              opt("format", Kind.WORD),
              new Param(
                  "out",
                  Kind.WORD,
                  false,
                  true,
                  "report needs a file to write: report --format md --out after-action.md")),
          spec(
              "display",
              "display plain|colour",
              pos("mode", "display needs a mode: display plain or display colour")),
          spec("history", "history"),
          spec(
              "script",
              "script FILE",
              pos("file", "script needs a file: script FILE (e.g. script workshop.txt)")));
}
