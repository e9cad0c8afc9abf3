package tabletop.scenarios.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tabletop.engine.model.Vocabulary;
import tabletop.engine.scenario.Knob;
import tabletop.engine.scenario.KnobValues;
import tabletop.engine.scenario.Suggest;
import tabletop.scenarios.dto.ScenarioFile;
import tabletop.scenarios.dto.ScenarioFile.ActorDto;
import tabletop.scenarios.dto.ScenarioFile.EffectDto;
import tabletop.scenarios.dto.ScenarioFile.ExpectationDto;
import tabletop.scenarios.dto.ScenarioFile.InjectDto;
import tabletop.scenarios.dto.ScenarioFile.KnobDto;
import tabletop.scenarios.dto.ScenarioFile.MoveDto;
import tabletop.scenarios.dto.ScenarioFile.TurnDto;

/**
 * The checks a schema cannot make: every actor, word and reference a scenario uses must be known
 * (to the knowledge base's {@link Vocabulary}, read at run time, or to the file itself), ids must
 * be unique, knob defaults must be allowed values, turns must run 1, 2, 3… with no gap and sources
 * must be article paragraphs or plain text (see {@link SourceCheck}). Runs on a file the schema
 * accepted, and reports every problem, each at its place in the file.
 */
final class SemanticCheck {
  /** Features whose values name actors rather than words of the vocabulary. */
  private static final Set<String> ACTOR_FEATURES = Vocabulary.ROLES;

  private final String name;
  private final LocatedTree tree;
  private final List<Problem> problems;
  private final Set<String> actors = new LinkedHashSet<>(ScenarioLoader.BUILT_IN_ACTORS);
  private final Set<String> moves = new LinkedHashSet<>();

  /** The turn each move of the file is tabled in, where the turn has a number. */
  private final Map<String, Integer> tabledIn = new HashMap<>();

  /** The file's last turn, or 0 when no turn has a number. */
  private int lastTurn;

  private final Map<String, KnobDto> knobs = new HashMap<>();

  private SemanticCheck(String name, LocatedTree tree, List<Problem> problems) {
    this.name = name;
    this.tree = tree;
    this.problems = problems;
  }

  /**
   * Adds the semantic problems of {@code f} to {@code problems}; {@code idMustMatchFileName} adds
   * the library's rule that the id equals the file name.
   */
  static void check(
      String name,
      LocatedTree tree,
      ScenarioFile f,
      boolean idMustMatchFileName,
      List<Problem> problems) {
    check(name, tree, f, idMustMatchFileName, Set.of(), problems);
  }

  /**
   * As {@link #check(String, LocatedTree, ScenarioFile, boolean, List)}, with {@code rosterActors}
   * the ids of the actors the scenario's rosters bring: known, as built-in actors are.
   */
  static void check(
      String name,
      LocatedTree tree,
      ScenarioFile f,
      boolean idMustMatchFileName,
      Set<String> rosterActors,
      List<Problem> problems) {
    SemanticCheck c = new SemanticCheck(name, tree, problems);
    c.actors.addAll(rosterActors);
    c.run(f, idMustMatchFileName);
  }

  private void run(ScenarioFile f, boolean idMustMatchFileName) {
    if (idMustMatchFileName) {
      checkFileName(f.id());
    }
    checkActors(list(f.actors()));
    collectMoves(list(f.turns()));
    checkWorld("/world", list(f.world()));
    checkKnobs(list(f.knobs()));
    checkTurns(list(f.turns()));
    checkExpectations(list(f.expectations()), list(f.turns()));
    List<String> sources = list(f.sources());
    for (int i = 0; i < sources.size(); i++) {
      String bad = SourceCheck.problem(sources.get(i));
      if (bad != null) {
        add("/sources/" + i, bad);
      }
    }
    checkRecord(list(f.record()));
    checkExercise(f.exercise());
  }

  /** Team ids are unique; each team plays known actors, and no actor is played by two teams. */
  private void checkExercise(ScenarioFile.ExerciseDto e) {
    if (e == null) {
      return;
    }
    List<ScenarioFile.TeamDto> teams = list(e.teams());
    Map<String, Integer> ids = new HashMap<>();
    Map<String, String> playedBy = new HashMap<>();
    for (int i = 0; i < teams.size(); i++) {
      ScenarioFile.TeamDto t = teams.get(i);
      String at = "/exercise/teams/" + i;
      if (t == null) {
        continue;
      }
      if (t.id() != null) {
        Integer first = ids.putIfAbsent(t.id(), i);
        if (first != null) {
          add(
              at + "/id",
              "the team id '"
                  + t.id()
                  + "' is used twice (first at team "
                  + (first + 1)
                  + "); give each team its own id");
        }
      }
      List<String> plays = list(t.plays());
      for (int j = 0; j < plays.size(); j++) {
        String actor = plays.get(j);
        if (actor == null) {
          continue;
        }
        if (!actors.contains(actor)) {
          add(at + "/plays/" + j, unknownActor(actor));
          continue;
        }
        String other = playedBy.putIfAbsent(actor, t.id());
        if (other != null && !other.equals(t.id())) {
          add(
              at + "/plays/" + j,
              "the actor '"
                  + actor
                  + "' is played by team '"
                  + other
                  + "' already; a team decides an actor's reaction, so give each actor one team");
        }
      }
    }
  }

  private void checkFileName(String id) {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      return;
    }
    String file = name.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1);
    String lower = file.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".yaml", ".yml", ".json")) {
      if (lower.endsWith(ext)) {
        String stem = file.substring(0, file.length() - ext.length());
        if (!stem.equals(id)) {
          add(
              "/id",
              "the id '"
                  + id
                  + "' differs from the file name '"
                  + file
                  + "'; in the library folder the file name is the id, so rename the file to '"
                  + id
                  + ext
                  + "' or set 'id: "
                  + stem
                  + "'");
        }
      }
    }
  }

  private void checkActors(List<ActorDto> defined) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < defined.size(); i++) {
      ActorDto a = defined.get(i);
      String at = "/actors/" + i;
      if (a == null || a.id() == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(a.id(), i);
      if (first != null) {
        add(
            at + "/id",
            "the actor '"
                + a.id()
                + "' is defined twice (also at line "
                + tree.valueAt("/actors/" + first).line()
                + "); merge the two entries");
      }
      actors.add(a.id());
      List<String> sources = list(a.sources());
      for (int k = 0; k < sources.size(); k++) {
        String bad = SourceCheck.problem(sources.get(k));
        if (bad != null) {
          add(at + "/sources/" + k, bad);
        }
      }
      checkTypes(at + "/concerns", a.concerns(), "concern");
      checkTypes(at + "/interests", a.interests(), "interest");
      checkTypes(at + "/positions", a.positions(), "position");
      List<String> lines = list(a.redLines());
      for (int k = 0; k < lines.size(); k++) {
        String type = lines.get(k);
        if (type != null
            && (!Vocabulary.TYPES.containsKey(type) || Vocabulary.ROLE_TYPES.contains(type))) {
          add(
              at + "/redLines/" + k,
              "unknown red line '"
                  + type
                  + "'"
                  + Suggest.didYouMean(type, Vocabulary.TYPES.keySet())
                  + "; a red line is a concern type a move can touch (see 'Concern and interest"
                  + " types' in scenarios/README.md)");
        }
      }
    }
    for (int i = 0; i < defined.size(); i++) {
      ActorDto a = defined.get(i);
      if (a == null || a.relations() == null) {
        continue;
      }
      for (int r = 0; r < a.relations().size(); r++) {
        ScenarioFile.RelationDto rel = a.relations().get(r);
        String rat = "/actors/" + i + "/relations/" + r;
        if (rel == null || rel.with() == null) {
          continue;
        }
        if (!actors.contains(rel.with())) {
          add(rat + "/with", unknownActor(rel.with()));
        } else if (rel.with().equals(a.id())) {
          add(rat + "/with", "an actor has no relation to itself; name another actor");
        }
      }
    }
  }

  private void checkRecord(List<ScenarioFile.RecordedDto> record) {
    for (int i = 0; i < record.size(); i++) {
      ScenarioFile.RecordedDto r = record.get(i);
      String at = "/record/" + i;
      if (r == null) {
        continue;
      }
      if (r.actor() != null && !actors.contains(r.actor())) {
        add(at + "/actor", unknownActor(r.actor()));
      }
      if (r.move() != null && !moves.contains(r.move())) {
        add(
            at + "/move",
            "unknown move '"
                + r.move()
                + "'"
                + Suggest.didYouMean(r.move(), moves)
                + "; a recorded reaction names a move of this file");
      }
      Integer tabled = r.move() == null ? null : tabledIn.get(r.move());
      if (r.turn() != null && tabled != null && r.turn() < tabled) {
        add(
            at + "/turn",
            "turn "
                + r.turn()
                + " is before '"
                + r.move()
                + "' is tabled (turn "
                + tabled
                + "); record the reaction in turn "
                + tabled
                + " or later");
      } else if (r.turn() != null && lastTurn > 0 && r.turn() > lastTurn) {
        add(
            at + "/turn",
            "turn "
                + r.turn()
                + " is after the scenario's last turn ("
                + lastTurn
                + "); record the reaction in a turn the scenario plays");
      }
      String badSource = SourceCheck.problem(r.source());
      if (badSource != null) {
        add(at + "/source", badSource);
      }
    }
  }

  private void checkTypes(String at, Map<String, Double> weights, String what) {
    if (weights == null) {
      return;
    }
    for (String type : weights.keySet()) {
      if (!Vocabulary.TYPES.containsKey(type)) {
        addKey(
            at + "/" + LocatedTree.escape(type),
            "unknown "
                + what
                + " type '"
                + type
                + "'"
                + Suggest.didYouMean(type, Vocabulary.TYPES.keySet())
                + "; use a type from the vocabulary (see 'Concern and interest types' in"
                + " scenarios/README.md)");
      }
    }
  }

  private void collectMoves(List<TurnDto> turns) {
    Map<String, String> seen = new HashMap<>();
    for (int t = 0; t < turns.size(); t++) {
      Integer number = turns.get(t) == null ? null : turns.get(t).turn();
      if (number != null) {
        lastTurn = Math.max(lastTurn, number);
      }
      List<MoveDto> ms = turns.get(t) == null ? List.of() : list(turns.get(t).moves());
      for (int m = 0; m < ms.size(); m++) {
        String id = ms.get(m) == null ? null : ms.get(m).id();
        if (id == null) {
          continue;
        }
        String at = "/turns/" + t + "/moves/" + m;
        String first = seen.putIfAbsent(id, at);
        if (first != null) {
          add(
              at + "/id",
              "the move id '"
                  + id
                  + "' is used twice (also at line "
                  + tree.valueAt(first).line()
                  + "); give each move its own id");
        }
        moves.add(id);
        if (number != null) {
          tabledIn.putIfAbsent(id, number);
        }
      }
    }
  }

  private void checkWorld(String at, List<String> facts) {
    for (int i = 0; i < facts.size(); i++) {
      String spec = facts.get(i);
      if (spec == null) {
        continue;
      }
      int eq = spec.indexOf('=');
      String id = eq > 0 ? spec.substring(0, eq) : spec;
      if (!Vocabulary.WORLD_FACTS.containsKey(id)) {
        add(at + "/" + i, unknownWorld(id));
      }
    }
  }

  private static String unknownWorld(String id) {
    return "unknown world fact '"
        + id
        + "'"
        + Suggest.didYouMean(id, Vocabulary.WORLD_FACTS.keySet())
        + "; use a world fact from the vocabulary (see 'World facts' in scenarios/README.md)";
  }

  private void checkKnobs(List<KnobDto> list) {
    for (int i = 0; i < list.size(); i++) {
      KnobDto k = list.get(i);
      String at = "/knobs/" + i;
      if (k == null || k.name() == null) {
        continue;
      }
      if (knobs.putIfAbsent(k.name(), k) != null) {
        add(at + "/name", "the knob '" + k.name() + "' is defined twice; keep one of them");
      }
      Knob.Type type = type(k);
      if (type == null) {
        continue;
      }
      List<String> values = list(k.values());
      switch (type) {
        case BOOLEAN -> {
          if (!values.isEmpty()) {
            add(at + "/values", "a boolean knob is true or false; remove 'values'");
          }
        }
        case CHOICE, SET -> {
          if (values.isEmpty()) {
            add(
                at,
                "a "
                    + k.type()
                    + " knob needs 'values', the values it takes; add e.g. 'values: [a, b]'");
          }
          Set<String> dup = new TreeSet<>();
          Set<String> seen = new LinkedHashSet<>();
          for (String v : values) {
            if (!seen.add(v)) {
              dup.add(v);
            }
          }
          if (!dup.isEmpty()) {
            add(at + "/values", "values listed twice: " + dup + "; list each value once");
          }
        }
        case NUMBER -> {
          if (k.min() != null && k.max() != null && k.min() > k.max()) {
            add(at + "/min", "min is above max; swap them");
          }
          if (!isNumber(k.defaultValue())) {
            add(at + "/default", notANumber(k.name(), k.defaultValue()));
          }
        }
        default -> {}
      }
      Knob probe = toKnob(k, type);
      boolean probed =
          type == Knob.Type.NUMBER
              ? isNumber(k.defaultValue())
              : type != Knob.Type.CHOICE && type != Knob.Type.SET || !values.isEmpty();
      if (probed) {
        try {
          KnobValues.normalise(probe, probe.defaultValue());
        } catch (IllegalArgumentException e) {
          add(at + "/default", "the default does not fit: " + e.getMessage() + "; change it");
        }
      }
      checkEffects(at, k, type);
    }
  }

  private void checkEffects(String at, KnobDto k, Knob.Type type) {
    List<EffectDto> effects = list(k.sets());
    for (int j = 0; j < effects.size(); j++) {
      EffectDto e = effects.get(j);
      if (e == null) {
        continue;
      }
      String eat = at + "/sets/" + j;
      boolean world = e.world() != null;
      boolean move = e.move() != null || e.feature() != null;
      if (world == move || move && (e.move() == null || e.feature() == null)) {
        add(
            eat,
            "an effect is either '{world: FACT}' or '{move: MOVE, feature: NAME}';"
                + " write one of the two forms");
        continue;
      }
      if (world && !Vocabulary.WORLD_FACTS.containsKey(e.world())) {
        add(eat + "/world", unknownWorld(e.world()));
      }
      if (move) {
        if (!moves.contains(e.move())) {
          add(
              eat + "/move",
              "the knob sets a feature of move '"
                  + e.move()
                  + "', which no turn tables"
                  + Suggest.didYouMean(e.move(), moves)
                  + "; use the id of a move of this scenario"
                  + (moves.isEmpty() ? "" : " (" + String.join(", ", moves) + ")"));
        }
        if (!Vocabulary.FEATURES.containsKey(e.feature())) {
          add(eat + "/feature", unknownFeature(e.feature()));
        } else if (type == Knob.Type.CHOICE || type == Knob.Type.SET) {
          List<String> values = list(k.values());
          for (int v = 0; v < values.size(); v++) {
            String bad = badFeatureValue(e.feature(), values.get(v));
            if (bad != null) {
              add(at + "/values/" + v, bad);
            }
          }
        }
      }
    }
  }

  /** A plain decimal number, as YAML and JSON write them; not NaN, Infinity, 0x1p3 or 1f. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");

  /**
   * Whether a number knob's value is a finite number: written as one, or as text that reads as one
   * ({@code "0.5"}). The loader has already refused infinite numbers written as numbers.
   */
  private static boolean isNumber(Object v) {
    if (v instanceof Number n) {
      return Double.isFinite(n.doubleValue());
    }
    if (v instanceof String t && DECIMAL.matcher(t.strip()).matches()) {
      return Double.isFinite(Double.parseDouble(t.strip()));
    }
    return false;
  }

  private static String notANumber(String knob, Object v) {
    return "knob '"
        + knob
        + "' is a number, and '"
        + ScenarioLoader.text(v)
        + "' is not one; write a finite number such as 0.5, without quotes";
  }

  /** The knob's type, or null when the schema check has already refused it. */
  private static Knob.Type type(KnobDto k) {
    if (k.type() == null) {
      return null;
    }
    try {
      return Knob.Type.valueOf(k.type().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Knob toKnob(KnobDto k, Knob.Type type) {
    return new Knob(
        k.name(),
        type,
        ScenarioLoader.text(k.defaultValue()),
        list(k.values()),
        k.min(),
        k.max(),
        "",
        List.of());
  }

  private String unknownFeature(String feature) {
    return "unknown move feature '"
        + feature
        + "'"
        + Suggest.didYouMean(feature, Vocabulary.FEATURES.keySet())
        + "; use one of: "
        + String.join(", ", new TreeSet<>(Vocabulary.FEATURES.keySet()));
  }

  /** Why a value does not fit a feature, or null when it does. */
  private String badFeatureValue(String feature, String value) {
    Set<String> allowed = Vocabulary.FEATURES.get(feature);
    if (allowed == null || value == null) {
      return null;
    }
    if (!allowed.isEmpty() && !allowed.contains(value)) {
      return "'"
          + value
          + "' is not a value of the feature '"
          + feature
          + "'"
          + Suggest.didYouMean(value, allowed)
          + "; use one of: "
          + String.join(", ", new TreeSet<>(allowed));
    }
    if (allowed.isEmpty() && ACTOR_FEATURES.contains(feature) && !actors.contains(value)) {
      return unknownActor(value) + " (the feature '" + feature + "' names actors)";
    }
    return null;
  }

  private String unknownActor(String id) {
    return "unknown actor '"
        + id
        + "'"
        + Suggest.didYouMean(id, actors)
        + "; use a built-in actor ("
        + String.join(", ", ScenarioLoader.BUILT_IN_ACTORS)
        + ") or define it under 'actors:'";
  }

  private void checkTurns(List<TurnDto> turns) {
    int previous = 0;
    for (int t = 0; t < turns.size(); t++) {
      TurnDto turn = turns.get(t);
      String at = "/turns/" + t;
      if (turn == null || turn.turn() == null) {
        continue;
      }
      int n = turn.turn();
      if (t == 0 && n != 1) {
        add(at + "/turn", "the first turn is numbered " + n + "; number the turns 1, 2, 3…");
      } else if (t > 0 && n <= previous) {
        add(
            at + "/turn",
            "turn "
                + n
                + " follows turn "
                + previous
                + "; turn numbers must increase (1, 2, 3…), so renumber or reorder the turns");
      } else if (t > 0 && n > previous + 1) {
        String missing =
            n == previous + 2
                ? "turn " + (previous + 1) + " is missing"
                : "turns " + (previous + 1) + " to " + (n - 1) + " are missing";
        add(
            at + "/turn",
            "turn "
                + n
                + " follows turn "
                + previous
                + ", so "
                + missing
                + "; number the turns 1, 2, 3… with no gap (make this turn "
                + (previous + 1)
                + ")");
      }
      previous = Math.max(previous, n);
      List<InjectDto> injects = list(turn.injects());
      for (int i = 0; i < injects.size(); i++) {
        checkWorld(at + "/injects/" + i + "/assert", list(injects.get(i).asserts()));
        checkWorld(at + "/injects/" + i + "/retract", list(injects.get(i).retracts()));
      }
      List<MoveDto> ms = list(turn.moves());
      for (int m = 0; m < ms.size(); m++) {
        if (ms.get(m) != null) {
          checkMove(at + "/moves/" + m, ms.get(m));
        }
      }
    }
  }

  private void checkMove(String at, MoveDto m) {
    if (m.actor() != null && !actors.contains(m.actor())) {
      add(at + "/actor", unknownActor(m.actor()));
    }
    if (m.kind() != null && !Vocabulary.MOVE_KINDS.containsKey(m.kind())) {
      add(
          at + "/kind",
          "unknown move kind '"
              + m.kind()
              + "'"
              + Suggest.didYouMean(m.kind(), Vocabulary.MOVE_KINDS.keySet())
              + "; use one of: "
              + String.join(", ", Vocabulary.MOVE_KINDS.keySet()));
    }
    if (m.features() == null) {
      return;
    }
    for (Map.Entry<String, Object> e : m.features().entrySet()) {
      String fat = at + "/features/" + LocatedTree.escape(e.getKey());
      if (e.getKey().equals("target")) {
        String role = Vocabulary.roleOfTarget(m.kind());
        addKey(
            fat,
            "the feature 'target' is no longer read, since it meant two things; write '"
                + role
                + ": "
                + ScenarioLoader.values(e.getValue())
                + "' instead ("
                + (role.equals("favours")
                    ? "the recipient of the aid"
                    : "the actor the move criticises, sanctions or acts against")
                + "; 'favours' names a recipient or beneficiary, 'against' a target)");
        continue;
      }
      if (!Vocabulary.FEATURES.containsKey(e.getKey())) {
        addKey(fat, unknownFeature(e.getKey()));
        continue;
      }
      List<String> values = ScenarioLoader.values(e.getValue());
      for (int v = 0; v < values.size(); v++) {
        String bad = badFeatureValue(e.getKey(), values.get(v));
        if (bad != null) {
          add(e.getValue() instanceof List<?> ? fat + "/" + v : fat, bad);
        }
      }
    }
  }

  private void checkExpectations(List<ExpectationDto> list, List<TurnDto> turns) {
    int last =
        turns.stream()
            .filter(t -> t != null && t.turn() != null)
            .mapToInt(TurnDto::turn)
            .max()
            .orElse(0);
    for (int i = 0; i < list.size(); i++) {
      ExpectationDto x = list.get(i);
      String at = "/expectations/" + i;
      if (x == null) {
        continue;
      }
      if (x.actor() != null && !actors.contains(x.actor())) {
        add(at + "/actor", unknownActor(x.actor()));
      }
      if (x.move() != null && !moves.contains(x.move())) {
        add(
            at + "/move",
            "no move has the id '"
                + x.move()
                + "'"
                + Suggest.didYouMean(x.move(), moves)
                + "; use the id of a move of this scenario ("
                + String.join(", ", moves)
                + ")");
      }
      if (x.turn() != null && x.turn() > last) {
        add(
            at + "/turn",
            "turn " + x.turn() + " is past the last turn (" + last + "); use 1 to " + last);
      }
      if (x.knobs() == null) {
        continue;
      }
      for (Map.Entry<String, Object> e : x.knobs().entrySet()) {
        String kat = at + "/knobs/" + LocatedTree.escape(e.getKey());
        KnobDto k = knobs.get(e.getKey());
        if (k == null) {
          addKey(
              kat,
              "unknown knob '"
                  + e.getKey()
                  + "'"
                  + Suggest.didYouMean(e.getKey(), knobs.keySet())
                  + "; use a knob this scenario defines"
                  + (knobs.isEmpty() ? " (it defines none)" : " (" + knobNames() + ")"));
          continue;
        }
        Knob.Type type = type(k);
        if (type == null) {
          continue;
        }
        if (type == Knob.Type.NUMBER && !isNumber(e.getValue())) {
          add(kat, notANumber(k.name(), e.getValue()));
          continue;
        }
        try {
          KnobValues.normalise(toKnob(k, type), ScenarioLoader.text(e.getValue()));
        } catch (IllegalArgumentException ex) {
          add(kat, ex.getMessage() + "; use an allowed value");
        }
      }
    }
  }

  private String knobNames() {
    return String.join(", ", new TreeSet<>(knobs.keySet()));
  }

  private void add(String pointer, String message) {
    LocatedTree.Loc l = tree.valueAt(pointer);
    problems.add(new Problem(name, l.line(), l.column(), message));
  }

  private void addKey(String pointer, String message) {
    LocatedTree.Loc l = tree.keyAt(pointer);
    problems.add(new Problem(name, l.line(), l.column(), message));
  }

  private static <T> List<T> list(Collection<T> c) {
    return c == null ? List.of() : new ArrayList<>(c);
  }
}
