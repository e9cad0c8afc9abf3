package tabletop.scenarios.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import tabletop.engine.model.Direction;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.Expectation;
import tabletop.engine.scenario.Inject;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.KnobEffect;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;
import tabletop.scenarios.dto.ScenarioFile;

/**
 * Reads a scenario file (YAML or JSON) into an engine {@link Scenario}. Strict: unknown fields are
 * refused, sizes and alias counts are limited, and every problem comes back with file, line and
 * column. Nothing is returned unless the whole file is good.
 */
public final class ScenarioLoader {
  /** Largest scenario file accepted, in bytes. */
  public static final long MAX_BYTES = 1_000_000;

  private final ObjectMapper yaml;

  public ScenarioLoader() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(40);
    options.setCodePointLimit((int) MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    yaml =
        new ObjectMapper(factory)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  /** Loads and checks a scenario file. */
  public Scenario load(Path path) throws ScenarioException {
    String name = path.toString();
    String text = read(path);
    return parse(name, text);
  }

  /** Parses scenario text; {@code name} is used in messages. */
  public Scenario parse(String name, String text) throws ScenarioException {
    if (text.isBlank()) {
      throw new ScenarioException(
          new Problem(
              name, 1, 1, "the file is empty; a scenario needs at least id, title and turns"));
    }
    ScenarioFile file;
    try {
      file = yaml.readValue(text, ScenarioFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ScenarioException(
          at(
              name,
              e.getLocation(),
              "unknown field '"
                  + e.getPropertyName()
                  + "'"
                  + tabletop.engine.scenario.Suggest.didYouMean(
                      e.getPropertyName(),
                      e.getKnownPropertyIds().stream().map(Object::toString).toList())
                  + "; allowed here: "
                  + String.join(
                      ", ",
                      e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList())));
    } catch (JsonProcessingException e) {
      throw new ScenarioException(at(name, e.getLocation(), plain(e)));
    } catch (RuntimeException e) {
      // SnakeYAML limits (aliases, depth, size) surface as runtime exceptions
      throw new ScenarioException(
          new Problem(name, 0, 0, "cannot read the file: " + firstLine(e.getMessage())));
    }
    if (file == null) {
      throw new ScenarioException(
          new Problem(name, 1, 1, "the file holds no scenario; start it with 'id:'"));
    }
    return toScenario(name, file);
  }

  private static String read(Path path) throws ScenarioException {
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
      byte[] bytes = Files.readAllBytes(path);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ScenarioException(
          new Problem(name, 0, 0, "the file is not UTF-8 text; save it as UTF-8"));
    } catch (IOException e) {
      throw new ScenarioException(
          new Problem(name, 0, 0, "cannot read the file: " + e.getMessage()));
    }
  }

  private static Problem at(String name, JsonLocation loc, String message) {
    if (loc == null) {
      return new Problem(name, 0, 0, message);
    }
    return new Problem(name, loc.getLineNr(), loc.getColumnNr(), message);
  }

  private static String plain(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    return firstLine(m == null ? e.getClass().getSimpleName() : m);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // ---- mapping ----------------------------------------------------------------------------------

  private static Scenario toScenario(String name, ScenarioFile f) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    if (f.id() == null || f.id().isBlank()) {
      problems.add(
          new Problem(name, 1, 1, "missing 'id': give the scenario a short kebab-case id"));
    }
    if (f.turns() == null || f.turns().isEmpty()) {
      problems.add(new Problem(name, 1, 1, "missing 'turns': a scenario needs at least one turn"));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    List<ActorSpec> actors = new ArrayList<>();
    for (ScenarioFile.ActorDto a : list(f.actors())) {
      actors.add(
          new ActorSpec(
              a.id(),
              a.name() == null ? a.id() : a.name(),
              list(a.memberships()),
              map(a.concerns()),
              map(a.interests()),
              map(a.positions())));
    }
    List<Knob> knobs = new ArrayList<>();
    for (ScenarioFile.KnobDto k : list(f.knobs())) {
      List<KnobEffect> effects = new ArrayList<>();
      for (ScenarioFile.EffectDto e : list(k.sets())) {
        effects.add(new KnobEffect(e.world(), e.move(), e.feature()));
      }
      Knob.Type type =
          k.type() == null
              ? Knob.Type.CHOICE
              : Knob.Type.valueOf(k.type().toUpperCase(Locale.ROOT));
      knobs.add(
          new Knob(
              k.name(),
              type,
              defaultText(k.defaultValue()),
              list(k.values()),
              k.min(),
              k.max(),
              k.description() == null ? "" : k.description(),
              effects));
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
                m.expectedOutcome()));
      }
      turns.add(
          new TurnSpec(
              t.turn() == null ? turns.size() + 1 : t.turn(),
              t.title() == null ? "Turn " + t.turn() : t.title(),
              injects,
              moves,
              list(t.questions())));
    }
    List<Expectation> expectations = new ArrayList<>();
    for (ScenarioFile.ExpectationDto x : list(f.expectations())) {
      Map<String, String> xk = new LinkedHashMap<>();
      map(x.knobs()).forEach((k, v) -> xk.put(k, defaultText(v)));
      List<Direction> dirs = new ArrayList<>();
      for (String d : list(x.direction())) {
        dirs.add(Direction.parse(d).orElseThrow());
      }
      expectations.add(
          new Expectation(
              x.actor(), x.move(), x.turn() == null ? 0 : x.turn(), xk, dirs, x.because()));
    }
    return new Scenario(
        f.id(),
        f.title() == null ? f.id() : f.title(),
        f.summary() == null ? "" : f.summary(),
        f.briefing() == null ? "" : f.briefing(),
        list(f.sources()),
        list(f.world()),
        actors,
        knobs,
        turns,
        expectations);
  }

  private static List<String> values(Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(v));
  }

  private static String defaultText(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof List<?> l) {
      return String.join(",", l.stream().map(String::valueOf).toList());
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
