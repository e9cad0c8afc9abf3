package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tabletop.shell.Fixtures;
import tabletop.shell.journal.Sessions;
import tabletop.shell.render.Display;
import tabletop.shell.render.ExportRenderer;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Article;
import tabletop.shell.workshop.Workshop;

/** Every command's happy path and a bad input, called as the shell calls them. */
class CommandsTest {
  private final ObjectMapper json = Fixtures.json();
  private final Display display = Display.plain();
  private final Workshop workshop = Fixtures.workshop();
  private final ScenarioCommands scenario =
      new ScenarioCommands(workshop, Fixtures.library(), display);
  private final TurnCommands turn = new TurnCommands(workshop, display);
  private final WorkshopCommands ws = new WorkshopCommands(workshop, display);
  private final KnobCommands knob = new KnobCommands(workshop, display);
  private final ExplainCommands explain = new ExplainCommands(workshop, display);
  private final BranchCommands branch = new BranchCommands(workshop, display);
  private final PredictCommands predict = new PredictCommands(workshop, display);

  @TempDir Path dir;

  @AfterEach
  void close() {
    workshop.close();
  }

  @Test
  void scenarioCommands() {
    // given the library, when listing, showing and loading, then the scenario shows
    assertThat(scenario.list()).contains("coe-southeast-asia");
    assertThat(scenario.show(null)).contains("Knobs").contains("military-component");
    assertThat(scenario.show("coe-southeast-asia")).contains("The proposal is tabled");
    assertThat(scenario.load("coe-southeast-asia", 0)).startsWith("Loaded coe-southeast-asia");
    // and unknown ids are bad input with a suggestion
    assertThatThrownBy(() -> scenario.load("coe-southeast-asi", 0))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("did you mean 'coe-southeast-asia'");
    assertThatThrownBy(() -> scenario.show("nowhere")).isInstanceOf(BadInputException.class);
  }

  @Test
  void validateReportsFileLineColumn() {
    // given a valid and a malformed file
    String good = "../scenarios/library/coe-southeast-asia.yaml";
    String bad = Fixtures.resource("scenarios/malformed.yaml").toString();

    // when validated, then the good passes and the bad names file:line:column
    assertThat(scenario.validate(new String[] {good})).endsWith("coe-southeast-asia.yaml: valid");
    assertThatThrownBy(() -> scenario.validate(new String[] {good, bad}))
        .isInstanceOf(BadInputException.class)
        .hasMessageMatching("(?s).*malformed\\.yaml:\\d+:\\d+: unknown field 'titel'.*");
  }

  @Test
  void mselExportThenImportGivesAScenarioThatValidates() {
    // given the library scenario exported as an MSEL spreadsheet
    Path csv = dir.resolve("msel.csv");
    scenario.exportMsel("coe-southeast-asia", csv.toString(), false);
    assertThat(csv).exists();

    // when the spreadsheet is imported into a file of another name
    Path yaml = dir.resolve("round-trip.yaml");
    scenario.importMsel(csv.toString(), yaml.toString(), false);

    // then the file carries the id of its name and validates
    assertThat(yaml).content().contains("id: round-trip");
    assertThat(scenario.validate(new String[] {yaml.toString()}))
        .endsWith("round-trip.yaml: valid");

    // and a missing spreadsheet is bad input
    assertThatThrownBy(
            () -> scenario.importMsel(dir.resolve("none.csv").toString(), "x.yaml", false))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void turnCommands() {
    // given a loaded scenario, when turns are played, shown and rewound
    String first = turn.next();
    assertThat(first).contains("Turn 1: The proposal is tabled").contains("China");
    // and the turn ends with its discussion questions
    assertThat(first).contains("What does the host need to hear");
    assertThat(turn.show(1)).contains("What does the host need to hear");
    assertThat(turn.next())
        .contains("Turn 2: Beijing answers")
        .containsPattern("(Since|No change since) turn 1");
    assertThat(turn.show(1)).contains("Turn 1");
    assertThat(turn.rewind(1)).contains("Back at the end of turn 1");
    assertThat(workshop.turn()).isEqualTo(1);
    // then out-of-range turns are bad input
    assertThatThrownBy(() -> turn.show(7)).hasMessageContaining("turn 7 is out of range");
    assertThatThrownBy(() -> turn.rewind(4)).isInstanceOf(BadInputException.class);
  }

  @Test
  void workshopCommands() {
    // given a scenario, when briefed, asked, injected, overridden and noted
    assertThat(ws.brief()).contains("Centre of Excellence");
    assertThat(ws.questions(null)).contains("What does the host need to hear");
    assertThat(ws.inject("Russia's war ends", null, new String[] {"russia-war-on-ukraine"}))
        .contains("takes effect at the start of turn 1");
    turn.next();
    assertThat(ws.override("china", "lean-oppose", "Beijing waits"))
        .contains("(team)")
        .contains("Team: Beijing");
    assertThat(ws.note("the host asks for a sunset clause")).contains("turn 1");
    // then mistakes are bad input
    assertThatThrownBy(() -> ws.questions(9)).hasMessageContaining("out of range");
    assertThatThrownBy(() -> ws.override("china", "maybe", "x"))
        .hasMessageContaining("not a direction");
    assertThatThrownBy(() -> ws.override("narnia", "oppose", "x"))
        .hasMessageContaining("unknown actor 'narnia'");
  }

  @Test
  void knobCommands() {
    // given the knobs, when set and reset, then the value shows
    assertThat(knob.list()).contains("military-component").contains("standing-presence");
    assertThat(knob.set("scope", "maritime-security,cyber"))
        .contains("scope = cyber,maritime-security");
    assertThat(knob.reset(null)).contains("All knobs are back");
    assertThat(knob.reset("scope")).contains("scope is back");
    // and bad values are bad input naming what the knob takes
    assertThatThrownBy(() -> knob.set("funding", "crowd"))
        .hasMessageContaining("takes one of nato-led, joint, host-led");
    assertThatThrownBy(() -> knob.reset("colour")).hasMessageContaining("unknown knob");
  }

  @Test
  void explainShowsTheChainAndTheAssumptionsApart() {
    // given a played turn
    assertThatThrownBy(() -> explain.explain("china", null, null, false))
        .hasMessageContaining("no turn played yet");
    turn.next();

    // when explaining China, then the chain, the rule, the paragraph and the assumptions show
    String out = explain.explain("china", 1, null, false);
    assertThat(out)
        .contains("China on coe, turn 1: oppose")
        .contains("P14")
        .contains("Rests on (assumptions, not the article)")
        .contains("'explain china --full' lists them");
    // and --full shows the whole chain, more than the one screen
    String full = explain.explain("china", 1, null, true);
    assertThat(full.lines().count()).isGreaterThan(out.lines().count());
    assertThat(full)
        .contains("China - contests NATO's legitimacy - rhetorical attack on the Alliance");
    assertThatThrownBy(() -> explain.explain("chna", null, null, false))
        .hasMessageContaining("did you mean 'china'");
    assertThatThrownBy(() -> explain.explain("china", null, "nothing", false))
        .hasMessageContaining("did not react to 'nothing'");
  }

  @Test
  void sourceAndRules() {
    // given the article and the rules
    SourceCommands source = new SourceCommands(new Article(), Fixtures.ENGINE, display, json);
    RuleCommands rules = new RuleCommands(Fixtures.ENGINE, display);

    // when asked, then paragraphs, ranges and an actor's rules show
    assertThat(source.source("P14")).contains("P14").contains("rhetorical attack");
    assertThat(source.source("p14-p16")).contains("P15").contains("P16");
    assertThat(source.coverage("table")).contains("P24");
    assertThat(rules.list("republic-of-korea")).contains("Republic of Korea - takes part");
    assertThat(rules.list("china")).doesNotContain("Japan -");
    assertThat(rules.list(null)).contains("Any actor - reacts");
    // and unknown ones are bad input
    assertThatThrownBy(() -> source.source("P99"))
        .hasMessageContaining("paragraphs run from P1 to P24");
    assertThatThrownBy(() -> source.coverage("xml"))
        .hasMessageContaining("--format takes table or json");
    assertThatThrownBy(() -> rules.list("atlantis")).hasMessageContaining("no rules for actor");
  }

  @Test
  void branchesAndCompare() {
    // given turn 1 on main
    turn.next();

    // when a branch turns a knob and both play turn 2
    assertThat(branch.fork("standing")).contains("forked from main at turn 1");
    knob.set("military-component", "standing-presence");
    turn.next();
    assertThat(branch.list()).contains("standing").contains("(current)");
    assertThat(branch.switchTo("main")).contains("turn 1");
    turn.next();

    // then compare names the knob, and the baseline compare works
    assertThat(branch.compare("standing", false))
        .contains("military-component: none here, standing-presence there");
    assertThat(branch.compare(null, true)).contains("against baseline");
    assertThatThrownBy(() -> branch.fork("standing")).hasMessageContaining("exists");
    assertThatThrownBy(() -> branch.switchTo("nowhere")).hasMessageContaining("no branch named");
    assertThatThrownBy(() -> branch.compare("nowhere", false))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void predictAndScores() {
    // given predictions before turn 1
    assertThat(predict.scores()).contains("No predictions yet");
    assertThat(predict.predict("china", "support", 0.6, "blue"))
        .contains("blue predicts China")
        .doesNotContain("replaces");
    // and a second word from the same predictor on the same actor and turn replaces the first
    assertThat(predict.predict("china", "oppose", 0.8, "blue").replaceAll("\\s+", " "))
        .contains("blue predicts China oppose")
        .contains("replaces blue's earlier prediction, support (60% sure)");
    assertThat(workshop.predictions()).hasSize(1);
    // and before the turn is played the prediction waits
    assertThat(predict.scores()).contains("Waiting for their turn").contains("blue: China");

    // when the turn is played, then the score shows
    turn.next();
    assertThat(predict.scores())
        .doesNotContain("Waiting for their turn")
        .contains("blue: 1 of 1 prediction on the right side")
        .contains("0.030");
    assertThatThrownBy(() -> predict.predict("china", "oppose", 1.5, "x"))
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> predict.predict("atlantis", "oppose", 1, "x"))
        .hasMessageContaining("unknown actor");
  }

  @Test
  void runAsTable() {
    // given the run command, when run as a table, then each turn and the outcome show
    RunCommands run = new RunCommands(workshop, Fixtures.library(), Fixtures.ENGINE, display, json);
    assertThat(run.run("coe-southeast-asia", null, 0, "table"))
        .contains("Turn 3")
        .contains("Outcome");
    assertThatThrownBy(() -> run.run(null, new String[] {"military-component"}, 0, "table"))
        .hasMessageContaining("--knob takes NAME=VALUE");
    assertThatThrownBy(() -> run.run(null, null, 0, "yaml")).hasMessageContaining("--format");
    assertThatThrownBy(() -> run.run("nowhere", null, 0, "table"))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void reportAsJson() throws Exception {
    // given a played turn with a note
    turn.next();
    ws.note("first impressions");
    ReportCommands report = new ReportCommands(workshop, new ExportRenderer());

    // when the report is written as JSON
    Path out = dir.resolve("aar.json");
    assertThat(report.report("json", out.toString(), false)).contains("aar.json");

    // then it holds the after-action record's fields
    var root = json.readTree(Files.readString(out));
    assertThat(root.get("scenarioId").asText()).isEqualTo("coe-southeast-asia");
    assertThat(root.get("timeline").toString()).contains("first impressions");
    assertThatThrownBy(() -> report.report("pdf", out.toString(), false))
        .hasMessageContaining("--format");
  }

  @Test
  void sessionCommands() {
    // given an earlier session with one action, and this one
    ObjectMapper compact = json.copy().disable(SerializationFeature.INDENT_OUTPUT);
    Sessions earlier = new Sessions(dir, compact, Clock.systemUTC());
    Workshop before = tabletop.shell.Fixtures.workshop();
    earlier.start(before);
    before.apply(new tabletop.shell.workshop.Action.Next());
    String id = earlier.currentId();
    earlier.close();
    before.close();
    Sessions sessions = new Sessions(dir, compact, Clock.systemUTC());
    sessions.start(workshop);
    workshop.apply(new tabletop.shell.workshop.Action.Note("here"));
    SessionCommands cmd = new SessionCommands(sessions, workshop, display);

    // when listed and resumed, then it is there and the state comes back
    assertThat(cmd.list()).contains(sessions.currentId()).contains("live (here)").contains(id);
    assertThatThrownBy(() -> cmd.resume(sessions.currentId())).hasMessageContaining("is this one");
    assertThat(cmd.resume(id)).contains("tabletop[coe-southeast-asia t1]>");
    assertThat(cmd.show()).contains(id);
    assertThatThrownBy(() -> cmd.resume("1999-01-01-000000-x")).hasMessageContaining("no session");
    sessions.close();
  }

  @Test
  void displayCommand() {
    Display display = new Display(true, () -> 80);
    DisplayCommands cmd = new DisplayCommands(display);
    assertThat(cmd.display("plain", null)).isEqualTo("Output is plain.");
    assertThat(cmd.display("colour", null)).isEqualTo("Output is in colour.");
    assertThatThrownBy(() -> cmd.display("sepia", null)).isInstanceOf(BadInputException.class);
    // and the turn screen's sources column goes on and off
    assertThat(cmd.display("sources", "on")).contains("shows");
    assertThat(display.sources()).isTrue();
    assertThat(cmd.display("sources", "off")).contains("leaves out");
    assertThat(display.sources()).isFalse();
    assertThatThrownBy(() -> cmd.display("sources", "maybe"))
        .hasMessageContaining("takes on or off, not 'maybe'");
  }
}
