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
import tabletop.engine.model.Vocabulary;
import tabletop.engine.scenario.Exercise;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.Suggest;
import tabletop.engine.scenario.TurnSpec;

/**
 * The master scenario events list (MSEL) as CSV, for exercise planners who keep it in a
 * spreadsheet. Columns, in this order ({@link #COLUMNS}): {@code time, turn, turn title, type, id,
 * title, description, from, to, kind, features, asserts, retracts, controller, expected player
 * action, expected outcome, objective}: the HSEEP columns, and what a scenario needs to come back
 * whole. Per turn, one row per inject, move and discussion question ({@code type} says which); a
 * turn with none gets one row of type {@code turn}, so that no turn is lost. Features read {@code
 * name=value, value; name=value}; facts are separated by {@code ;}. RFC 4180: comma-separated,
 * fields with commas, quotes or line breaks in double quotes, quotes doubled, CRLF line ends. A
 * text that a spreadsheet would run as a formula (starting with =, +, -, @) is written with an
 * apostrophe in front, which import removes.
 *
 * <p>Importing reads the same CSV into a scenario YAML skeleton that loads: the id given by the
 * caller (the output file's name) or made from the CSV file's name, the turns with their titles,
 * injects (and the facts they change), moves (id, actor, kind, features, expected outcome) and
 * questions. The columns a spreadsheet derives ({@code time, to, controller, expected player
 * action, objective}) are not read back. Import → export → import gives the same skeleton. The
 * older five columns ({@link #LEGACY_COLUMNS}) are still read; their moves come back as {@code
 * statement}s with ids made from their titles.
 */
public final class MselCsv {
  /**
   * The header row, exactly: the HSEEP MSEL columns (time, turn, inject or move, from and to,
   * controller, expected player action, objective) with what a scenario needs to come back whole
   * (the turn's title, the row's type, the move's id, kind and features, the facts an inject
   * asserts and retracts, the expected outcome).
   */
  public static final List<String> COLUMNS =
      List.of(
          "time",
          "turn",
          "turn title",
          "type",
          "id",
          "title",
          "description",
          "from",
          "to",
          "kind",
          "features",
          "asserts",
          "retracts",
          "controller",
          "expected player action",
          "expected outcome",
          "objective");

  /** The older five-column header, still read: moves come back as statements. */
  public static final List<String> LEGACY_COLUMNS =
      List.of("turn", "inject", "description", "actor", "expected outcome");

  /** The types of row: a turn with nothing in it, an inject, a move, a discussion question. */
  public static final List<String> TYPES = List.of("turn", "inject", "move", "question");

  /** Kind given to imported moves whose row names none (and to every move of the old columns). */
  public static final String DEFAULT_KIND = "statement";

  /** Who delivers what the model plays: the exercise control cell. */
  static final String CONTROL = "control";

  static final String ALL_PLAYERS = "all players";

  private static final String CRLF = "\r\n";

  /** The highest turn number a scenario may have (the schema's maximum). */
  static final int MAX_TURN = 10_000;

  public MselCsv() {}

  /**
   * The scenario's MSEL as CSV text: per turn, one row per inject, move and discussion question, in
   * that order (a turn with none gets a row of type {@code turn}). The time is the exercise's date
   * when the scenario declares one; a move's controller is the team that plays its actor, else
   * control (the model plays it), and its objective that team's objective.
   */
  public static String export(Scenario scenario) {
    Exercise ex = scenario.exercise();
    String time = ex.date() == null ? "" : ex.date();
    StringBuilder b = new StringBuilder();
    row(b, COLUMNS);
    for (TurnSpec t : scenario.turns()) {
      String n = String.valueOf(t.number());
      String title = t.title() == null ? "" : t.title();
      if (t.injects().isEmpty() && t.moves().isEmpty() && t.questions().isEmpty()) {
        row(b, List.of(time, n, title, "turn", "", "", "", "", "", "", "", "", "", "", "", "", ""));
      }
      for (Inject i : t.injects()) {
        row(
            b,
            List.of(
                time,
                n,
                title,
                "inject",
                "",
                i.title(),
                oneLine(i.description()),
                CONTROL,
                ALL_PLAYERS,
                "",
                "",
                String.join("; ", i.asserts()),
                String.join("; ", i.retracts()),
                CONTROL,
                ex.teams().isEmpty()
                    ? "Players discuss what it changes for their actors."
                    : "Each team weighs it and decides its actors' reactions.",
                "",
                ""));
      }
      for (MoveSpec m : t.moves()) {
        java.util.Optional<Exercise.Team> mover = ex.playing(m.actor());
        row(
            b,
            List.of(
                time,
                n,
                title,
                "move",
                m.id(),
                m.title(),
                oneLine(m.description()),
                m.actor(),
                addressed(m),
                m.kind(),
                features(m.features()),
                "",
                "",
                mover.map(Exercise.Team::name).orElse(CONTROL),
                playerAction(ex, mover),
                m.expectedOutcome() == null ? "" : m.expectedOutcome(),
                mover.map(Exercise.Team::objective).filter(o -> o != null).orElse("")));
      }
      for (String q : t.questions()) {
        row(
            b,
            List.of(
                time,
                n,
                title,
                "question",
                "",
                q,
                "",
                CONTROL,
                ALL_PLAYERS,
                "",
                "",
                "",
                "",
                CONTROL,
                "Discuss and record the answer ('note').",
                "",
                ""));
      }
    }
    return b.toString();
  }

  /** Whom a move addresses: the actors its roles name, or all players. */
  private static String addressed(MoveSpec m) {
    java.util.Set<String> to = new java.util.LinkedHashSet<>();
    for (String role : List.of("host", "joins", "favours", "against")) {
      to.addAll(m.features().getOrDefault(role, List.of()));
    }
    return to.isEmpty() ? ALL_PLAYERS : String.join(", ", to);
  }

  /** What the teams are expected to do about a move: the others decide how their actors react. */
  private static String playerAction(Exercise ex, java.util.Optional<Exercise.Team> mover) {
    if (ex.teams().isEmpty()) {
      return "Players discuss how each actor reacts.";
    }
    List<String> others =
        ex.teams().stream()
            .filter(t -> mover.isEmpty() || !t.id().equals(mover.get().id()))
            .map(Exercise.Team::name)
            .toList();
    String react =
        others.isEmpty()
            ? "the model plays the other actors."
            : String.join(", ", others)
                + (others.size() == 1
                    ? " decides how its actors react."
                    : " decide how their actors react.");
    return mover.isPresent()
        ? mover.get().name() + " presents the move; " + react
        : capitalised(react);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Features as {@code name=value, value; name=value}, names in alphabetical order. */
  static String features(java.util.Map<String, List<String>> features) {
    return features.entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + String.join(", ", e.getValue()))
        .collect(java.util.stream.Collectors.joining("; "));
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
    List<String> columns;
    if (names.equals(COLUMNS)) {
      columns = COLUMNS;
    } else if (names.equals(LEGACY_COLUMNS)) {
      columns = LEGACY_COLUMNS;
    } else {
      throw new ScenarioException(
          new Problem(
              name,
              header.line(),
              1,
              "the header is '"
                  + String.join(",", header.fields())
                  + "'; the first row must be exactly: "
                  + String.join(",", COLUMNS)
                  + " (or the older five columns: "
                  + String.join(",", LEGACY_COLUMNS)
                  + ")"));
    }
    TreeMap<Integer, List<Entry>> turns = new TreeMap<>();
    TreeMap<Integer, String> turnTitles = new TreeMap<>();
    Set<String> givenIds = new HashSet<>();
    for (Row r : rows.subList(1, rows.size())) {
      if (r.fields().size() != columns.size()) {
        problems.add(
            r.at(
                name,
                columns,
                Math.min(r.fields().size(), columns.size()) - 1,
                "the row has "
                    + r.fields().size()
                    + " fields; give each row the "
                    + columns.size()
                    + " columns of the header ("
                    + String.join(",", columns)
                    + "), quoting fields that contain commas"));
        continue;
      }
      Fields f = new Fields(r, columns);
      Integer n = turnOf(name, r, f.index("turn"), columns, problems);
      if (n == null) {
        continue;
      }
      Entry e =
          columns == LEGACY_COLUMNS
              ? legacyEntry(name, r, f, problems)
              : entry(name, r, f, givenIds, problems);
      if (e == null) {
        continue;
      }
      if (!e.turnTitle().isEmpty()) {
        turnTitles.putIfAbsent(n, e.turnTitle());
      }
      turns.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
    }
    if (!turns.isEmpty() && turns.firstKey() != 1) {
      Row first = turns.firstEntry().getValue().get(0).row();
      problems.add(
          first.at(
              name,
              columns,
              columns.indexOf("turn"),
              "the first turn is " + turns.firstKey() + "; number turns from 1"));
    }
    Integer previous = null;
    for (var e : turns.entrySet()) {
      if (previous != null && e.getKey() > previous + 1) {
        problems.add(
            e.getValue()
                .get(0)
                .row()
                .at(
                    name,
                    columns,
                    columns.indexOf("turn"),
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
    String yaml = yaml(id, name, schemaPath, turns, turnTitles);
    // the skeleton must load; what the row checks above cannot see (a feature that contradicts
    // another, say) is reported at the header, as a problem of the CSV
    List<Problem> check = new ScenarioLoader().problems(id + ".yaml", yaml);
    if (!check.isEmpty()) {
      throw new ScenarioException(
          check.stream()
              .map(
                  p ->
                      new Problem(
                          name,
                          header.line(),
                          1,
                          "the scenario this MSEL makes does not load: "
                              + p.message()
                              + "; correct the row it comes from"))
              .toList());
    }
    return yaml;
  }

  /** What one row of the MSEL becomes: an inject, a move, a question, or just its turn. */
  record Entry(
      Row row,
      String type,
      String turnTitle,
      String id,
      String title,
      String description,
      String actor,
      String kind,
      java.util.Map<String, List<String>> features,
      List<String> asserts,
      List<String> retracts,
      String expectedOutcome) {}

  /** A row's fields by column name. */
  private record Fields(Row row, List<String> columns) {
    int index(String column) {
      return columns.indexOf(column);
    }

    /** The field, stripped; empty when the header has no such column. */
    String get(String column) {
      int i = index(column);
      return i < 0 ? "" : row.fields().get(i).strip();
    }
  }

  private static Entry legacyEntry(String name, Row r, Fields f, List<Problem> problems) {
    String inject = f.get("inject");
    String actor = f.get("actor");
    String outcome = f.get("expected outcome");
    boolean onlyTurn =
        inject.isEmpty() && f.get("description").isEmpty() && actor.isEmpty() && outcome.isEmpty();
    int before = problems.size();
    if (!onlyTurn && inject.isEmpty()) {
      problems.add(
          r.at(
              name,
              f.columns(),
              f.index("inject"),
              "the inject column is empty; give the inject or move a title"));
    }
    checkActor(name, r, f, "actor", actor, problems);
    if (actor.isEmpty() && !outcome.isEmpty()) {
      problems.add(
          r.at(
              name,
              f.columns(),
              f.index("expected outcome"),
              "an expected outcome belongs to a move; give the row's actor, or move the text"
                  + " into the description"));
    }
    if (problems.size() > before) {
      return null;
    }
    String type = onlyTurn ? "turn" : actor.isEmpty() ? "inject" : "move";
    return new Entry(
        r,
        type,
        "",
        "",
        inject,
        f.get("description"),
        actor,
        DEFAULT_KIND,
        java.util.Map.of(),
        List.of(),
        List.of(),
        outcome);
  }

  private static Entry entry(
      String name, Row r, Fields f, Set<String> givenIds, List<Problem> problems) {
    int before = problems.size();
    String type = f.get("type").toLowerCase(Locale.ROOT);
    String from = f.get("from");
    String title = f.get("title");
    if (type.isEmpty()) {
      type =
          !from.isEmpty() && !from.equals(CONTROL) ? "move" : title.isEmpty() ? "turn" : "inject";
    }
    if (!TYPES.contains(type)) {
      problems.add(
          r.at(
              name,
              f.columns(),
              f.index("type"),
              "the type is '"
                  + type
                  + "'"
                  + Suggest.didYouMean(type, TYPES)
                  + "; write one of: "
                  + String.join(", ", TYPES)));
      return null;
    }
    if (!type.equals("turn") && title.isEmpty()) {
      problems.add(
          r.at(
              name,
              f.columns(),
              f.index("title"),
              "the title is empty; give the "
                  + type
                  + " its "
                  + (type.equals("question") ? "text" : "title")));
    }
    String outcome = f.get("expected outcome");
    if (!type.equals("move") && !outcome.isEmpty()) {
      problems.add(
          r.at(
              name,
              f.columns(),
              f.index("expected outcome"),
              "an expected outcome belongs to a move; make the row a move, or move the text into"
                  + " the description"));
    }
    String id = f.get("id");
    String kind = f.get("kind");
    java.util.Map<String, List<String>> features = java.util.Map.of();
    if (type.equals("move")) {
      if (from.isEmpty()) {
        problems.add(
            r.at(
                name,
                f.columns(),
                f.index("from"),
                "a move needs the actor that makes it under 'from'"));
      } else {
        checkActor(name, r, f, "from", from, problems);
      }
      if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]*")) {
        problems.add(
            r.at(
                name,
                f.columns(),
                f.index("id"),
                "the move id '"
                    + id
                    + "' is not kebab-case; use lower-case letters, digits and hyphens, e.g. '"
                    + SchemaCheck.slug(id)
                    + "', or leave it empty to make one from the title"));
      } else if (!id.isEmpty() && !givenIds.add(id)) {
        problems.add(
            r.at(
                name,
                f.columns(),
                f.index("id"),
                "the move id '" + id + "' is used twice; give each move its own id"));
      }
      if (kind.isEmpty()) {
        kind = DEFAULT_KIND;
      } else if (!Vocabulary.MOVE_KINDS.containsKey(kind)) {
        problems.add(
            r.at(
                name,
                f.columns(),
                f.index("kind"),
                "unknown move kind '"
                    + kind
                    + "'"
                    + Suggest.didYouMean(kind, Vocabulary.MOVE_KINDS.keySet())
                    + "; use one of: "
                    + String.join(", ", Vocabulary.MOVE_KINDS.keySet())));
      }
      features = features(name, r, f, problems);
    } else {
      for (String column : List.of("id", "kind", "features")) {
        if (!f.get(column).isEmpty()) {
          problems.add(
              r.at(
                  name,
                  f.columns(),
                  f.index(column),
                  "'" + column + "' belongs to a move; make the row a move, or leave it empty"));
        }
      }
    }
    List<String> asserts = facts(name, r, f, "asserts", type, problems);
    List<String> retracts = facts(name, r, f, "retracts", type, problems);
    if (problems.size() > before) {
      return null;
    }
    return new Entry(
        r,
        type,
        f.get("turn title"),
        id,
        title,
        f.get("description"),
        from,
        kind,
        features,
        asserts,
        retracts,
        outcome);
  }

  private static void checkActor(
      String name, Row r, Fields f, String column, String actor, List<Problem> problems) {
    if (!actor.isEmpty() && !ScenarioLoader.BUILT_IN_ACTORS.contains(actor)) {
      problems.add(
          r.at(
              name,
              f.columns(),
              f.index(column),
              "unknown actor '"
                  + actor
                  + "'"
                  + Suggest.didYouMean(actor, ScenarioLoader.BUILT_IN_ACTORS)
                  + "; use a built-in actor ("
                  + String.join(", ", ScenarioLoader.BUILT_IN_ACTORS)
                  + "), or leave it empty for an inject and add the actor to the YAML later"));
    }
  }

  /**
   * Features written {@code name=value, value; name=value}, each checked against the vocabulary.
   */
  private static java.util.Map<String, List<String>> features(
      String name, Row r, Fields f, List<Problem> problems) {
    java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    String text = f.get("features");
    if (text.isEmpty()) {
      return out;
    }
    for (String part : text.split(";")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      String feature = eq < 0 ? p : p.substring(0, eq).strip();
      List<String> values =
          eq < 0
              ? List.of()
              : java.util.Arrays.stream(p.substring(eq + 1).split(","))
                  .map(String::strip)
                  .filter(v -> !v.isEmpty())
                  .toList();
      String problem = null;
      if (eq < 0 || values.isEmpty()) {
        problem =
            "the feature '"
                + p
                + "' has no value; write name=value, or name=value, value for several, and separate"
                + " features with ';' (region=southeast-asia; joins=japan, australia)";
      } else if (!Vocabulary.FEATURES.containsKey(feature)) {
        problem =
            "unknown feature '"
                + feature
                + "'"
                + Suggest.didYouMean(feature, Vocabulary.FEATURES.keySet())
                + "; the features are: "
                + String.join(", ", new java.util.TreeSet<>(Vocabulary.FEATURES.keySet()));
      } else if (out.containsKey(feature)) {
        problem =
            "the feature '"
                + feature
                + "' is given twice; list its values once: "
                + feature
                + "=a, b";
      } else {
        java.util.Set<String> allowed = Vocabulary.FEATURES.get(feature);
        for (String v : values) {
          if (!allowed.isEmpty() && !allowed.contains(v)) {
            problem =
                "the feature '"
                    + feature
                    + "' does not take '"
                    + v
                    + "'"
                    + Suggest.didYouMean(v, allowed)
                    + "; use one of: "
                    + String.join(", ", new java.util.TreeSet<>(allowed));
            break;
          }
          if (allowed.isEmpty()
              && Vocabulary.ROLES.contains(feature)
              && !ScenarioLoader.BUILT_IN_ACTORS.contains(v)) {
            problem =
                "unknown actor '"
                    + v
                    + "'"
                    + Suggest.didYouMean(v, ScenarioLoader.BUILT_IN_ACTORS)
                    + " (the feature '"
                    + feature
                    + "' names actors); use a built-in actor";
            break;
          }
        }
      }
      if (problem != null) {
        problems.add(r.at(name, f.columns(), f.index("features"), problem));
      } else {
        out.put(feature, values);
      }
    }
    return out;
  }

  /** World facts separated by ';', each a fact id of the vocabulary or id=value. */
  private static List<String> facts(
      String name, Row r, Fields f, String column, String type, List<Problem> problems) {
    String text = f.get(column);
    if (text.isEmpty()) {
      return List.of();
    }
    if (!type.equals("inject")) {
      problems.add(
          r.at(
              name,
              f.columns(),
              f.index(column),
              "'" + column + "' belongs to an inject; make the row an inject, or leave it empty"));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : text.split(";")) {
      String fact = part.strip();
      if (fact.isEmpty()) {
        continue;
      }
      int eq = fact.indexOf('=');
      String factId = eq < 0 ? fact : fact.substring(0, eq).strip();
      if (!Vocabulary.WORLD_FACTS.containsKey(factId)) {
        problems.add(
            r.at(
                name,
                f.columns(),
                f.index(column),
                "unknown world fact '"
                    + factId
                    + "'"
                    + Suggest.didYouMean(factId, Vocabulary.WORLD_FACTS.keySet())
                    + "; separate facts with ';' and use the vocabulary's world facts"));
        continue;
      }
      out.add(fact);
    }
    return out;
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

  private static Integer turnOf(
      String name, Row r, int column, List<String> columns, List<Problem> problems) {
    String t = r.fields().get(column).strip();
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
            columns,
            column,
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
      String id,
      String name,
      String schemaPath,
      TreeMap<Integer, List<Entry>> turns,
      TreeMap<Integer, String> titles) {
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
        "A skeleton imported from an MSEL; check each move's kind and features, and add knobs.");
    ArrayNode ts = root.putArray("turns");
    Set<String> moveIds = new HashSet<>();
    for (List<Entry> entries : turns.values()) {
      for (Entry e : entries) {
        if (e.type().equals("move") && !e.id().isEmpty()) {
          moveIds.add(e.id());
        }
      }
    }
    for (var e : turns.entrySet()) {
      ObjectNode t = ts.addObject();
      t.put("turn", e.getKey());
      t.put("title", titles.getOrDefault(e.getKey(), "Turn " + e.getKey()));
      ArrayNode injects = mapper.createArrayNode();
      ArrayNode moves = mapper.createArrayNode();
      ArrayNode questions = mapper.createArrayNode();
      for (Entry r : e.getValue()) {
        switch (r.type()) {
          case "inject" -> {
            ObjectNode i = injects.addObject();
            i.put("title", r.title());
            if (!r.description().isEmpty()) {
              i.put("description", r.description());
            }
            if (!r.asserts().isEmpty()) {
              r.asserts().forEach(i.putArray("assert")::add);
            }
            if (!r.retracts().isEmpty()) {
              r.retracts().forEach(i.putArray("retract")::add);
            }
          }
          case "move" -> {
            ObjectNode m = moves.addObject();
            m.put("id", r.id().isEmpty() ? unique(SchemaCheck.slug(r.title()), moveIds) : r.id());
            m.put("actor", r.actor());
            m.put("kind", r.kind());
            m.put("title", r.title());
            if (!r.description().isEmpty()) {
              m.put("description", r.description());
            }
            if (!r.features().isEmpty()) {
              ObjectNode features = m.putObject("features");
              r.features()
                  .forEach(
                      (k, v) -> {
                        if (v.size() == 1) {
                          features.put(k, v.get(0));
                        } else {
                          v.forEach(features.putArray(k)::add);
                        }
                      });
            }
            if (!r.expectedOutcome().isEmpty()) {
              m.put("expectedOutcome", r.expectedOutcome());
            }
          }
          case "question" -> questions.add(r.title());
          default -> {
            // a turn's own row: the turn is there already
          }
        }
      }
      if (!injects.isEmpty()) {
        t.set("injects", injects);
      }
      if (!moves.isEmpty()) {
        t.set("moves", moves);
      }
      if (!questions.isEmpty()) {
        t.set("questions", questions);
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
    Problem at(String file, List<String> header, int field, String message) {
      int f = Math.max(0, Math.min(field, columns.size() - 1));
      String col =
          field >= 0 && field < header.size() ? " (column '" + header.get(field) + "')" : "";
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
