package tabletop.scenarios.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.Suggest;
import tabletop.engine.scenario.TurnSpec;

/**
 * The master scenario events list (MSEL) as CSV, for exercise planners who keep it in a
 * spreadsheet. Columns, in this order: {@code turn,inject,description,actor,expected outcome}. One
 * row per inject (actor and expected outcome empty) and one per move (its title under {@code
 * inject}, its actor, its expected outcome); a turn with neither gets one row with only its number,
 * so that no turn is lost. RFC 4180: comma-separated, fields with commas, quotes or line breaks in
 * double quotes, quotes doubled, CRLF line ends. A text that a spreadsheet would run as a formula
 * (starting with =, +, -, @) is written with an apostrophe in front, which import removes.
 *
 * <p>Importing reads the same CSV into a scenario YAML skeleton that loads: the id given by the
 * caller (the output file's name) or made from the CSV file's name, the turns with their injects
 * and moves. Imported moves are of kind {@code statement} (edit the kind and add features
 * afterwards) and get an id made from their title.
 */
public final class MselCsv {
  /** The header row, exactly. */
  public static final List<String> COLUMNS =
      List.of("turn", "inject", "description", "actor", "expected outcome");

  /** Kind given to imported moves, which the CSV does not carry. */
  public static final String DEFAULT_KIND = "statement";

  private static final String CRLF = "\r\n";

  /** The highest turn number a scenario may have (the schema's maximum). */
  static final int MAX_TURN = 10_000;

  public MselCsv() {}

  /** The scenario's MSEL as CSV text. */
  public static String export(Scenario scenario) {
    StringBuilder b = new StringBuilder();
    row(b, COLUMNS);
    for (TurnSpec t : scenario.turns()) {
      String n = String.valueOf(t.number());
      if (t.injects().isEmpty() && t.moves().isEmpty()) {
        row(b, List.of(n, "", "", "", ""));
      }
      for (Inject i : t.injects()) {
        row(b, List.of(n, i.title(), oneLine(i.description()), "", ""));
      }
      for (MoveSpec m : t.moves()) {
        row(
            b,
            List.of(
                n,
                m.title(),
                oneLine(m.description()),
                m.actor(),
                m.expectedOutcome() == null ? "" : m.expectedOutcome()));
      }
    }
    return b.toString();
  }

  /**
   * Where the schema is, seen from a file in the library folder: the {@code $schema} of the
   * yaml-language-server comment in library files.
   */
  public static final String LIBRARY_SCHEMA_PATH = "../schema/scenario.schema.json";

  /** Where the schema is in the repository, named by skeletons written outside the library. */
  public static final String REPOSITORY_SCHEMA_PATH = "scenarios/schema/scenario.schema.json";

  /**
   * A scenario YAML skeleton from MSEL CSV text, for the library folder. {@code name} is the CSV
   * file's name: the scenario id is made from it ({@link #idFromFileName}) and it appears in
   * problems, which give the row's line and the field's column. The skeleton starts with the
   * yaml-language-server comment of a library file ({@link #LIBRARY_SCHEMA_PATH}). To write the
   * skeleton elsewhere, or under another name, use {@link #importCsv(String, String, String)}.
   *
   * @throws ScenarioException with every problem of the CSV
   */
  public static String importCsv(String name, String csvText) throws ScenarioException {
    return importCsv(name, csvText, idFromFileName(name), LIBRARY_SCHEMA_PATH);
  }

  /**
   * A scenario YAML skeleton from MSEL CSV text, with the given scenario id: pass {@code
   * idFromFileName(outputFile)} so that the id is the name of the file the skeleton is written to.
   * {@code name} is the CSV file's name, used in problems and in the title. As no path to the
   * schema from the output is known, the skeleton starts with a comment naming the schema's place
   * in the repository ({@link #REPOSITORY_SCHEMA_PATH}) rather than a yaml-language-server line.
   *
   * @throws ScenarioException with every problem of the CSV, or when {@code id} is not kebab-case
   */
  public static String importCsv(String name, String csvText, String id) throws ScenarioException {
    return importCsv(name, csvText, id, null);
  }

  /**
   * As {@link #importCsv(String, String, String)}, and the skeleton starts with {@code #
   * yaml-language-server: $schema=SCHEMAPATH} when {@code schemaPath} is given: the schema's path
   * relative to the output file (e.g. {@link #LIBRARY_SCHEMA_PATH} for the library folder) or its
   * URL. With {@code schemaPath} null, a comment names the schema's place in the repository.
   *
   * @throws ScenarioException with every problem of the CSV, or when {@code id} is not kebab-case
   */
  public static String importCsv(String name, String csvText, String id, String schemaPath)
      throws ScenarioException {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new ScenarioException(
          new Problem(
              name,
              0,
              0,
              "the scenario id '"
                  + id
                  + "' is not a kebab-case id; use lower-case letters, digits and hyphens, e.g. '"
                  + SchemaCheck.slug(id == null ? "" : id)
                  + "', and name the output file after it"));
    }
    List<Problem> problems = new ArrayList<>();
    int broken = brokenCharacter(csvText);
    if (broken >= 0) {
      LocatedTree.Loc at = LocatedTree.locate(csvText, broken);
      throw new ScenarioException(
          new Problem(
              name,
              at.line(),
              at.column(),
              "the text holds a broken character (half of a UTF-16 surrogate pair);"
                  + " save the file as UTF-8 and import it again"));
    }
    List<Row> rows = parse(name, csvText, problems);
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    if (rows.isEmpty()) {
      throw new ScenarioException(
          new Problem(
              name,
              1,
              1,
              "the file is empty; the first row must be the header " + String.join(",", COLUMNS)));
    }
    Row header = rows.get(0);
    List<String> names =
        header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
    if (!names.equals(COLUMNS)) {
      throw new ScenarioException(
          new Problem(
              name,
              header.line(),
              1,
              "the header is '"
                  + String.join(",", header.fields())
                  + "'; the first row must be exactly: "
                  + String.join(",", COLUMNS)));
    }
    TreeMap<Integer, List<Row>> turns = new TreeMap<>();
    for (Row r : rows.subList(1, rows.size())) {
      if (r.fields().size() != COLUMNS.size()) {
        problems.add(
            r.at(
                name,
                Math.min(r.fields().size(), COLUMNS.size()) - 1,
                "the row has "
                    + r.fields().size()
                    + " fields; give each row the "
                    + COLUMNS.size()
                    + " columns of the header ("
                    + String.join(",", COLUMNS)
                    + "), quoting fields that contain commas"));
        continue;
      }
      Integer n = turnOf(name, r, problems);
      if (n == null) {
        continue;
      }
      String inject = r.fields().get(1).strip();
      String actor = r.fields().get(3).strip();
      String outcome = r.fields().get(4).strip();
      boolean onlyTurn =
          inject.isEmpty() && r.fields().get(2).isBlank() && actor.isEmpty() && outcome.isEmpty();
      if (!onlyTurn && inject.isEmpty()) {
        problems.add(r.at(name, 1, "the inject column is empty; give the inject or move a title"));
      }
      if (!actor.isEmpty() && !ScenarioLoader.BUILT_IN_ACTORS.contains(actor)) {
        problems.add(
            r.at(
                name,
                3,
                "unknown actor '"
                    + actor
                    + "'"
                    + Suggest.didYouMean(actor, ScenarioLoader.BUILT_IN_ACTORS)
                    + "; use a built-in actor ("
                    + String.join(", ", ScenarioLoader.BUILT_IN_ACTORS)
                    + "), or leave it empty for an inject and add the actor to the YAML later"));
      }
      if (actor.isEmpty() && !outcome.isEmpty()) {
        problems.add(
            r.at(
                name,
                4,
                "an expected outcome belongs to a move; give the row's actor, or move the text"
                    + " into the description"));
      }
      turns.computeIfAbsent(n, k -> new ArrayList<>()).add(r);
    }
    if (!turns.isEmpty() && turns.firstKey() != 1) {
      Row first = turns.firstEntry().getValue().get(0);
      problems.add(
          first.at(name, 0, "the first turn is " + turns.firstKey() + "; number turns from 1"));
    }
    Integer previous = null;
    for (var e : turns.entrySet()) {
      if (previous != null && e.getKey() > previous + 1) {
        problems.add(
            e.getValue()
                .get(0)
                .at(
                    name,
                    0,
                    "turn "
                        + e.getKey()
                        + " follows turn "
                        + previous
                        + ", so "
                        + (e.getKey() == previous + 2
                            ? "turn " + (previous + 1) + " is missing"
                            : "turns "
                                + (previous + 1)
                                + " to "
                                + (e.getKey() - 1)
                                + " are missing")
                        + "; number the turns 1, 2, 3… with no gap, giving a turn with no inject"
                        + " a row with only its number"));
      }
      previous = e.getKey();
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    if (turns.isEmpty()) {
      throw new ScenarioException(
          new Problem(name, header.line(), 1, "the file has no rows after the header; add one"));
    }
    String yaml = yaml(id, name, schemaPath, turns);
    // the skeleton must load: anything else is a bug here, reported rather than written out
    List<Problem> check = new ScenarioLoader().problems(id + ".yaml", yaml);
    if (!check.isEmpty()) {
      throw new ScenarioException(check);
    }
    return yaml;
  }

  /** Where the first unpaired surrogate stands, or -1: no text read from a file holds one. */
  static int brokenCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return -1;
  }

  private static Integer turnOf(String name, Row r, List<Problem> problems) {
    String t = r.fields().get(0).strip();
    try {
      int n = Integer.parseInt(t);
      if (n >= 1 && n <= MAX_TURN) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        r.at(
            name,
            0,
            "the turn is '"
                + t
                + "'; write the turn's number, a whole number from 1 to "
                + MAX_TURN));
    return null;
  }

  /**
   * The scenario id for a file name: its name without folder and extension, in kebab-case ({@code
   * out/My Exercise.yaml} gives {@code my-exercise}).
   */
  public static String idFromFileName(String fileName) {
    return SchemaCheck.slug(stem(fileName));
  }

  private static String yaml(
      String id, String name, String schemaPath, TreeMap<Integer, List<Row>> turns) {
    ObjectMapper mapper =
        new ObjectMapper(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(new QuoteWhatReadsAsOtherThanText())
                .build());
    ObjectNode root = mapper.createObjectNode();
    root.put("id", id);
    root.put("title", "Imported from " + fileName(name));
    root.put(
        "summary",
        "A skeleton imported from an MSEL; set each move's kind and features, and add knobs.");
    ArrayNode ts = root.putArray("turns");
    Set<String> moveIds = new HashSet<>();
    for (var e : turns.entrySet()) {
      ObjectNode t = ts.addObject();
      t.put("turn", e.getKey());
      t.put("title", "Turn " + e.getKey());
      ArrayNode injects = mapper.createArrayNode();
      ArrayNode moves = mapper.createArrayNode();
      for (Row r : e.getValue()) {
        String title = r.fields().get(1).strip();
        String description = r.fields().get(2).strip();
        String actor = r.fields().get(3).strip();
        if (title.isEmpty()) {
          continue;
        }
        if (actor.isEmpty()) {
          ObjectNode i = injects.addObject();
          i.put("title", title);
          if (!description.isEmpty()) {
            i.put("description", description);
          }
        } else {
          ObjectNode m = moves.addObject();
          m.put("id", unique(SchemaCheck.slug(title), moveIds));
          m.put("actor", actor);
          m.put("kind", DEFAULT_KIND);
          m.put("title", title);
          if (!description.isEmpty()) {
            m.put("description", description);
          }
          String outcome = r.fields().get(4).strip();
          if (!outcome.isEmpty()) {
            m.put("expectedOutcome", outcome);
          }
        }
      }
      if (!injects.isEmpty()) {
        t.set("injects", injects);
      }
      if (!moves.isEmpty()) {
        t.set("moves", moves);
      }
    }
    try {
      String head =
          schemaPath != null
              ? "# yaml-language-server: $schema=" + schemaPath + "\n"
              : "# A tabletop scenario; its JSON Schema is "
                  + REPOSITORY_SCHEMA_PATH
                  + " in the tabletop repository.\n"
                  + "# scenarios/README.md, 'Writing a scenario', shows how to name it for your"
                  + " editor.\n";
      return head + mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the scenario skeleton", e);
    }
  }

  /**
   * Quotes every text that a YAML reader would take for something else: besides what Jackson
   * quotes, any plain scalar that YAML 1.1 resolves to a number, boolean, null or date ({@code
   * 2027}, {@code 1e5}, {@code 0x10}, {@code .inf}, {@code 12:30}, {@code yes}, {@code ~}), so that
   * a title stays text and the skeleton loads.
   */
  private static final class QuoteWhatReadsAsOtherThanText extends StringQuotingChecker.Default {
    private static final Resolver RESOLVER = new Resolver();

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value)
          || !Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, value, true))
          || !plainSafe(value);
    }

    /**
     * Whether the text survives as a plain (or single-quoted) scalar: no control, format or
     * separator character (YAML folds or drops some of them, NEL and LS among them) and no
     * whitespace at either end. Anything else is written double-quoted, where YAML escapes them.
     */
    private static boolean plainSafe(String value) {
      if (value.isEmpty()) {
        return true;
      }
      if (blank(value.codePointAt(0)) || blank(value.codePointBefore(value.length()))) {
        return false;
      }
      return value
          .codePoints()
          .noneMatch(
              c -> {
                int type = Character.getType(c);
                return c != ' ' && type == Character.SPACE_SEPARATOR
                    || type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE;
              });
    }

    private static boolean blank(int c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }

  private static String unique(String base, Set<String> taken) {
    String id = base;
    for (int i = 2; !taken.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }

  private static String fileName(String name) {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  private static String stem(String name) {
    String n = fileName(name);
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip();
  }

  // ---- RFC 4180 ---------------------------------------------------------------------------------

  private static void row(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(quote(fields.get(i)));
    }
    b.append(CRLF);
  }

  /**
   * Spreadsheets run a cell that starts with one of these as a formula; an apostrophe in front
   * keeps it text (OWASP's advice on CSV injection), and import takes the apostrophe off again.
   */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static String defuse(String field) {
    return needsApostrophe(field) ? "'" + field : field;
  }

  /**
   * Whether a text starts, after any apostrophes, with a formula character: such a text is written
   * with one more apostrophe, which import takes off again, so that a text that itself starts with
   * an apostrophe ({@code '=x}) comes back as it was.
   */
  private static boolean needsApostrophe(String field) {
    int i = 0;
    while (i < field.length() && field.charAt(i) == '\'') {
      i++;
    }
    return i < field.length() && FORMULA_STARTS.indexOf(field.charAt(i)) >= 0;
  }

  private static String restore(String field) {
    return field.startsWith("'") && needsApostrophe(field.substring(1))
        ? field.substring(1)
        : field;
  }

  static String quote(String raw) {
    String field = defuse(raw);
    if (field.contains(",")
        || field.contains("\"")
        || field.contains("\n")
        || field.contains("\r")
        || !field.equals(field.strip())) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }

  /** A record of the CSV: the line it starts on and the column each field starts at. */
  record Row(int line, List<String> fields, List<Integer> columns) {
    Problem at(String file, int field, String message) {
      int f = Math.max(0, Math.min(field, columns.size() - 1));
      String col = field < COLUMNS.size() ? " (column '" + COLUMNS.get(field) + "')" : "";
      return new Problem(file, line, columns.get(f), "row at line " + line + col + ": " + message);
    }
  }

  /** Splits CSV text into records; blank lines are skipped. */
  static List<Row> parse(String name, String text, List<Problem> problems) {
    List<Row> rows = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int col = 1;
    int n = text.length();
    while (i < n) {
      int rowLine = line;
      List<String> fields = new ArrayList<>();
      List<Integer> columns = new ArrayList<>();
      boolean endOfRow = false;
      while (!endOfRow) {
        columns.add(col);
        StringBuilder f = new StringBuilder();
        if (i < n && text.charAt(i) == '"') {
          int openLine = line;
          int openCol = col;
          i++;
          col++;
          boolean closed = false;
          while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                f.append('"');
                i += 2;
                col += 2;
                continue;
              }
              i++;
              col++;
              closed = true;
              break;
            }
            f.append(c);
            i++;
            if (c == '\n') {
              line++;
              col = 1;
            } else {
              col++;
            }
          }
          if (!closed) {
            problems.add(
                new Problem(
                    name,
                    openLine,
                    openCol,
                    "a quoted field is never closed; add the closing '\"' (write a quote inside"
                        + " a quoted field as '\"\"')"));
            return rows;
          }
          if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
            problems.add(
                new Problem(
                    name,
                    line,
                    col,
                    "text follows a closing quote; put the whole field in quotes and double"
                        + " the quotes inside it"));
            return rows;
          }
        } else {
          while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == '\r' || c == '\n') {
              break;
            }
            if (c == '"') {
              problems.add(
                  new Problem(
                      name,
                      line,
                      col,
                      "a quote inside an unquoted field; put the whole field in quotes and"
                          + " double the quote, e.g. \"say \"\"no\"\"\""));
              return rows;
            }
            f.append(c);
            i++;
            col++;
          }
        }
        fields.add(f.toString());
        if (i < n && text.charAt(i) == ',') {
          i++;
          col++;
        } else {
          if (i < n && text.charAt(i) == '\r') {
            i++;
          }
          if (i < n && text.charAt(i) == '\n') {
            i++;
          }
          line++;
          col = 1;
          endOfRow = true;
        }
      }
      if (!(fields.size() == 1 && fields.get(0).isBlank())) {
        rows.add(new Row(rowLine, fields.stream().map(MselCsv::restore).toList(), columns));
      }
    }
    return rows;
  }
}
