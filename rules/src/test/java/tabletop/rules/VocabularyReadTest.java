package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static tabletop.rules.RuleHarness.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tabletop.engine.model.Appraisal;
import tabletop.engine.model.Direction;
import tabletop.engine.model.Move;
import tabletop.engine.model.MoveFeature;
import tabletop.engine.model.Signal;
import tabletop.engine.model.Touch;
import tabletop.engine.model.Turn;
import tabletop.engine.model.Vocabulary;
import tabletop.engine.model.WorldFact;

/**
 * Every word of the vocabulary does something: each move kind, each move feature and each world
 * fact changes what the knowledge base derives from a move, and each concern and interest type
 * turns up in some actor's appraisal of some move. A word no rule reads is removed from the
 * vocabulary, never left to do nothing silently.
 */
class VocabularyReadTest {
  /** World facts the derived ones (world.drl) come from; scenarios never assert derived ones. */
  static final Set<String> DERIVED = Set.of("war-escalation-risk", "china-defies-vilnius-asks");

  static List<Object> world(String... leaveOut) {
    Set<String> out = Set.of(leaveOut);
    List<Object> facts = new ArrayList<>();
    for (String id : Vocabulary.WORLD_FACTS.keySet()) {
      if (!DERIVED.contains(id) && !out.contains(id)) {
        facts.add(WorldFact.of(id));
      }
    }
    facts.add(new Turn(1));
    // a second move, and NATO's stand on move m last turn: what an assurance given in m reads
    facts.add(new tabletop.engine.model.Move("m2", 1, "nato", "centre-of-excellence", "m2"));
    facts.add(
        new tabletop.engine.model.Signal(
            "nato", "m", 0, tabletop.engine.model.Direction.SUPPORT, "APPROVE", false));
    return facts;
  }

  /** A move with every role and feature filled, as a leader on either side would table it. */
  static List<Object> move(String kind, String leader, String leaveOutFeature) {
    String other = leader.equals("china") ? "nato" : "china";
    Map<String, List<String>> features =
        Map.ofEntries(
            Map.entry("answers", List.of("an-earlier-move")),
            Map.entry("assures", List.of("m2")),
            Map.entry("region", List.of("indo-pacific")),
            Map.entry("joins", List.of("japan")),
            Map.entry("host", List.of("southeast-asian-host")),
            Map.entry("against", List.of(other)),
            Map.entry("favours", List.of("russia")),
            Map.entry("condemns", List.of("russia-war")),
            Map.entry("scope", List.of("cyber", "nuclear-proliferation")),
            Map.entry("military-component", List.of("training")),
            Map.entry("funding", List.of("joint")),
            Map.entry("echoes", List.of("russia-narrative")));
    List<Object> facts = new ArrayList<>();
    facts.add(new Move("m", 1, leader, kind, "m"));
    features.forEach(
        (name, values) -> {
          if (!name.equals(leaveOutFeature)) {
            values.forEach(v -> facts.add(new MoveFeature("m", name, v)));
          }
        });
    if (!leaveOutFeature.equals("consensus")) {
      facts.add(new MoveFeature("m", "consensus", "asean"));
    }
    return facts;
  }

  /** What the rules derive about move m: its touches and every actor's appraisals of it. */
  static Set<String> derived(List<Object> facts) {
    return fireAll(facts.toArray()).inserted().stream()
        .filter(
            f ->
                f instanceof Touch
                    || f instanceof Appraisal
                    || f instanceof tabletop.engine.model.Answer)
        .map(Object::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** What the institutions decide about move m. */
  static Set<String> outcomes(List<Object> facts) {
    return fireAll(facts.toArray()).inserted().stream()
        .filter(f -> f instanceof tabletop.engine.model.Outcome)
        .map(Object::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static List<String> kinds() {
    return List.copyOf(Vocabulary.MOVE_KINDS.keySet());
  }

  static List<String> features() {
    return List.copyOf(Vocabulary.FEATURES.keySet());
  }

  static List<String> worldFacts() {
    return Vocabulary.WORLD_FACTS.keySet().stream().filter(w -> !DERIVED.contains(w)).toList();
  }

  @ParameterizedTest(name = "move kind {0}")
  @MethodSource("kinds")
  void everyMoveKindIsRead(String kind) {
    boolean read = false;
    for (String leader : List.of("nato", "china", "japan")) {
      List<Object> with = new ArrayList<>(world());
      with.addAll(move(kind, leader, ""));
      List<Object> without = new ArrayList<>(world());
      without.addAll(move("no-such-kind", leader, ""));
      read |= !derived(with).equals(derived(without));
    }
    assertThat(read).as("some rule reads the move kind '%s'", kind).isTrue();
  }

  @ParameterizedTest(name = "feature {0}")
  @MethodSource("features")
  void everyFeatureIsRead(String feature) {
    boolean read = false;
    for (String kind : Vocabulary.MOVE_KINDS.keySet()) {
      for (String leader : List.of("nato", "china")) {
        List<Object> with = new ArrayList<>(world());
        with.addAll(move(kind, leader, ""));
        List<Object> without = new ArrayList<>(world());
        without.addAll(move(kind, leader, feature));
        read |= !derived(with).equals(derived(without));
        // a feature the institutions read: a member of the group opposes the move
        List<Object> stands =
            List.of(
                new tabletop.engine.model.Actor("member", "Member", List.of("asean"), true),
                new tabletop.engine.model.Stand("member", "m", 1, Direction.OPPOSE, false));
        with.addAll(stands);
        without.addAll(stands);
        read |= !outcomes(with).equals(outcomes(without));
      }
      if (read) {
        break;
      }
    }
    assertThat(read).as("some rule reads the feature '%s'", feature).isTrue();
  }

  @ParameterizedTest(name = "world fact {0}")
  @MethodSource("worldFacts")
  void everyWorldFactIsRead(String id) {
    boolean read = false;
    for (String mc : List.of("none", "training")) {
      List<Object> move =
          new ArrayList<>(move("centre-of-excellence", "nato", "military-component"));
      move.add(new MoveFeature("m", "military-component", mc));
      List<Object> with = new ArrayList<>(world());
      with.addAll(move);
      List<Object> without = new ArrayList<>(world(id));
      without.addAll(move);
      read |= !everything(with).equals(everything(without));
    }
    assertThat(read).as("some rule reads the world fact '%s'", id).isTrue();
  }

  static Set<String> everything(List<Object> facts) {
    return fireAll(facts.toArray()).inserted().stream()
        .map(Object::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  @DisplayName("every concern and interest type turns up in some actor's appraisal of some move")
  void everyTypeIsAppraised() {
    Set<String> appraised = new LinkedHashSet<>();
    List<List<Object>> worlds = List.of(world(), world("russia-war-on-ukraine"));
    List<Object> extra =
        List.of(
            WorldFact.of("nato-restates-no-military-expansion"),
            WorldFact.of("china-lethal-aid-to-russia"),
            new Signal("china", "m", 0, Direction.OPPOSE, "REJECT", false),
            new tabletop.engine.model.RedLine("china", "military-expansion"));
    for (List<Object> w : worlds) {
      for (String kind : Vocabulary.MOVE_KINDS.keySet()) {
        for (String leader : List.of("nato", "china", "japan")) {
          for (String region : List.of("indo-pacific", "korean-peninsula")) {
            for (String mc : List.of("none", "standing-presence")) {
              List<Object> facts = new ArrayList<>(w);
              facts.addAll(extra);
              facts.addAll(move(kind, leader, ""));
              facts.removeIf(
                  f ->
                      f instanceof MoveFeature mf
                          && (mf.name().equals("region")
                              || mf.name().equals("military-component")));
              facts.add(new MoveFeature("m", "region", region));
              facts.add(new MoveFeature("m", "military-component", mc));
              if (kind.equals("statement")) {
                facts.add(new MoveFeature("m", "condemns", "support-for-russia-war"));
                facts.add(new MoveFeature("m", "scope", "territorial-disputes"));
                facts.add(new MoveFeature("m", "scope", "regional-conflict"));
                facts.add(new MoveFeature("m", "scope", "hybrid-threats"));
                facts.add(new MoveFeature("m", "scope", "maritime-security"));
                facts.add(new MoveFeature("m", "scope", "terrorism"));
                facts.add(new MoveFeature("m", "scope", "new-technology"));
              }
              fireAll(facts.toArray()).inserted(Appraisal.class).stream()
                  .map(Appraisal::type)
                  .forEach(appraised::add);
            }
          }
        }
      }
    }
    assertThat(appraised)
        .as("types no actor ever appraises a move on")
        .containsAll(Vocabulary.TYPES.keySet());
  }
}
