package tabletop.scenarios.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tabletop.scenarios.dto.ScenarioFile;
import tabletop.scenarios.dto.ScenarioFile.ActorDto;
import tabletop.scenarios.dto.ScenarioFile.RelationDto;

/**
 * Rosters: files of actors that ship with tabletop ({@code scenarios/rosters/*.yaml}, on the
 * classpath under {@code tabletop/scenarios/rosters/}) and that a scenario uses by id under {@code
 * rosters:} instead of copying them. A roster is checked as strictly as a scenario, each problem at
 * its line and column in the roster file; a scenario's own entry with a roster actor's id adjusts
 * that actor (see {@link #merge}).
 */
public final class Rosters {
  private Rosters() {}

  /** The rosters there are, by id; the schema's enum of {@code rosters:} lists the same. */
  public static final List<String> IDS = List.of("nato-allies", "asean-states");

  private static final String FOLDER = "/tabletop/scenarios/rosters/";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();

  /** A roster as read: its file's content when it is good, and its problems, else empty. */
  public record Loaded(
      String id, String file, ScenarioFile.RosterFile roster, List<Problem> problems) {
    public Loaded {
      problems = List.copyOf(problems);
    }

    /** The roster's actors; none when it has problems. */
    public List<ActorDto> actors() {
      return roster == null || !problems.isEmpty() ? List.of() : roster.actors();
    }
  }

  /** The file name a roster's problems are reported under. */
  public static String file(String id) {
    return "scenarios/rosters/" + id + ".yaml";
  }

  /** Reads and checks a roster (once: rosters are part of tabletop, not of a session). */
  public static Loaded load(String id) {
    return CACHE.computeIfAbsent(id, Rosters::read);
  }

  private static Loaded read(String id) {
    String name = file(id);
    List<Problem> problems = new ArrayList<>();
    String text;
    try (InputStream in = Rosters.class.getResourceAsStream(FOLDER + id + ".yaml")) {
      if (in == null) {
        problems.add(
            new Problem(name, 0, 0, "no such roster; use one of: " + String.join(", ", IDS)));
        return new Loaded(id, name, null, problems);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(new Problem(name, 0, 0, "cannot read the roster (" + e.getMessage() + ")"));
      return new Loaded(id, name, null, problems);
    }
    return parse(id, name, text);
  }

  /** Checks roster text; {@code name} names it in problems. */
  static Loaded parse(String id, String name, String text) {
    List<Problem> problems = new ArrayList<>();
    LocatedTree tree = LocatedTree.read(name, text, problems);
    if (!tree.checkable()) {
      return new Loaded(id, name, null, problems);
    }
    SchemaCheck.Result schema = SchemaCheck.checkRoster(name, tree);
    problems.addAll(schema.unknownFields());
    problems.addAll(schema.values());
    problems.addAll(schema.missing());
    if (!problems.isEmpty()) {
      return new Loaded(id, name, null, problems);
    }
    ScenarioFile.RosterFile roster;
    try {
      roster = MAPPER.treeToValue(tree.root(), ScenarioFile.RosterFile.class);
    } catch (IOException e) {
      problems.add(
          new Problem(
              name,
              1,
              1,
              "cannot read the roster ("
                  + LocatedTree.plain(e.getMessage())
                  + "); compare it with scenarios/schema/roster.schema.json"));
      return new Loaded(id, name, null, problems);
    }
    if (!id.equals(roster.id())) {
      LocatedTree.Loc l = tree.valueAt("/id");
      problems.add(
          new Problem(
              name,
              l.line(),
              l.column(),
              "the id '" + roster.id() + "' differs from the file name; write 'id: " + id + "'"));
    }
    // the actors are checked as a scenario's are: words, relations, sources
    ScenarioFile asScenario =
        new ScenarioFile(
            null,
            roster.id(),
            roster.title(),
            roster.summary(),
            null,
            roster.sources(),
            null,
            null,
            roster.actors(),
            null,
            null,
            null,
            null,
            null,
            null);
    SemanticCheck.check(name, tree, asScenario, false, problems);
    return new Loaded(id, name, roster, problems);
  }

  /**
   * A roster's actor with a scenario's entry for the same id over it: each field the entry names
   * replaces the roster's (each weight, salience and relation one by one), the rest stays.
   */
  static ActorDto merge(ActorDto roster, ActorDto scenario) {
    Map<String, RelationDto> relations = new LinkedHashMap<>();
    for (RelationDto r : list(roster.relations())) {
      relations.put(r.with(), r);
    }
    for (RelationDto r : list(scenario.relations())) {
      relations.put(r.with(), r);
    }
    return new ActorDto(
        roster.id(),
        scenario.name() != null ? scenario.name() : roster.name(),
        scenario.memberships() != null ? scenario.memberships() : roster.memberships(),
        over(roster.concerns(), scenario.concerns()),
        over(roster.interests(), scenario.interests()),
        over(roster.positions(), scenario.positions()),
        new ArrayList<>(relations.values()),
        scenario.capability() != null ? scenario.capability() : roster.capability(),
        over(roster.salience(), scenario.salience()),
        scenario.sources() != null ? scenario.sources() : roster.sources(),
        scenario.confidence() != null ? scenario.confidence() : roster.confidence(),
        scenario.redLines() != null ? scenario.redLines() : roster.redLines());
  }

  private static Map<String, Double> over(Map<String, Double> base, Map<String, Double> top) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (base != null) {
      out.putAll(base);
    }
    if (top != null) {
      out.putAll(top);
    }
    return out;
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
