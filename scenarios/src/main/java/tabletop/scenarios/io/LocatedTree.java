package tabletop.scenarios.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A scenario file read into a plain JSON tree, with the line and column of every key and value
 * recorded by JSON pointer ({@code /turns/0/moves/1/actor}), so that a problem found later, by the
 * schema or by a semantic check, can point at the place in the file.
 *
 * <p>Safe by construction: the tree holds only maps, lists, text, numbers and booleans. Type tags
 * and aliases are refused rather than interpreted, nesting depth and size are limited, and a key
 * given twice in one mapping is reported rather than silently overwritten.
 */
final class LocatedTree {
  /** Deepest nesting of maps and lists accepted; real scenarios need about eight. */
  static final int MAX_DEPTH = 32;

  /** Aliases reported before reading stops. */
  static final int MAX_ALIAS_REPORTS = 5;

  /** Longest text accepted, in characters. */
  static final int MAX_CHARS = 1_000_000;

  private static final YAMLFactory YAML = yamlFactory();
  private static final JsonFactory JSON =
      JsonFactory.builder()
          // NaN and Infinity are read as numbers so that they are refused, located, like 1e999
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
          .build();

  /** A place in the file, both 1-based. */
  record Loc(int line, int column) {}

  private final String name;
  private final List<Problem> problems;
  private final Map<String, Loc> values = new HashMap<>();
  private final Map<String, Loc> keys = new HashMap<>();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private JsonNode root;
  private int aliases;
  private int duplicates;
  private int numbers;

  private LocatedTree(String name, List<Problem> problems) {
    this.name = name;
    this.problems = problems;
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH + 8);
    options.setCodePointLimit(MAX_CHARS + 1);
    // duplicate keys are found while building the tree, so that all of them are reported
    options.setAllowDuplicateKeys(true);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
        .build();
  }

  /**
   * Reads {@code text} (JSON when {@code name} ends in .json, else YAML). Problems go to {@code
   * problems}; the tree is null when the text could not be read as a whole.
   */
  static LocatedTree read(String name, String text, List<Problem> problems) {
    LocatedTree t = new LocatedTree(name, problems);
    t.parse(text);
    return t;
  }

  JsonNode root() {
    return root;
  }

  /**
   * Whether the tree can be checked further: it was read whole, and its only problems, if any, are
   * duplicate keys (the first of each is kept), so the later checks can report theirs as well.
   */
  boolean checkable() {
    return root != null && problems.size() == duplicates;
  }

  /** Where the value at a JSON pointer starts, or the nearest enclosing value's start. */
  Loc valueAt(String pointer) {
    String p = pointer;
    while (true) {
      Loc l = values.get(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return new Loc(1, 1);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Where the key of an object member starts, else where its value starts. */
  Loc keyAt(String pointer) {
    Loc l = keys.get(pointer);
    return l != null ? l : valueAt(pointer);
  }

  /** A JSON pointer segment for a key: '~' and '/' escaped. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private void parse(String text) {
    if (text.length() > MAX_CHARS) {
      problems.add(
          new Problem(
              name,
              0,
              0,
              "the file is longer than "
                  + MAX_CHARS / 1000
                  + " thousand characters; split it into several scenarios"));
      return;
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      Loc at = locate(text, nul);
      problems.add(
          new Problem(
              name,
              at.line(),
              at.column(),
              "the file holds binary data (a NUL character); a scenario is a UTF-8 text file,"
                  + " so save it as YAML or JSON text"));
      return;
    }
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
    if (text.startsWith("\uFEFF")) {
      // a byte order mark, which some editors write: invisible there, so not counted in columns
      text = text.substring(1);
    }
    if (!json) {
      int bad = unprintable(text);
      if (bad >= 0) {
        Loc at = locate(text, bad);
        int c = text.codePointAt(bad);
        if (Character.isSurrogate((char) c)) {
          problems.add(
              new Problem(
                  name,
                  at.line(),
                  at.column(),
                  "the file holds a broken character (half of a UTF-16 surrogate pair);"
                      + " save it as UTF-8 text"));
          return;
        }
        problems.add(
            new Problem(
                name,
                at.line(),
                at.column(),
                "the file holds the control character "
                    + String.format("U+%04X", c)
                    + (c == 0x1B ? " (ESC, which starts terminal escape sequences)" : "")
                    + ", which YAML does not allow in a file; remove it, or, if the text needs"
                    + " it, write it as an escape inside double quotes (\""
                    + String.format("\\u%04X", c)
                    + "\")"));
        return;
      }
    }
    JsonParser parser = null;
    try (JsonParser p = json ? JSON.createParser(text) : YAML.createParser(text)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(
            new Problem(
                name,
                1,
                1,
                "the file holds no scenario (it is empty or only comments);"
                    + " start it with 'id:', 'title:' and 'turns:'"));
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        Loc l = loc(p.currentTokenLocation());
        String what = first == JsonToken.START_ARRAY ? "a list" : "a single value";
        problems.add(
            new Problem(
                name,
                l.line(),
                l.column(),
                "the top level of the file is "
                    + what
                    + "; a scenario is a mapping: start with 'id: my-scenario' at column 1,"
                    + " not with '- ' or a bare value"));
        return;
      }
      JsonNode node = value(p, "", 0);
      if (p.nextToken() != null) {
        Loc l = loc(p.currentTokenLocation());
        problems.add(
            new Problem(
                name,
                l.line(),
                l.column(),
                json
                    ? "more follows the scenario's closing '}'; keep one scenario per file"
                        + " and remove what follows"
                    : "a second document follows the scenario; keep one scenario per file"
                        + " and remove the '---' line"));
        return;
      }
      root = numbers == 0 ? node : null;
    } catch (Stop s) {
      root = null;
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      if (l == null && parser != null) {
        // a limit of the reader (a number too long) is thrown without a place: where it stopped
        l = parser.currentLocation();
      }
      int line = l == null ? 0 : l.getLineNr();
      int column = l == null ? 0 : l.getColumnNr();
      String message = firstLine(e.getOriginalMessage());
      if (e.getCause() instanceof MarkedYAMLException m) {
        // SnakeYAML names the problem and marks where it is; Jackson's text starts with context
        message = firstLine(m.getProblem());
        if (m.getProblemMark() != null) {
          line = m.getProblemMark().getLine() + 1;
          column = m.getProblemMark().getColumn() + 1;
        }
      }
      problems.add(new Problem(name, line, column, syntax(message, json)));
      root = null;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports its own limits (size, depth) as runtime exceptions
      problems.add(
          new Problem(
              name,
              0,
              0,
              "cannot read the file: "
                  + plain(e.getMessage())
                  + "; check that it is a scenario file in YAML or JSON"));
      root = null;
    }
  }

  /**
   * Where the first character stands that YAML does not allow in a file (its printable set: tab,
   * line breaks, and everything from space up but DEL, the C1 controls other than NEL, lone
   * surrogates and U+FFFE/U+FFFF), or -1. Reported here, located, rather than as the reader's
   * "special characters are not allowed", which names no place.
   */
  static int unprintable(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean printable =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || c >= 0x20 && c <= 0x7E
              || c == 0x85
              || c >= 0xA0 && c <= 0xD7FF
              || c >= 0xE000 && c <= 0xFFFD
              || c >= 0x10000 && c <= 0x10FFFF;
      if (!printable) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /** The line and column of a character of the text, both 1-based. */
  static Loc locate(CharSequence text, int index) {
    int line = 1;
    int start = 0;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        start = i + 1;
      }
    }
    return new Loc(line, index - start + 1);
  }

  /** Thrown to stop reading once the file is known to be refused. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private JsonNode value(JsonParser p, String ptr, int depth) throws IOException {
    JsonToken t = p.currentToken();
    Loc here = loc(p.currentTokenLocation());
    values.putIfAbsent(ptr, here);
    if (depth > MAX_DEPTH) {
      problems.add(
          new Problem(
              name,
              here.line(),
              here.column(),
              "the file nests maps and lists deeper than "
                  + MAX_DEPTH
                  + " levels; a scenario needs far fewer, so check the indentation"));
      throw new Stop();
    }
    checkTag(p, here);
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = nodes.objectNode();
        Map<String, Loc> seen = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Loc kl = loc(p.currentTokenLocation());
          String child = ptr + "/" + escape(key);
          p.nextToken();
          JsonNode v = value(p, child, depth + 1);
          Loc first = seen.putIfAbsent(key, kl);
          if (first != null) {
            duplicates++;
            problems.add(
                new Problem(
                    name,
                    kl.line(),
                    kl.column(),
                    "'"
                        + key
                        + "' appears twice in this mapping (first at line "
                        + first.line()
                        + "); keep one of them"));
          } else {
            o.set(key, v);
            keys.put(child, kl);
          }
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = nodes.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(value(p, ptr + "/" + i, depth + 1));
          i++;
        }
        return a;
      }
      case VALUE_STRING -> {
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
          alias(here);
        }
        return nodes.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        try {
          return switch (p.getNumberType()) {
            case INT -> nodes.numberNode(p.getIntValue());
            case LONG -> nodes.numberNode(p.getLongValue());
            default -> {
              java.math.BigInteger big = p.getBigIntegerValue();
              yield Double.isFinite(big.doubleValue())
                  ? nodes.numberNode(big)
                  : badNumber(p, here, false);
            }
          };
        } catch (JsonProcessingException | NumberFormatException e) {
          return badNumber(p, here, false);
        }
      }
      case VALUE_NUMBER_FLOAT -> {
        double d;
        try {
          d = p.getDoubleValue();
        } catch (JsonProcessingException | NumberFormatException e) {
          // YAML's .inf and .nan, which the parser names as numbers but cannot read
          d = Double.NaN;
        }
        return Double.isFinite(d) ? nodes.numberNode(d) : badNumber(p, here, Double.isNaN(d));
      }
      case VALUE_TRUE -> {
        return nodes.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return nodes.booleanNode(false);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> {
        problems.add(
            new Problem(
                name,
                here.line(),
                here.column(),
                "a binary or embedded value is not allowed here; write plain text"));
        return nodes.nullNode();
      }
    }
  }

  /**
   * A number no field can take: infinite (1e999, .inf, -Infinity) or not a number (.nan, NaN).
   * Reported where it stands, and reading goes on so that every such number is reported at once.
   */
  private JsonNode badNumber(JsonParser p, Loc here, boolean nan) throws IOException {
    numbers++;
    String raw = p.getText();
    boolean longer = raw.length() > 24;
    if (longer) {
      raw = raw.substring(0, 12) + "…" + raw.substring(raw.length() - 6);
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    String what =
        lower.contains("nan")
            ? "is not a number (NaN)"
            : lower.contains("inf")
                ? "stands for infinity"
                : nan ? "cannot be read as a number" : "is too large (it reads as infinity)";
    problems.add(
        new Problem(
            name,
            here.line(),
            here.column(),
            "the number '"
                + raw
                + "' "
                + what
                + "; no field takes it, so write a finite number such as 0.5"
                + (longer
                    ? " (or quote it if it is text)"
                    : " (or quote it, \"" + raw + "\", if it is text)")));
    return nodes.textNode(raw);
  }

  private void checkTag(JsonParser p, Loc here) throws IOException {
    if (!(p instanceof YAMLParser)) {
      return;
    }
    Object typeId = p.getTypeId();
    if (typeId != null) {
      String tag = String.valueOf(typeId).replace("tag:yaml.org,2002:", "!");
      problems.add(
          new Problem(
              name,
              here.line(),
              here.column(),
              "the type tag '!"
                  + tag
                  + "' is not allowed: scenario files hold plain data only;"
                  + " remove the tag (quote the value if it is text)"));
    }
  }

  private void alias(Loc here) {
    aliases++;
    problems.add(
        new Problem(
            name,
            here.line(),
            here.column(),
            "YAML aliases ('*name') are not allowed: scenario files hold plain data;"
                + " write the value out in full instead of referring to an anchor"));
    if (aliases >= MAX_ALIAS_REPORTS) {
      problems.add(
          new Problem(
              name,
              here.line(),
              here.column(),
              "reading stopped after "
                  + aliases
                  + " aliases (a file built from aliases can expand without bound);"
                  + " remove the anchors ('&name') and aliases"));
      throw new Stop();
    }
  }

  private static Loc loc(JsonLocation l) {
    if (l == null) {
      return new Loc(0, 0);
    }
    return new Loc(l.getLineNr(), l.getColumnNr());
  }

  /** The syntax error with a hint on what usually causes it. */
  static String syntax(String message, boolean json) {
    String m = plain(message);
    String lower = m.toLowerCase(Locale.ROOT);
    String hint;
    if (lower.startsWith("a key is")) {
      hint = "a key is written as text before ':', e.g. 'title: …'";
    } else if (lower.startsWith("the file ends")) {
      hint = "add what is missing at the end, or remove the bracket or quote that opens it";
    } else if (lower.contains("number value length") || lower.contains("number length")) {
      hint = "a number has more digits than any field takes; write a shorter number";
    } else if (!json && (lower.contains("\\t") || lower.contains("tab"))) {
      hint =
          "the line is indented with a tab; YAML indents with spaces only,"
              + " so replace each tab with two spaces";
    } else if (lower.contains("duplicate")) {
      hint = "a key appears twice in one mapping; keep one of them";
    } else if (lower.contains("mapping values are not allowed")) {
      hint =
          "a ':' follows text where no new key can start; quote text that contains ': '"
              + " or check the indentation";
    } else if (lower.contains("expected <block end>") || lower.contains("expected key")) {
      hint = "check this line's indentation against the lines above it";
    } else if (lower.contains("could not find expected ':'")) {
      hint = "a line is not in 'key: value' form; add the ':' or check the indentation";
    } else if (lower.contains("anchor") || lower.contains("alias")) {
      hint = "YAML aliases are not allowed; write the value out in full";
    } else if (lower.contains("exceed") || lower.contains("limit")) {
      hint = "the file exceeds a size or nesting limit; split it up";
    } else if (json) {
      hint = "check the JSON syntax here: a missing comma, quote or bracket";
    } else {
      hint =
          "check the YAML syntax here: indentation, a missing ':', an unclosed quote or"
              + " bracket";
    }
    String first = firstLine(m);
    return (first.isEmpty() ? "syntax error" : "syntax error (" + first + ")") + "; " + hint;
  }

  private static final java.util.regex.Pattern START_MARKER =
      java.util.regex.Pattern.compile(
          "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at"
              + " \\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\).*",
          java.util.regex.Pattern.DOTALL);

  /**
   * A parser's message in an author's words: the parser's own source and location notes ({@code
   * [Source: …]}), which name nothing the author wrote, and its settings' names are taken out.
   */
  static String plain(String message) {
    String m = message == null ? "" : message.strip();
    java.util.regex.Matcher end = START_MARKER.matcher(m);
    if (end.matches()) {
      boolean object = end.group(1).equals("Object");
      return "the file ends before the "
          + (object ? "'{'" : "'['")
          + " opened at line "
          + end.group(2)
          + ", column "
          + end.group(3)
          + " is closed by "
          + (object ? "'}'" : "']'");
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return "the file ends in the middle of a value";
    }
    m = m.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "");
    m = m.replaceAll("\\s*(at )?\\[Source:[^\\]]*\\]", "");
    m = m.replaceAll(":?\\s*(enable|disable) `?[A-Za-z]+Feature\\.[A-Z_]+`?[^;)]*", "");
    m = m.replaceAll("\\s*\\(code \\d+( / 0x[0-9a-fA-F]+)?\\)", "");
    m = m.replace(" (or 'NaN'/'+INF'/'-INF')", "");
    m =
        m.replaceAll(
            "^Unexpected character \\('/'\\): maybe a \\(non-standard\\) comment\\?.*",
            "'/' cannot start a value: JSON has no comments, so remove the comment");
    m =
        m.replaceAll(
            "^Expected a field name \\(Scalar value in YAML\\), got this instead: <[^>]*"
                + "SequenceStartEvent.*",
            "a key is a list here, not text");
    m =
        m.replaceAll(
            "^Expected a field name \\(Scalar value in YAML\\), got this instead: <[^>]*"
                + "MappingStartEvent.*",
            "a key is a mapping here, not text");
    m = m.replaceAll("^Expected a field name.*", "a key is not plain text; write it as text");
    m =
        m.replaceAll(
            "^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space.*",
            "a control character (code $1) between values, where only spaces, tabs and line"
                + " breaks may stand");
    m = m.replaceAll("\\s*\\(consider enabling `[^`]*`[^)]*\\)+", "");
    m =
        m.replaceAll(
            "^Illegal unquoted character \\(\\(CTRL-CHAR, code 1[03]\\)\\).*",
            "a line break inside a string, whose closing '\"' may be missing; close the string"
                + " on its line, and write a line break in text as \\\\n");
    m =
        m.replaceAll(
            "^Unexpected character \\((.*)\\): was expecting double-quote to start field name",
            "$1 cannot start a key: a JSON key is text in double quotes");
    m =
        m.replaceAll(
            "^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
            "a control character (code $1) inside a string; write it as an escape such as"
                + " \\\\u001b");
    m =
        m.replaceAll(
            "^Unrecognized token ('.*'): was expecting .*",
            "$1 is not a JSON value (text goes in double quotes)");
    m = m.replaceAll("<org\\.yaml\\.snakeyaml\\.[^>]*>", "this");
    m =
        m.replaceAll(
            "^Unexpected character \\(('.*')\\): expected a valid value \\(.*\\)$",
            "$1 cannot start a value here");
    m = m.replaceAll("\\s*,?\\s*from `[A-Za-z.]+\\(\\)`", "");
    return firstLine(m);
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }
}
