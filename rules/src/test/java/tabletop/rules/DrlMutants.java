package tabletop.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.internal.utils.KieHelper;

/**
 * Mutants of the knowledge base's rules: for each rule, one copy per condition with that condition
 * weakened. A pattern loses its constraints (its bindings kept), so it matches any fact of its
 * type; a {@code not}, {@code exists} or {@code eval} goes altogether. The rule tests fire the
 * mutants of the rule under test on the same fixture and expect a different result, so a fixture
 * that would not notice a deleted trigger fails its test (see {@link RuleHarness}): every fixture
 * needs a fact of each pattern's type that the pattern's constraints reject.
 */
final class DrlMutants {
  /** A weakened copy of a rule: its name in the mutant base, the original, and what changed. */
  record Mutant(String name, String rule, String condition) {}

  static final Path DRL_DIR = Path.of("src/main/resources/tabletop/rules");
  private static final Pattern RULE =
      Pattern.compile(
          "(?ms)^rule \"([^\"]+)\"\\s*\\n(.*?)^when\\s*\\n(.*?)^then\\s*\\n(.*?)^end\\s*$");

  private static DrlMutants instance;

  private final KieBase base;
  private final Map<String, List<Mutant>> byRule;

  private DrlMutants(KieBase base, Map<String, List<Mutant>> byRule) {
    this.base = base;
    this.byRule = byRule;
  }

  static synchronized DrlMutants get() {
    if (instance == null) {
      instance = build();
    }
    return instance;
  }

  KieBase base() {
    return base;
  }

  List<Mutant> of(String rule) {
    return byRule.getOrDefault(rule, List.of());
  }

  private static DrlMutants build() {
    Map<String, List<Mutant>> byRule = new LinkedHashMap<>();
    StringBuilder drl = new StringBuilder("package tabletop.rules.mutants;\n\n");
    Set<String> imports = new LinkedHashSet<>();
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(DRL_DIR)) {
      s.filter(p -> p.toString().endsWith(".drl")).sorted().forEach(p -> files.add(read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = 0;
    StringBuilder rules = new StringBuilder();
    for (String text : files) {
      Matcher im = Pattern.compile("(?m)^import [^;]+;").matcher(text);
      while (im.find()) {
        imports.add(im.group());
      }
      Matcher m = RULE.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        List<String> conditions = conditions(m.group(3));
        for (int i = 0; i < conditions.size(); i++) {
          String weakened = weaken(conditions.get(i));
          if (weakened == null) {
            continue;
          }
          List<String> lhs = new ArrayList<>(conditions);
          lhs.set(i, weakened);
          String mutantName = "mutant " + (++n);
          rules
              .append("rule \"")
              .append(mutantName)
              .append("\"\nwhen\n")
              .append(String.join("\n", lhs))
              .append("\nthen\n")
              .append(m.group(4))
              .append("end\n\n");
          byRule
              .computeIfAbsent(name, k -> new ArrayList<>())
              .add(new Mutant(mutantName, name, conditions.get(i).strip()));
        }
      }
    }
    imports.add("import tabletop.engine.model.*;");
    drl.append(String.join("\n", imports)).append("\n\n").append(rules);
    return new DrlMutants(compile(files, drl.toString()), byRule);
  }

  private static KieBase compile(List<String> originals, String drl) {
    KieHelper helper = new KieHelper();
    for (int i = 0; i < originals.size(); i++) {
      helper.addContent(
          originals.get(i), "src/main/resources/tabletop/rules/original" + i + ".drl");
    }
    helper.addContent(drl, "src/main/resources/tabletop/rules/mutants/mutants.drl");
    var results = helper.verify();
    if (results.hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("mutants do not compile: " + results.getMessages());
    }
    return helper.build();
  }

  /** The top-level conditions of a rule's left-hand side, each with its continuation lines. */
  static List<String> conditions(String lhs) {
    List<String> out = new ArrayList<>();
    for (String line : lhs.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      boolean top = line.startsWith("  ") && !line.startsWith("   ");
      if (top || out.isEmpty()) {
        out.add(line);
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + line);
      }
    }
    return out;
  }

  /** The condition weakened, or null when weakening it would not compile or means nothing. */
  static String weaken(String condition) {
    String c = condition.strip();
    if (c.startsWith("not ")
        || c.startsWith("not(")
        || c.startsWith("exists ")
        || c.startsWith("eval(")) {
      return "";
    }
    if (c.startsWith("accumulate") || c.startsWith("(")) {
      return null;
    }
    Matcher m = Pattern.compile("^(\\$\\w+\\s*:\\s*)?(\\w+)\\((.*)\\)$", Pattern.DOTALL).matcher(c);
    if (!m.matches()) {
      return null;
    }
    String binding = m.group(1) == null ? "" : m.group(1);
    List<String> kept = new ArrayList<>();
    List<String> parts = splitTopLevel(m.group(3));
    boolean dropped = false;
    for (String p : parts) {
      if (p.strip().matches("\\$\\w+\\s*:\\s*[\\w.()]+")) {
        kept.add(p.strip());
      } else if (!p.isBlank()) {
        dropped = true;
      }
    }
    if (!dropped) {
      return null;
    }
    return "  " + binding + m.group(2) + "(" + String.join(", ", kept) + ")";
  }

  private static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder cur = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      }
      if (!quoted && (ch == '(' || ch == '[')) {
        depth++;
      }
      if (!quoted && (ch == ')' || ch == ']')) {
        depth--;
      }
      if (!quoted && depth == 0 && ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
