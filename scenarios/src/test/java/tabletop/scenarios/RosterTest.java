package tabletop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tabletop.engine.report.OutcomeView;
import tabletop.engine.report.Report;
import tabletop.engine.scenario.ActorSpec;
import tabletop.engine.scenario.Scenario;
import tabletop.engine.sim.Engine;
import tabletop.engine.sim.Game;
import tabletop.engine.sim.TrialResult;
import tabletop.engine.sim.Trials;
import tabletop.engine.sim.Uncertainty;
import tabletop.scenarios.io.Rosters;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * Rosters: actors that scenarios use by id. They load clean, a scenario adjusts a roster actor
 * field by field, and consensus over the roster is a real question: it can fail, naming who blocks,
 * in the run and with its probability in the trials.
 */
class RosterTest {
  private static final Engine ENGINE = Engine.fromClasspath();
  private static final ScenarioLoader LOADER = new ScenarioLoader();

  @Test
  void everyRosterFileIsListedLoadsCleanAndIsNamedInTheSchema() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("rosters"))) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .forEach(n -> files.add(n.substring(0, n.length() - ".yaml".length())));
    }
    assertThat(files).containsExactlyInAnyOrderElementsOf(Rosters.IDS);
    JsonNode schema = new ObjectMapper().readTree(Path.of("schema/scenario.schema.json").toFile());
    List<String> named = new ArrayList<>();
    schema.at("/properties/rosters/items/enum").forEach(n -> named.add(n.asText()));
    assertThat(named).containsExactlyElementsOf(Rosters.IDS);
    for (String id : Rosters.IDS) {
      Rosters.Loaded r = Rosters.load(id);
      assertThat(r.problems()).as(id).isEmpty();
      assertThat(r.actors()).as(id).hasSizeGreaterThanOrEqualTo(7);
      // every actor states its capability, salience and confidence
      assertThat(r.actors())
          .allSatisfy(
              a -> {
                assertThat(a.capability()).as(a.id()).isNotNull();
                assertThat(a.salience()).as(a.id()).isNotEmpty();
                assertThat(a.confidence()).as(a.id()).isNotNull();
              });
    }
  }

  @Test
  void aScenarioUsesARosterAndAdjustsItsActorsFieldByField() throws Exception {
    Scenario coe = LOADER.load(Path.of("library/coe-southeast-asia.yaml"));
    List<ActorSpec> allies =
        coe.actors().stream().filter(a -> a.memberships().contains("nato")).toList();
    assertThat(allies)
        .extracting(ActorSpec::id)
        .contains("france", "germany", "hungary", "turkiye", "united-kingdom");
    assertThat(allies).allSatisfy(a -> assertThat(a.roster()).isEqualTo("nato-allies"));

    // the Tokyo office adjusts France's concerns; its interests and capability stay the roster's
    Scenario tokyo = LOADER.load(Path.of("library/nato-liaison-office-tokyo.yaml"));
    ActorSpec france = actor(tokyo, "france");
    ActorSpec rosterFrance = actor(coe, "france");
    assertThat(france.concerns()).containsEntry("out-of-area-focus", 0.9);
    assertThat(rosterFrance.concerns()).containsEntry("out-of-area-focus", 0.8);
    assertThat(france.interests()).isEqualTo(rosterFrance.interests());
    assertThat(france.capability()).isEqualTo(rosterFrance.capability());
    assertThat(france.name()).isEqualTo("France");
    assertThat(france.memberships()).containsExactly("nato");
    // the sources of a roster actor become the basis of its numbers
    assertThat(france.basis()).contains("Vilnius summit");
  }

  @Test
  void nAtoConsensusOverTheRosterFailsNamingWhoBlocks() throws Exception {
    // in the run: the Tokyo office is blocked, and the outcome names France
    Scenario tokyo = LOADER.load(Path.of("library/nato-liaison-office-tokyo.yaml"));
    Report run = ENGINE.run(tokyo, Map.of(), 7);
    OutcomeView o = run.turns().get(0).outcomeByMove().get("liaison-office");
    assertThat(o.status()).isEqualTo("BLOCKED");
    assertThat(o.by()).isEqualTo("france");

    // in the trials: the Centre is blocked in some trials, and each blocker is named with its
    // probability; every blocked trial names someone, and only allies block a NATO move
    Scenario coe = LOADER.load(Path.of("library/coe-southeast-asia.yaml"));
    try (Game g = ENGINE.startQuiet(coe, Map.of(), 0)) {
      g.playToEnd();
      TrialResult tr = Trials.run(g.structure(), Uncertainty.fitted(), 5, 2000);
      double blocked = tr.outcome(1, "coe").getOrDefault(Trials.Standing.BLOCKED, 0.0);
      Map<String, Double> by = tr.by(1, "coe", Trials.Standing.BLOCKED);
      assertThat(blocked).isGreaterThan(0.05);
      assertThat(by).containsKey("france").hasSizeGreaterThan(2);
      double sum = by.values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(sum).isGreaterThanOrEqualTo(blocked - 1e-9);
      assertThat(by.values()).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(blocked + 1e-9));
      List<String> allies =
          g.actors().stream().filter(a -> a.memberOf("nato")).map(a -> a.id()).toList();
      assertThat(by.keySet()).allSatisfy(a -> assertThat(allies).contains(a));
      // France, whose concern for NATO's Euro-Atlantic focus is on record, blocks most often
      assertThat(by.keySet().iterator().next()).isEqualTo("france");
    }

    // and one trial without uncertainty names the run's blocker alone
    try (Game g = ENGINE.start(tokyo, Map.of(), 0)) {
      g.playToEnd();
      TrialResult one = Trials.run(g.structure(), Uncertainty.NONE, 0, 1);
      assertThat(one.by(1, "liaison-office", Trials.Standing.BLOCKED))
          .containsExactly(Map.entry("france", 1.0));
    }
  }

  @Test
  void aseanConsensusAmongNamedStatesFailsNamingWhoBlocks() throws Exception {
    Scenario s = LOADER.load(Path.of("src/test/resources/valid/asean-consensus.yaml"));
    assertThat(s.actors())
        .filteredOn(a -> a.memberships().contains("asean"))
        .hasSizeGreaterThanOrEqualTo(7);
    try (Game g = ENGINE.start(s, Map.of(), 0)) {
      g.playToEnd();
      OutcomeView o = g.history().get(0).outcomeByMove().get("dialogue");
      assertThat(o.status()).isEqualTo("BLOCKED");
      assertThat(actor(s, o.by()).memberships()).contains("asean");
      assertThat(o.rules())
          .contains(
              "ASEAN - blocked by consensus - a member opposes a move that needs ASEAN's consensus");
      TrialResult one = Trials.run(g.structure(), Uncertainty.NONE, 0, 1);
      assertThat(one.outcome(1, "dialogue")).containsEntry(Trials.Standing.BLOCKED, 1.0);
      assertThat(one.by(1, "dialogue", Trials.Standing.BLOCKED)).containsKey(o.by());
    }
    // without the need for ASEAN's consensus the same members block nothing
    Scenario free =
        LOADER.parse(
            "asean-free.yaml",
            Files.readString(Path.of("src/test/resources/valid/asean-consensus.yaml"))
                .replace("          consensus: asean\n", ""));
    OutcomeView o = ENGINE.run(free, Map.of(), 0).turns().get(0).outcomeByMove().get("dialogue");
    assertThat(o.status()).isNotEqualTo("BLOCKED");
  }

  private static ActorSpec actor(Scenario s, String id) {
    return s.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }
}
