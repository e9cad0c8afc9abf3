package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static tabletop.rules.Scenarios.*;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.MoveSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.scenario.TurnSpec;

/** Whole-scenario behaviour the article supports, run through the engine's turn loop. */
class ScenarioTest {
  static final List<String> SUPPORTIVE = List.of("SUPPORT", "LEAN_SUPPORT");
  static final List<String> OPPOSED = List.of("OPPOSE", "LEAN_OPPOSE");

  @Test
  @DisplayName("the four partners welcome the CoE in both turns (P10, P12, P24)")
  void partnersWelcomeCoe() {
    Report r = run(scenario(coe("none")));
    for (int turn = 1; turn <= 2; turn++) {
      for (String p : PARTNERS) {
        assertThat(reaction(r, turn, p).direction()).as(p + " in turn " + turn).isIn(SUPPORTIVE);
      }
    }
  }

  @Test
  @DisplayName("NATO and the US support the CoE; China opposes it for P14; Russia leans against")
  void natoSupportsChinaOpposes() {
    Report r = run(scenario(coe("none")));
    assertThat(reaction(r, 1, "nato").direction()).isEqualTo("SUPPORT");
    assertThat(reaction(r, 1, "united-states").direction()).isIn(SUPPORTIVE);
    ReactionView china = reaction(r, 1, "china");
    assertThat(china.direction()).isEqualTo("OPPOSE");
    assertThat(china.sources()).contains("article#P14");
    assertThat(china.rules())
        .contains("China - contests NATO's legitimacy - rhetorical attack on the Alliance");
    assertThat(reaction(r, 1, "russia").direction()).isIn(OPPOSED);
    assertThat(reaction(r, 2, "russia").direction()).isIn(OPPOSED);
  }

  @Test
  @DisplayName("the host weighs the CoE near neutral, warms to NATO's restated assurance (P22)")
  void hostWeighs() {
    Report plain = run(scenario(coe("none")));
    ReactionView host1 = reaction(plain, 1, "southeast-asian-host");
    assertThat(host1.direction()).isEqualTo("NEUTRAL");
    assertThat(host1.sources()).contains("article#P23");
    assertThat(plain.turns().get(0).outcomes())
        .extracting(o -> o.status())
        .containsExactly("STALLED");
    // China's opposition signal makes the host less favourable next turn (P14, P23)
    ReactionView host2 = reaction(plain, 2, "southeast-asian-host");
    assertThat(host2.score()).isLessThan(host1.score());
    assertThat(host2.rules())
        .contains("Any wary actor - complication rises - China opposed the move last turn");

    Report assured =
        run(
            scenario(
                worldPlus("nato-restates-no-military-expansion"),
                List.of(),
                List.of(),
                coe("none")));
    assertThat(reaction(assured, 1, "southeast-asian-host").direction()).isIn(SUPPORTIVE);
    assertThat(assured.turns().get(0).outcomes())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo("GOES_AHEAD");
              assertThat(o.reason()).contains("no ally blocks it");
              assertThat(o.rules())
                  .contains("Institutions - goes ahead - consensus and the host's consent");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"training", "standing-presence"})
  @DisplayName("a military component turns the wary states against the CoE (P22, P23)")
  void militaryComponentTurnsWaryStates(String component) {
    ReactionView civil = reaction(run(scenario(coe("none"))), 1, "wary-indo-pacific-states");
    ReactionView military = reaction(run(scenario(coe(component))), 1, "wary-indo-pacific-states");
    // even a civilian Centre worries them (P23: "even without direct military operations"),
    // but only a military component makes them oppose it outright
    assertThat(civil.direction()).isIn("NEUTRAL", "LEAN_OPPOSE");
    assertThat(military.direction()).isEqualTo("OPPOSE");
    assertThat(military.score()).isLessThan(civil.score());
    assertThat(military.rules())
        .contains("Any move - geostrategic complication - heightened by a military component");
  }

  @Test
  @DisplayName(
      "ending Russia's war changes Japan's reasoning; its shift fades over turns (P20, P21)")
  void endingTheWarChangesJapan() {
    // a fresh Centre proposed every turn, so Japan judges one in each; the war ends in turn 2
    MoveSpec base = coe("none");
    List<TurnSpec> turns = new java.util.ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      turns.add(
          new TurnSpec(
              n,
              "turn " + n,
              n == 2 ? List.of(inject(List.of(), List.of("russia-war-on-ukraine"))) : List.of(),
              List.of(
                  new MoveSpec(
                      "coe" + n,
                      base.actor(),
                      base.kind(),
                      base.title(),
                      "",
                      base.features(),
                      null)),
              List.of()));
    }
    Report r =
        run(
            new Scenario(
                "test", "test", "", "", List.of(), WORLD, List.of(), List.of(), turns, List.of()));
    ReactionView atWar = r.turns().get(0).reaction("japan", "coe1").orElseThrow();
    ReactionView justEnded = r.turns().get(1).reaction("japan", "coe2").orElseThrow();
    ReactionView later = r.turns().get(4).reaction("japan", "coe5").orElseThrow();
    List<String> dropped =
        List.of(
            "Japan - wary of Russia - Russia's war on Ukraine",
            "Japan - closer ties with NATO - Russia's war on Ukraine");
    String lasting = "Japan - wary of Russia - the shift outlasts Russia's war";
    assertThat(atWar.rules()).containsAll(dropped).doesNotContain(lasting);
    assertThat(atWar.sources()).contains("article#P20", "article#P21");
    // the war's own rule goes with the war; the lasting shift stands in for it, weaker
    assertThat(justEnded.rules())
        .doesNotContain("Japan - wary of Russia - Russia's war on Ukraine")
        .contains(lasting);
    assertThat(justEnded.assumptions()).anySatisfy(a -> assertThat(a.rule()).isEqualTo(lasting));
    assertThat(justEnded.score()).isLessThan(atWar.score());
    // and four turns on, nothing of it is left
    assertThat(later.rules()).doesNotContainAnyElementsOf(dropped).doesNotContain(lasting);
    assertThat(later.sources()).doesNotContain("article#P20");
    assertThat(later.score()).isLessThan(justEnded.score());
    assertThat(later.direction()).isIn(SUPPORTIVE);
  }

  @Test
  @DisplayName(
      "China's lethal aid to Russia: NATO, partners and Ukraine oppose, Russia supports (P19)")
  void lethalAid() {
    Report r =
        run(scenario(move("aid", "china", "lethal-aid", Map.of("favours", List.of("russia")))));
    Map<String, String> d = directions(r, 1);
    assertThat(d.get("nato")).as(d.toString()).isEqualTo("OPPOSE");
    assertThat(d.get("united-states")).isEqualTo("OPPOSE");
    assertThat(d.get("ukraine")).isEqualTo("OPPOSE");
    PARTNERS.forEach(p -> assertThat(d.get(p)).as(p).isIn(OPPOSED));
    assertThat(d.get("russia")).isEqualTo("SUPPORT");
    assertThat(d.get("china")).isIn(SUPPORTIVE);
    assertThat(reaction(r, 1, "nato").sources()).contains("article#P17", "article#P19");
  }

  @Test
  @DisplayName("China's lethal aid as a world fact draws the partners closer to NATO (P19, P21)")
  void lethalAidWorldFact() {
    double without = reaction(run(scenario(coe("none"))), 1, "australia").score();
    Report with =
        run(scenario(worldPlus("china-lethal-aid-to-russia"), List.of(), List.of(), coe("none")));
    ReactionView australia = reaction(with, 1, "australia");
    assertThat(australia.score()).isGreaterThan(without);
    assertThat(australia.rules())
        .contains(
            "Any Indo-Pacific partner - draws closer to NATO - escalation risk from lethal aid to Russia",
            "World - escalation risk - external lethal aid to Russia");
  }

  @Test
  @DisplayName(
      "partners joining existing CoEs: partners and NATO welcome it, China leans against (P24)")
  void coeParticipation() {
    Report r =
        run(
            scenario(
                move(
                    "coes",
                    "nato",
                    "coe-participation",
                    Map.of(
                        "joins", PARTNERS,
                        "scope", List.of("cyber"),
                        "region", List.of("euro-atlantic")))));
    Map<String, String> d = directions(r, 1);
    PARTNERS.forEach(p -> assertThat(d.get(p)).as(p + " " + d).isEqualTo("SUPPORT"));
    assertThat(d.get("nato")).isEqualTo("SUPPORT");
    assertThat(d.get("china")).isIn(OPPOSED);
    assertThat(d.get("wary-indo-pacific-states")).isIn(List.of("NEUTRAL", "LEAN_SUPPORT"));
  }

  @Test
  @DisplayName("a cyber programme under the 2022 Agenda: partners support (P12)")
  void cyberProgramme() {
    Report r =
        run(
            scenario(
                move(
                    "cyber",
                    "nato",
                    "cooperation-programme",
                    Map.of("scope", List.of("cyber"), "region", List.of("indo-pacific")))));
    Map<String, String> d = directions(r, 1);
    PARTNERS.forEach(p -> assertThat(d.get(p)).as(p + " " + d).isIn(SUPPORTIVE));
    assertThat(d.get("nato")).isEqualTo("SUPPORT");
    assertThat(reaction(r, 1, "japan").rules())
        .contains("Any move - NATO partnership - a programme under the 2022 Agenda");
  }

  @Test
  @DisplayName(
      "a NATO deployment in the Indo-Pacific: wary states, host, China oppose; NZ less keen")
  void militaryDeployment() {
    Report r =
        run(
            scenario(
                move(
                    "deploy",
                    "nato",
                    "military-deployment",
                    Map.of("region", List.of("indo-pacific")))));
    Map<String, String> d = directions(r, 1);
    assertThat(d.get("wary-indo-pacific-states")).as(d.toString()).isEqualTo("OPPOSE");
    assertThat(d.get("southeast-asian-host")).isEqualTo("OPPOSE");
    assertThat(d.get("china")).isEqualTo("OPPOSE");
    assertThat(reaction(r, 1, "new-zealand").score())
        .isLessThan(reaction(r, 1, "japan").score())
        .isLessThan(0.0);
  }

  @Test
  @DisplayName("a Korean Peninsula crisis: Korea and the partners value NATO consultation (P11)")
  void koreanPeninsulaCrisis() {
    Report r =
        run(
            scenario(
                worldPlus("korean-peninsula-crisis"),
                List.of(),
                List.of(),
                move(
                    "talks",
                    "nato",
                    "consultation",
                    Map.of("region", List.of("korean-peninsula")))));
    ReactionView korea = reaction(r, 1, "republic-of-korea");
    assertThat(korea.direction()).isEqualTo("SUPPORT");
    assertThat(korea.rules())
        .contains(
            "Republic of Korea - crisis awareness - a crisis on the Korean Peninsula",
            "Republic of Korea - Korean Peninsula - a key focus of the dialogue");
    assertThat(korea.sources()).contains("article#P11");
    Map<String, String> d = directions(r, 1);
    PARTNERS.forEach(p -> assertThat(d.get(p)).as(p + " " + d).isIn(SUPPORTIVE));
  }

  @Test
  @DisplayName("a data-defined actor reacts through the generic rules, with reasons")
  void dataDefinedActor() {
    ActorSpec ruritania =
        new ActorSpec(
            "ruritania",
            "Ruritania",
            List.of("southeast-asia"),
            Map.of("geostrategic-complication", 0.9, "military-expansion", 0.4),
            Map.of("maritime-security", 0.1),
            Map.of());
    Report r = run(scenario(WORLD, List.of(ruritania), List.of(), coe("none")));
    ReactionView v = reaction(r, 1, "ruritania");
    assertThat(v.direction()).isEqualTo("LEAN_OPPOSE");
    assertThat(v.rules())
        .contains(
            "Any actor - wary - the move touches a concern",
            "Any move - geostrategic complication - NATO presence in the Indo-Pacific",
            "Any actor - values - the move serves an interest");
    assertThat(v.sources()).contains("article#P23");
    assertThat(v.summary()).isNotBlank();
  }

  @Test
  @DisplayName("a data-defined ally that opposes a NATO move blocks it by consensus")
  void dataDefinedAllyBlocks() {
    ActorSpec ally =
        new ActorSpec(
            "freedonia",
            "Freedonia",
            List.of("nato"),
            Map.of("out-of-area-focus", 1.0),
            Map.of(),
            Map.of());
    Report r =
        run(
            scenario(
                worldPlus("nato-restates-no-military-expansion"),
                List.of(ally),
                List.of(),
                coe("none")));
    assertThat(reaction(r, 1, "freedonia").direction()).isEqualTo("OPPOSE");
    assertThat(r.outcome().get("coe"))
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo("BLOCKED");
              assertThat(o.by()).isEqualTo("freedonia");
              assertThat(o.reason()).contains("consensus");
              assertThat(o.rules())
                  .contains("NATO - blocked by consensus - an ally opposes a NATO move");
            });
    assertThat(r.turns().get(0).outcomes())
        .extracting(o -> o.status())
        .doesNotContain("GOES_AHEAD");
  }

  @Test
  @DisplayName("the same scenario, knobs and seed give an identical report")
  void deterministic() {
    Report a = run(scenario(coe("training")));
    Report b = run(scenario(coe("training")));
    assertThat(a).isEqualTo(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  @DisplayName("interaction across turns settles: no loop, and turns 3 to 5 read the same")
  void interactionSettles() {
    Scenario s =
        new Scenario(
            "settles",
            "settles",
            "",
            "",
            List.of(),
            WORLD,
            List.of(),
            List.of(),
            IntStream.rangeClosed(1, 5)
                .mapToObj(
                    n ->
                        new TurnSpec(
                            n,
                            "turn " + n,
                            List.of(),
                            n == 1
                                ? List.of(
                                    coe("training"),
                                    move(
                                        "aid",
                                        "china",
                                        "lethal-aid",
                                        Map.of("favours", List.of("russia"))))
                                : List.of(),
                            List.of()))
                .toList(),
            List.of());
    Report r = run(s);
    assertThat(r.turns()).hasSize(5);
    assertThat(r.turns().get(0).reactions()).hasSize(2 * 11);
    for (int turn = 4; turn <= 5; turn++) {
      assertThat(scores(r, turn)).as("turn " + turn).isEqualTo(scores(r, 3));
    }
  }

  private static List<String> scores(Report r, int turn) {
    return r.turns().get(turn - 1).reactions().stream()
        .map(v -> v.move() + " " + v.actor() + " " + v.direction() + " " + v.score())
        .toList();
  }
}
