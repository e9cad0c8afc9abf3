package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static tabletop.rules.Scenarios.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.MoveSpec;

/**
 * Whole runs of the knowledge base on moves that test who a move is for and against: the roles of a
 * move and the relations between actors decide whom it touches, and how.
 */
class RolesScenarioTest {
  static final List<String> OPPOSED = List.of("LEAN_OPPOSE", "OPPOSE");
  static final List<String> SUPPORTIVE = List.of("LEAN_SUPPORT", "SUPPORT");

  @Test
  @DisplayName(
      "the actor a statement criticises leans against it; its partner follows; its rival welcomes it")
  void criticisedActorLeansAgainst() {
    Report r =
        run(
            scenario(
                move(
                    "words",
                    "nato",
                    "statement",
                    Map.of("against", List.of("china"), "region", List.of("global")))));
    assertThat(reaction(r, 1, "china").direction()).isIn(OPPOSED);
    assertThat(reaction(r, 1, "china").summary()).contains("being criticised");
    assertThat(reaction(r, 1, "russia").score()).isNegative();
    assertThat(reaction(r, 1, "united-states").score()).isPositive();
  }

  @Test
  @DisplayName("a sanction's target opposes it: China's coercion of Australia")
  void sanctionTargetOpposes() {
    Report r =
        run(
            scenario(
                move(
                    "tariffs",
                    "china",
                    "sanction",
                    Map.of("against", List.of("australia"), "region", List.of("indo-pacific")))));
    assertThat(reaction(r, 1, "australia").direction()).isIn(OPPOSED);
    // its fellow partners lean its way, less strongly
    assertThat(reaction(r, 1, "japan").score())
        .isNegative()
        .isGreaterThan(reaction(r, 1, "australia").score());
  }

  @Test
  @DisplayName("a victim of aggression welcomes its condemnation; the aggressor does not")
  void victimWelcomesCondemnation() {
    Report r =
        run(
            scenario(
                move(
                    "words",
                    "china",
                    "statement",
                    Map.of(
                        "against", List.of("russia"),
                        "condemns", List.of("russia-war"),
                        "region", List.of("global")))));
    assertThat(reaction(r, 1, "ukraine").direction()).isIn(SUPPORTIVE);
    assertThat(reaction(r, 1, "ukraine").summary()).contains("for: it counters Russia's war");
    assertThat(reaction(r, 1, "russia").direction()).isIn(OPPOSED);
    // China meeting an ask of the communiqué (P15-P17)
    assertThat(reaction(r, 1, "nato").direction()).isIn(SUPPORTIVE);
  }

  @Test
  @DisplayName("a rival's forum is not read as NATO partnership by NATO or its partners")
  void rivalForumIsNotPartnership() {
    MoveSpec forum =
        move(
            "forum",
            "china",
            "cooperation-programme",
            Map.of(
                "joins", List.of("southeast-asian-host", "wary-indo-pacific-states"),
                "region", List.of("southeast-asia"),
                "scope", List.of("maritime-security")));
    Report r = run(scenario(forum));
    for (String actor : List.of("nato", "united-states", "japan", "australia")) {
      ReactionView v = reaction(r, 1, actor);
      assertThat(v.direction()).as(actor).isNotIn(SUPPORTIVE);
      assertThat(v.because()).as(actor).noneMatch(s -> s.fact().contains(" on nato-partnership "));
    }
  }

  @Test
  @DisplayName("a host elsewhere leaves the Southeast Asian host's sovereignty untouched")
  void hostElsewhere() {
    MoveSpec office =
        move(
            "office",
            "nato",
            "liaison-office",
            Map.of("host", List.of("japan"), "region", List.of("indo-pacific")));
    // Japan, given a sovereignty concern for the test, bears the cost; the Southeast Asian host
    // does not
    ActorSpec japan =
        new ActorSpec(
            "japan",
            "Japan",
            List.of("indo-pacific-partner"),
            Map.of("sovereignty", 0.5),
            Map.of(),
            Map.of());
    Report r = run(scenario(WORLD, List.of(japan), List.of(), office));
    assertThat(reaction(r, 1, "southeast-asian-host").because())
        .noneMatch(s -> s.fact().contains(" on sovereignty "));
    assertThat(reaction(r, 1, "japan").because())
        .anyMatch(s -> s.fact().contains("office touches sovereignty for japan"));
  }

  @Test
  @DisplayName("joining a programme weighs more than watching others join it")
  void joiningWeighsMore() {
    MoveSpec withJapan =
        move(
            "cyber",
            "nato",
            "cooperation-programme",
            Map.of(
                "joins", List.of("japan", "australia"),
                "region", List.of("indo-pacific"),
                "scope", List.of("cyber")));
    MoveSpec withoutJapan =
        move(
            "cyber",
            "nato",
            "cooperation-programme",
            Map.of(
                "joins", List.of("australia"),
                "region", List.of("indo-pacific"),
                "scope", List.of("cyber")));
    double joining = reaction(run(scenario(withJapan)), 1, "japan").score();
    double watching = reaction(run(scenario(withoutJapan)), 1, "japan").score();
    assertThat(joining).isGreaterThan(watching + 0.1);
  }

  @Test
  @DisplayName("a training mission and a standing presence read differently")
  void trainingAndStandingPresenceDiffer() {
    Map<String, Double> score = new java.util.HashMap<>();
    for (String component : List.of("training", "standing-presence")) {
      MoveSpec deploy =
          move(
              "deploy",
              "nato",
              "military-deployment",
              Map.of(
                  "region", List.of("indo-pacific"),
                  "military-component", List.of(component)));
      score.put(component, reaction(run(scenario(deploy)), 1, "wary-indo-pacific-states").score());
    }
    assertThat(score.get("standing-presence")).isLessThan(score.get("training") - 0.1);
  }

  @Test
  @DisplayName(
      "a scenario entry for a built-in actor replaces the weights it names, and 0 removes one")
  void scenarioWeightsReplaceBuiltInOnes() {
    MoveSpec coe = coe("none");
    double builtIn = reaction(run(scenario(coe)), 1, "southeast-asian-host").score();
    ActorSpec calmer =
        new ActorSpec(
            "southeast-asian-host",
            "Southeast Asian host",
            List.of("southeast-asia", "indo-pacific"),
            Map.of("geostrategic-complication", 0.0, "sovereignty", 0.2),
            Map.of(),
            Map.of());
    ReactionView adjusted =
        reaction(run(scenario(WORLD, List.of(calmer), List.of(), coe)), 1, "southeast-asian-host");
    assertThat(adjusted.because())
        .noneMatch(s -> s.fact().contains(" on geostrategic-complication "));
    assertThat(adjusted.because())
        .anyMatch(
            s -> s.fact().contains("is wary of sovereignty (weight 0.20, given by the scenario)"));
    assertThat(adjusted.because())
        .noneMatch(s -> s.fact().contains("is wary of sovereignty (weight 0.50)"));
    assertThat(adjusted.score()).isGreaterThan(builtIn);
  }

  @Test
  @DisplayName("a scenario's relation replaces the built-in one")
  void scenarioRelationReplacesBuiltIn() {
    MoveSpec words =
        move(
            "words",
            "nato",
            "statement",
            Map.of("against", List.of("china"), "region", List.of("global")));
    double builtIn = reaction(run(scenario(words)), 1, "russia").score();
    ActorSpec neutralRussia =
        new ActorSpec(
            "russia",
            "Russia",
            List.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(new ActorSpec.RelationSpec("china", "aligned", 0.0, true, 0.5)));
    ReactionView r =
        reaction(run(scenario(WORLD, List.of(neutralRussia), List.of(), words)), 1, "russia");
    assertThat(r.score()).isGreaterThan(builtIn);
    assertThat(r.because()).noneMatch(s -> s.fact().contains(" on partner-targeted "));
  }

  @Test
  @DisplayName("an actor on whom nothing bears says so and is not certain")
  void noStakeIsNotCertainty() {
    Report r =
        run(
            scenario(
                move("words", "japan", "statement", Map.of("region", List.of("euro-atlantic")))));
    ReactionView host = reaction(r, 1, "southeast-asian-host");
    assertThat(host.summary()).startsWith("Nothing in the knowledge base bears on words for");
    assertThat(host.likelihood()).isLessThan(0.95);
  }

  @Test
  @DisplayName(
      "a stated red line crossed hardens the actor's stance; one not crossed changes nothing")
  void aRedLineCrossedHardensTheStance() {
    ActorSpec line =
        new ActorSpec(
            "wary-indo-pacific-states",
            "Wary Indo-Pacific states",
            List.of("indo-pacific"),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(),
            null,
            Map.of(),
            "",
            null,
            null,
            List.of("military-expansion"));
    ReactionView plain =
        reaction(run(scenario(coe("standing-presence"))), 1, "wary-indo-pacific-states");
    ReactionView crossed =
        reaction(
            run(scenario(WORLD, List.of(line), List.of(), coe("standing-presence"))),
            1,
            "wary-indo-pacific-states");
    ReactionView civil =
        reaction(
            run(scenario(WORLD, List.of(line), List.of(), coe("none"))),
            1,
            "wary-indo-pacific-states");
    ReactionView civilPlain = reaction(run(scenario(coe("none"))), 1, "wary-indo-pacific-states");
    // a standing presence crosses the line: 0.5 more against, a fiercer stance
    assertThat(crossed.score())
        .isEqualTo(plain.score() - 0.5, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(crossed.intensity()).isGreaterThanOrEqualTo(plain.intensity());
    assertThat(crossed.rules())
        .contains("Any actor - red line crossed - a move touches what it said it would not accept");
    // a civilian Centre touches military expansion too weakly to cross it
    assertThat(civil.score())
        .isEqualTo(civilPlain.score(), org.assertj.core.api.Assertions.within(1e-6));
  }
}
