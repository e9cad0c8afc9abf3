package tabletop.scenarios.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tabletop.engine.model.Direction;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.Exercise;
import tabletop.engine.scenario.Expectation;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.KnobEffect;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Recorded;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.scenarios.dto.ScenarioFile;

/**
 * Reads a scenario file (YAML or JSON) into an engine {@link Scenario}, in four stages: the text
 * into a tree with the location of every node ({@link LocatedTree}: no type tags, no aliases,
 * limited size and depth, duplicate keys refused), the tree against the published JSON Schema, the
 * tree into plain DTO records (unknown fields refused), and the DTOs through the semantic checks
 * (every actor, word and reference known). Every problem of a stage comes back at once, each with
 * file, line and column; nothing is returned unless the whole file is good.
 */
public final class ScenarioLoader {
  /** Largest scenario file accepted, in bytes. */
  public static final long MAX_BYTES = 1_000_000;

  /** Actors the knowledge base defines; a scenario may use them without defining them. */
  public static final List<String> BUILT_IN_ACTORS =
      List.of(
          "nato",
          "united-states",
          "australia",
          "japan",
          "republic-of-korea",
          "new-zealand",
          "china",
          "russia",
          "ukraine",
          "southeast-asian-host",
          "wary-indo-pacific-states");

  /**
   * The mappers every loader shares (a configured mapper is safe across threads), made on the first
   * load rather than with each loader: a loader exists from the shell's start, a load comes later.
   */
  private static final class Mappers {
    static final ObjectMapper STRICT =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static final ObjectMapper LENIENT =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  /**
   * Whether a file's id must equal its file name, the rule of the library folder (see {@link
   * ScenarioLibrary}); a file given by path elsewhere may carry any id.
   */
  private final boolean idMustMatchFileName;

  /** A loader for any scenario file: the id need not equal the file name. */
  public ScenarioLoader() {
    this(false);
  }

  private ScenarioLoader(boolean idMustMatchFileName) {
    this.idMustMatchFileName = idMustMatchFileName;
  }

  /**
   * A loader for files of the library folder: the same checks, and also that the id equals the file
   * name ({@code coe-southeast-asia.yaml} holds {@code id: coe-southeast-asia}), since the library
   * finds scenarios by file name. {@link ScenarioLibrary} uses it for the files in its folder.
   */
  public ScenarioLoader forLibraryFiles() {
    return idMustMatchFileName ? this : new ScenarioLoader(true);
  }

  /** Whether this loader requires a file's id to equal its file name. */
  public boolean requiresIdMatchingFileName() {
    return idMustMatchFileName;
  }

  /** Loads and checks a scenario file. */
  public Scenario load(Path path) throws ScenarioException {
    String name = path.toString();
    return parse(name, read(path));
  }

  /**
   * Parses scenario text; {@code name} is used in messages, and its extension picks the format
   * (.json for JSON, anything else YAML).
   */
  public Scenario parse(String name, String text) throws ScenarioException {
    Found found = new Found();
    ScenarioFile file = check(name, text, found);
    if (file == null || !found.isEmpty()) {
      throw new ScenarioException(found.ordered());
    }
    return toScenario(file);
  }

  /**
   * Every problem of a file, most useful first (see {@link #problems(String, String)}); empty when
   * it loads. Never throws.
   */
  public List<Problem> problems(Path path) {
    try {
      return problems(path.toString(), read(path));
    } catch (ScenarioException e) {
      return e.problems();
    }
  }

  /**
   * Every problem of scenario text; empty when it loads. Never throws. The problems come most
   * useful first, since a terminal may show only the first: syntax problems (duplicate keys, tabs,
   * broken YAML), then unknown fields (usually typos, with a suggestion), then wrong values and
   * unknown words, and last missing fields, which are often the consequence of a typo; within each
   * group, by position. A missing field that an unknown field's suggestion names at the same level
   * ({@code titel:} for {@code title:}) is not reported: the typo explains it.
   */
  public List<Problem> problems(String name, String text) {
    Found found = new Found();
    check(name, text, found);
    return found.ordered();
  }

  /** The problems found, in the groups that set their order. */
  private static final class Found {
    final List<Problem> syntax = new ArrayList<>();
    final List<Problem> unknownFields = new ArrayList<>();
    final List<Problem> values = new ArrayList<>();
    final List<Problem> missing = new ArrayList<>();

    boolean isEmpty() {
      return syntax.isEmpty() && unknownFields.isEmpty() && values.isEmpty() && missing.isEmpty();
    }

    List<Problem> ordered() {
      List<Problem> out = new ArrayList<>();
      for (List<Problem> group : List.of(syntax, unknownFields, values, missing)) {
        out.addAll(sorted(group));
      }
      return out;
    }
  }

  private ScenarioFile check(String name, String text, Found found) {
    LocatedTree tree = LocatedTree.read(name, text, found.syntax);
    if (!tree.checkable()) {
      return null;
    }
    SchemaCheck.Result schema = SchemaCheck.check(name, tree);
    found.unknownFields.addAll(schema.unknownFields());
    found.values.addAll(schema.values());
    found.missing.addAll(schema.missing());
    List<Problem> problems = found.values;
    if (!found.isEmpty()) {
      // still look for the semantic problems, so the author sees them all in one go: read what
      // can be read, skipping unknown fields; a wrong type stops this best-effort pass
      try {
        ScenarioFile partial = Mappers.LENIENT.treeToValue(tree.root(), ScenarioFile.class);
        SemanticCheck.check(
            name,
            tree,
            partial,
            idMustMatchFileName,
            rosterActors(partial, new ArrayList<>()),
            problems);
      } catch (IOException | RuntimeException e) {
        // the schema problems already say what to fix
      }
      return null;
    }
    ScenarioFile file;
    try {
      file = Mappers.STRICT.treeToValue(tree.root(), ScenarioFile.class);
    } catch (JsonMappingException e) {
      // the schema admits only what the DTOs read, so this is a safety net
      LocatedTree.Loc l = tree.valueAt(pointer(e));
      problems.add(
          new Problem(
              name,
              l.line(),
              l.column(),
              LocatedTree.firstLine(e.getOriginalMessage())
                  + "; compare the field with scenarios/schema/scenario.schema.json"));
      return null;
    } catch (IOException e) {
      problems.add(
          new Problem(
              name,
              1,
              1,
              "cannot read the scenario ("
                  + LocatedTree.plain(e.getMessage())
                  + "); compare it with scenarios/schema/scenario.schema.json"));
      return null;
    }
    SemanticCheck.check(
        name, tree, file, idMustMatchFileName, rosterActors(file, problems), problems);
    return file;
  }

  /**
   * The ids of the actors the file's rosters bring; a roster's own problems (a fault of the roster
   * file, not of the scenario) are added, located in the roster file.
   */
  private static java.util.Set<String> rosterActors(ScenarioFile f, List<Problem> problems) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (String r : list(f.rosters())) {
      if (r == null || !Rosters.IDS.contains(r)) {
        continue; // the schema names the rosters there are
      }
      Rosters.Loaded l = Rosters.load(r);
      problems.addAll(l.problems());
      l.actors().forEach(a -> ids.add(a.id()));
    }
    return ids;
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      b.append('/')
          .append(
              r.getFieldName() != null
                  ? LocatedTree.escape(r.getFieldName())
                  : String.valueOf(r.getIndex()));
    }
    return b.toString();
  }

  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return out;
  }

  /** Reads a file as UTF-8 text, refusing missing, oversized and non-UTF-8 files. */
  static String read(Path path) throws ScenarioException {
    String name = path.toString();
    try {
      if (!Files.isRegularFile(path)) {
        throw new ScenarioException(
            new Problem(name, 0, 0, "no such file; check the path or use a scenario id"));
      }
      if (Files.size(path) > MAX_BYTES) {
        throw new ScenarioException(
            new Problem(
                name, 0, 0, "the file is larger than " + MAX_BYTES / 1000 + " kB; split it up"));
      }
      return decode(name, Files.readAllBytes(path));
    } catch (IOException e) {
      throw new ScenarioException(
          new Problem(
              name, 0, 0, "cannot read the file (" + e.getMessage() + "); check its permissions"));
    }
  }

  /**
   * UTF-8 bytes as text; bytes that are not UTF-8 are refused at the line and column where the
   * first of them stands.
   */
  static String decode(String name, byte[] bytes) throws ScenarioException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      LocatedTree.Loc at = LocatedTree.locate(out, out.length());
      throw new ScenarioException(
          new Problem(
              name,
              at.line(),
              at.column(),
              "the file is not UTF-8 text from here on (it may be binary, or saved in another"
                  + " encoding); save it as UTF-8"));
    }
    out.flip();
    return out.toString();
  }

  // ---- mapping ----------------------------------------------------------------------------------

  private static Scenario toScenario(ScenarioFile f) {
    // the rosters' actors first, each with the scenario's entry for it over it; then the rest
    Map<String, ScenarioFile.ActorDto> own = new LinkedHashMap<>();
    list(f.actors()).forEach(a -> own.put(a.id(), a));
    List<ScenarioFile.ActorDto> entries = new ArrayList<>();
    Map<String, String> rosterOf = new LinkedHashMap<>();
    for (String r : list(f.rosters())) {
      for (ScenarioFile.ActorDto a : Rosters.load(r).actors()) {
        if (rosterOf.putIfAbsent(a.id(), r) == null) {
          ScenarioFile.ActorDto adjust = own.remove(a.id());
          entries.add(adjust == null ? a : Rosters.merge(a, adjust));
        }
      }
    }
    entries.addAll(own.values());
    List<ActorSpec> actors = new ArrayList<>();
    for (ScenarioFile.ActorDto a : entries) {
      List<String> sources = list(a.sources());
      String basis =
          !sources.isEmpty()
              ? String.join("; ", sources)
              : a.capability() != null || a.salience() != null
                  ? "assumption (the author's judgement)"
                  : "";
      actors.add(
          new ActorSpec(
              a.id(),
              a.name() == null ? a.id() : a.name(),
              list(a.memberships()),
              map(a.concerns()),
              map(a.interests()),
              map(a.positions()),
              list(a.relations()).stream()
                  .map(
                      r ->
                          new ActorSpec.RelationSpec(
                              r.with(),
                              r.kind(),
                              r.strength(),
                              r.mutual() == null || r.mutual(),
                              r.confidence() == null ? 0.5 : r.confidence()))
                  .toList(),
              a.capability(),
              map(a.salience()),
              basis,
              a.confidence(),
              rosterOf.get(a.id()),
              list(a.redLines())));
    }
    List<Knob> knobs = new ArrayList<>();
    for (ScenarioFile.KnobDto k : list(f.knobs())) {
      List<KnobEffect> effects = new ArrayList<>();
      for (ScenarioFile.EffectDto e : list(k.sets())) {
        effects.add(new KnobEffect(e.world(), e.move(), e.feature()));
      }
      knobs.add(
          new Knob(
              k.name(),
              Knob.Type.valueOf(k.type().toUpperCase(Locale.ROOT)),
              text(k.defaultValue()),
              list(k.values()),
              k.min(),
              k.max(),
              k.description() == null ? "" : k.description(),
              effects,
              Boolean.TRUE.equals(k.negotiable())));
    }
    List<TurnSpec> turns = new ArrayList<>();
    for (ScenarioFile.TurnDto t : list(f.turns())) {
      List<Inject> injects = new ArrayList<>();
      for (ScenarioFile.InjectDto i : list(t.injects())) {
        injects.add(
            new Inject(
                i.title(),
                i.description() == null ? "" : i.description(),
                list(i.asserts()),
                list(i.retracts())));
      }
      List<MoveSpec> moves = new ArrayList<>();
      for (ScenarioFile.MoveDto m : list(t.moves())) {
        Map<String, List<String>> features = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(m.features()).entrySet()) {
          features.put(e.getKey(), values(e.getValue()));
        }
        moves.add(
            new MoveSpec(
                m.id(),
                m.actor(),
                m.kind(),
                m.title() == null ? m.id() : m.title(),
                m.description() == null ? "" : m.description(),
                features,
                m.expectedOutcome() == null ? "" : m.expectedOutcome()));
      }
      turns.add(
          new TurnSpec(
              t.turn(),
              t.title() == null ? "Turn " + t.turn() : t.title(),
              injects,
              moves,
              list(t.questions())));
    }
    List<Expectation> expectations = new ArrayList<>();
    for (ScenarioFile.ExpectationDto x : list(f.expectations())) {
      Map<String, String> xk = new LinkedHashMap<>();
      map(x.knobs()).forEach((k, v) -> xk.put(k, text(v)));
      List<Direction> dirs = new ArrayList<>();
      for (String d : list(x.direction())) {
        dirs.add(Direction.parse(d).orElseThrow());
      }
      expectations.add(
          new Expectation(
              x.actor(),
              x.move(),
              x.turn() == null ? 0 : x.turn(),
              xk,
              dirs,
              list(x.outcome()),
              x.because() == null ? "" : x.because()));
    }
    return new Scenario(
        f.id(),
        f.title(),
        f.summary() == null ? "" : f.summary(),
        f.briefing() == null ? "" : f.briefing(),
        list(f.sources()),
        list(f.world()),
        actors,
        knobs,
        turns,
        expectations,
        f.caseInfo() == null ? null : f.caseInfo().date(),
        list(f.record()).stream()
            .map(
                r ->
                    new Recorded(
                        r.actor(),
                        r.move(),
                        r.turn() == null ? 1 : r.turn(),
                        Direction.valueOf(r.direction()),
                        r.source(),
                        r.evidence() == null ? "" : r.evidence()))
            .toList(),
        exercise(f.exercise()));
  }

  private static Exercise exercise(ScenarioFile.ExerciseDto e) {
    if (e == null) {
      return Exercise.NONE;
    }
    return new Exercise(
        list(e.objectives()),
        list(e.teams()).stream()
            .map(t -> new Exercise.Team(t.id(), t.name(), list(t.plays()), t.objective()))
            .toList(),
        e.date(),
        e.location());
  }

  /** One or more values as a list of text. */
  static List<String> values(Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(v));
  }

  /** A knob value as the text the engine's knob resolution reads: lists joined by commas. */
  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof List<?> l) {
      return String.join(",", l.stream().map(String::valueOf).toList());
    }
    if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return String.valueOf(d.longValue());
    }
    return String.valueOf(v);
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static <K, V> Map<K, V> map(Map<K, V> m) {
    return m == null ? Map.of() : m;
  }
}
