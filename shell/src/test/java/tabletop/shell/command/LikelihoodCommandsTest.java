package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tabletop.engine.sim.Trials;
import tabletop.engine.sim.Uncertainty;
import tabletop.shell.Fixtures;
import tabletop.shell.render.Display;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Action;
import tabletop.shell.workshop.WholeRunTrials;
import tabletop.shell.workshop.Workshop;

/** {@code likelihood}: whole-run trials of the session as it stands, to the scenario's end. */
class LikelihoodCommandsTest {
  private final Workshop workshop = Fixtures.workshop();

  @TempDir Path dir;

  @AfterEach
  void close() {
    workshop.close();
  }

  private LikelihoodCommands command() {
    return new LikelihoodCommands(
        workshop,
        Display.plain(),
        Fixtures.json(),
        new StaticListableBeanFactory().getBeanProvider(org.jline.terminal.Terminal.class),
        dir.resolve("sessions"));
  }

  private String json(int trials, long seed, int threads) {
    return command().likelihood(trials, seed, threads, "json", null, false);
  }

  @Test
  void theJsonIsByteIdenticalTwiceAndForOneOrTwoThreads() {
    // given the loaded scenario, when 10000 trials are asked for with seed 7 on one and two threads
    String once = json(10_000, 7, 1);
    String again = json(10_000, 7, 1);
    String two = json(10_000, 7, 2);

    // then the bytes are the same every time
    assertThat(again).isEqualTo(once);
    assertThat(two).isEqualTo(once);
    assertThat(once).contains("\"trials\" : 10000").contains("\"seed\" : 7");
    assertThat(once).doesNotContain("millis").doesNotContain("threads");
    // and another seed draws other trials
    assertThat(json(10_000, 8, 2)).isNotEqualTo(once);
  }

  @Test
  void theJsonCarriesEveryTurnsOutcomesAndStancesAndTheRun() throws Exception {
    JsonNode root = Fixtures.json().readTree(json(2000, 7, 2));
    int last = workshop.scenario().lastTurn();
    assertThat(root.get("turns")).hasSize(last);
    assertThat(root.get("run")).hasSize(last);
    assertThat(root.get("stopped").asBoolean()).isFalse();
    JsonNode turn1 = root.get("turns").get(0);
    assertThat(turn1.get("outcomes")).isNotEmpty();
    for (JsonNode o : turn1.get("outcomes")) {
      double sum = 0;
      for (JsonNode p : o.get("probabilities")) {
        sum += p.asDouble();
      }
      assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.005));
    }
    for (JsonNode s : turn1.get("stances")) {
      assertThat(s.get("distribution").size()).isEqualTo(5);
    }
  }

  @Test
  void theTextGivesOutcomesAndABarPerActorAndSaysWhatTheSeedChanges() {
    String out = command().likelihood(2000, 7L, 2, "text", null, false);
    List<String> lines = out.lines().toList();
    assertThat(out).contains("2000 trials, seed 7.");
    assertThat(out)
        .contains(
            "The seed changes the draws of the trials behind the probabilities, not the run's"
                + " directions.");
    assertThat(out).contains("Turn 1: ").contains("(as scripted)");
    // an outcome line per move with statuses in words, and a bar of 20 marks per actor
    assertThat(lines)
        .anyMatch(l -> l.matches("  .+: (goes ahead|stalled|declined|blocked) \\d+%.*"));
    assertThat(lines)
        .anyMatch(
            l ->
                l.matches(
                    "    China +[#+·=-]{20}  (support|lean support|neutral|lean oppose|oppose) \\d+%.*"));
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void whereTheRunIsNotTheMostLikelyTheLineSaysWhatTheRunHas() {
    // given the figures for the session as it stands
    var s = WholeRunTrials.structure(workshop.game());
    var r = WholeRunTrials.run(s, 7, 2000, 2, n -> {});
    String out = command().likelihood(2000, 7L, 2, "text", null, false);

    // then each stance whose run direction is not the trials' most likely says so, and only those
    int differing = 0;
    for (var t : r.trials().table()) {
      for (var st : t.stances()) {
        if (st.judged() == 0) {
          continue; // decided earlier in every trial: the screen shows no stance for it
        }
        // a counter-move the run did not table has no stance in the run
        var run =
            r.run().stance(t.turn(), st.actor(), st.move()).entrySet().stream()
                .filter(e -> e.getValue() == 1.0)
                .findFirst()
                .map(e -> e.getKey().name());
        if (run.isPresent()
            && tabletop.shell.export.Chances.differs(st.distribution(), run.get())) {
          differing++;
        }
      }
    }
    long said =
        out.lines().filter(l -> l.matches("    \\S.*[#+·=-]{20}  .*; the run has .*")).count();
    assertThat(said).isEqualTo(differing);
  }

  @Test
  void theRunBesideTheTrialsIsTheGamesOwnPlay() {
    // given a session played to its end, the run (trials with nothing drawn) gives each turn's
    // reactions and outcomes as the game played them
    while (!workshop.game().finished()) {
      workshop.apply(new Action.Next());
    }
    var s = WholeRunTrials.structure(workshop.game());
    var run = Trials.run(s, Uncertainty.NONE, 0, 1);
    for (var t : workshop.history()) {
      for (var r : t.reactions()) {
        assertThat(run.reaction(t.turn(), r.actor(), r.move()))
            .as("turn %d %s on %s", t.turn(), r.actor(), r.move())
            .containsEntry(
                tabletop.engine.model.Direction.valueOf(
                    r.modelDirection() == null ? r.direction() : r.modelDirection()),
                1.0);
      }
      t.outcomeByMove()
          .forEach(
              (m, o) ->
                  assertThat(run.outcome(t.turn(), m))
                      .as("turn %d outcome of %s", t.turn(), m)
                      .containsEntry(Trials.Standing.valueOf(o.status()), 1.0));
    }
  }

  @Test
  void aStopKeepsTheFiguresSoFarAndSaysSo() {
    // given trials whose caller is interrupted once some are done (Ctrl-C at the shell)
    var s = WholeRunTrials.structure(workshop.game());
    Thread caller = Thread.currentThread();
    WholeRunTrials.Result r = WholeRunTrials.run(s, 7, 1_000_000, 2, ctrlC(caller));

    // then they stop early, the count is what was done, and the caller is no longer interrupted
    assertThat(Thread.interrupted()).isFalse();
    assertThat(r.trials().stopped()).isTrue();
    assertThat(r.trials().trials()).isBetween(2048L, 999_999L);
    assertThat(r.trials().asked()).isEqualTo(1_000_000);
    assertThat(workshop.turn()).isZero();
  }

  /** A listener that interrupts the caller once 2048 trials are done, as Ctrl-C would. */
  private static java.util.function.LongConsumer ctrlC(Thread caller) {
    return n -> {
      if (n >= 2048) {
        caller.interrupt();
      }
    };
  }

  @Test
  void aStoppedRunSaysSoAboveThePartialFigures() {
    var s = WholeRunTrials.structure(workshop.game());
    WholeRunTrials.Result r = WholeRunTrials.run(s, 7, 1_000_000, 1, ctrlC(Thread.currentThread()));
    assertThat(r.trials().trials()).isPositive();
    String out =
        new tabletop.shell.render.LikelihoodScreen(Display.plain(), null)
            .render(
                new tabletop.shell.render.LikelihoodScreen.Heading(
                    "coe-southeast-asia", 7, 1_000_000, 0, 3, java.util.Map.of()),
                r.trials(),
                r.run());
    assertThat(out.lines().toList().get(1))
        .isEqualTo(
            "Stopped after "
                + r.trials().trials()
                + " of 1000000 trials: the figures below rest on those "
                + r.trials().trials()
                + ".");
  }

  @Test
  void badValuesGetOneLine() {
    LikelihoodCommands c = command();
    assertThatThrownBy(() -> c.likelihood(0, 7L, 1, "text", null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessage("--trials takes a whole number from 1 to 10000000, like 10000, not 0");
    assertThatThrownBy(() -> c.likelihood(10, 7L, -1, "text", null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessage("--threads takes a whole number from 1 to 256, like 2, not -1");
    assertThatThrownBy(() -> c.likelihood(10, 7L, 1, "csv", null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("--format takes text or json");
    assertThatThrownBy(
            () -> c.likelihood(10, 7L, 1, "json", dir.resolve("x.txt").toString(), false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(".json");
  }

  @Test
  void outputWritesTheFileAndSaysWhere() throws Exception {
    Path f = dir.resolve("likely.json");
    String said = command().likelihood(500, 7L, 1, "json", f.toString(), false);
    assertThat(said).isEqualTo("Wrote the likelihood (json, 500 trials, seed 7) to " + f);
    assertThat(Files.readString(f)).isEqualTo(json(500, 7, 2) + "\n");
    // an existing file is kept without --force
    assertThatThrownBy(() -> command().likelihood(500, 7L, 1, "json", f.toString(), false))
        .isInstanceOf(BadInputException.class);
    Path t = dir.resolve("likely.txt");
    command().likelihood(500, 7L, 1, "text", t.toString(), false);
    assertThat(Files.readString(t)).contains("500 trials, seed 7.").doesNotContain("\u001b[");
  }

  @Test
  void theSessionAsItStandsCounts() {
    // given a team decision in turn 1 that the model would not take
    workshop.apply(new Action.Next());
    String before = json(1000, 7, 1);
    workshop.apply(new Action.Override("china", "support", "a test of the team's weight"));

    // when the trials run again, then they play the session with the team's decision in it
    String after = json(1000, 7, 1);
    assertThat(after).isNotEqualTo(before).contains("\"turnsPlayed\" : 1");
  }

  @Test
  void theSeedChangesTheTrialsDrawsNotTheRunsDirections() throws Exception {
    // given the scenario run with seed 0 and with seed 7
    RunCommands run =
        new RunCommands(
            workshop, Fixtures.library(), Fixtures.ENGINE, Display.plain(), Fixtures.json());
    JsonNode zero = Fixtures.json().readTree(run.run(null, null, 0L, "json"));
    JsonNode seven = Fixtures.json().readTree(run.run(null, null, 7L, "json"));

    // then every reaction's direction and every outcome is the same, and some probability is not
    assertThat(seven.findValuesAsText("direction"))
        .isEqualTo(zero.findValuesAsText("direction"))
        .isNotEmpty();
    assertThat(seven.findValuesAsText("status")).isEqualTo(zero.findValuesAsText("status"));
    assertThat(seven.findValues("distribution")).isNotEqualTo(zero.findValues("distribution"));
    // and the table output says so under its header
    List<String> head = run.run(null, null, 7L, "table").lines().limit(2).toList();
    assertThat(head.get(0)).startsWith("Ran coe-southeast-asia, seed 7, ");
    assertThat(head.get(1)).isEqualTo(tabletop.shell.render.LikelihoodScreen.SEED_LINE);
  }
}
