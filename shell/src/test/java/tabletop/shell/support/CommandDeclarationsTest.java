package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import tabletop.shell.ShellContextTest;
import tabletop.shell.render.Display;
import tabletop.shell.support.Syntax.Kind;
import tabletop.shell.support.Syntax.Param;

/**
 * One declaration per command: for every command, the usage line, the help, the completion and the
 * parsing all come from its {@code @Command}/{@code @Option} declaration and agree with each other.
 */
class CommandDeclarationsTest extends ShellContextTest {

  static Stream<String> commands() throws Exception {
    // the commands are read from the declarations at run time; the list here is what the
    // workshop promises in README, and the test below checks it is exactly what is declared
    return Stream.of(COMMANDS);
  }

  static final String[] COMMANDS = {
    "backtest",
    "branch",
    "branch list",
    "branch switch",
    "brief",
    "calibrate",
    "clear",
    "compare",
    "deal",
    "display",
    "explain",
    "help",
    "history",
    "inject",
    "knob list",
    "knob reset",
    "knob set",
    "likelihood",
    "move accept",
    "move amend",
    "move list",
    "move replace",
    "move table",
    "move veto",
    "move withdraw",
    "note",
    "override",
    "predict",
    "questions",
    "quit",
    "report",
    "rules list",
    "run",
    "scenario export-msel",
    "scenario import-msel",
    "scenario list",
    "scenario load",
    "scenario show",
    "scenario validate",
    "scores",
    "script",
    "sensitivity",
    "session list",
    "session resume",
    "session show",
    "source",
    "sources coverage",
    "stacktrace",
    "turn next",
    "turn rewind",
    "turn show"
  };

  @Test
  void theDeclaredCommandsAreTheOnesHelpLists() {
    assertThat(commandLine.syntaxes().keySet()).containsExactlyInAnyOrder(COMMANDS);
    assertThat(commandLine.parseLine("exit").syntax().command()).isEqualTo("quit");
    String help = new Help(commandLine, Display.plain()).all();
    for (String c : COMMANDS) {
      assertThat(help).contains("  " + c + " ");
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void usageHelpCompletionAndParsingAgree(String command) {
    Syntax s = commandLine.syntax(command);

    // the usage names every option, in the form the parser reads
    for (Param p : s.params()) {
      assertThat(s.usage()).contains(p.usage());
      if (!p.positional()) {
        assertThat(p.usage()).contains("--" + p.name());
      }
    }

    // help shows that same usage line and every option
    String help = new Help(commandLine, Display.plain()).command(command);
    assertThat(help).contains("Usage: " + s.usage());
    for (Param p : s.params()) {
      assertThat(help).contains("--" + p.name());
    }

    // the example in the declaration parses as that command
    if (s.example() != null) {
      CommandLine.Parsed parsed = commandLine.parseLine(s.example());
      assertThat(parsed.syntax().command()).isEqualTo(command);
    }

    // a required option left out is refused with the usage line
    for (Param p : s.params()) {
      if (p.required()) {
        assertThatThrownBy(() -> commandLine.parseLine(command))
            .isInstanceOf(BadInputException.class)
            .hasMessageContaining("usage: " + s.usage());
        break;
      }
    }

    // after '-', Tab offers exactly the declared option names; '--help' is the parser's own
    List<String> offered = complete(command + " -");
    assertThat(offered)
        .containsExactlyInAnyOrderElementsOf(
            s.params().stream().map(p -> "--" + p.name()).toList());

    // each positional place offers what its declaration's provider offers, and no option names
    List<String> words = new ArrayList<>(List.of(command.split(" ")));
    for (Param p : s.positionals()) {
      if (p.kind() == Kind.TEXT) {
        assertThat(complete(String.join(" ", words) + " ")).isEmpty();
        break;
      }
      List<String> at = complete(String.join(" ", words) + " ");
      assertThat(at).noneMatch(o -> o.startsWith("-"));
      if (p.option().getCompletion() != null) {
        List<String> expected =
            p
                .option()
                .getCompletion()
                .apply(
                    context(String.join(" ", words) + " ")
                        .commandRegistration(s.registration())
                        .commandOption(p.option()))
                .stream()
                .map(CompletionProposal::value)
                .toList();
        assertThat(at).containsAll(expected);
      }
      words.add(sample(p));
      if (p.kind() == Kind.WORDS) {
        break;
      }
    }
  }

  /** A value that fits an option of its type. */
  private static String sample(Param p) {
    Class<?> t = p.type();
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      return "1";
    }
    if (t == double.class || t == Double.class) {
      return "0.5";
    }
    return "x";
  }

  @Override
  protected List<String> complete(String line) {
    return shell.complete(context(line)).stream().map(CompletionProposal::value).toList();
  }

  private static CompletionContext context(String line) {
    List<String> words = new ArrayList<>(List.of(line.split(" ", -1)));
    if (words.isEmpty()) {
      words.add("");
    }
    String last = words.get(words.size() - 1);
    return new CompletionContext(words, words.size() - 1, last.length(), null, null);
  }

  @Test
  void repeatedOptionsAccumulateAndTextIsKeptAsTyped() {
    CommandLine.Parsed run =
        commandLine.parseLine(
            "run --knob military-component=training --seed 7 --knob scope=cyber,terrorism");
    assertThat((String[]) run.value("knob"))
        .containsExactly("military-component=training", "scope=cyber,terrorism");
    assertThat(run.value("seed")).isEqualTo(7L);

    CommandLine.Parsed inject =
        commandLine.parseLine(
            "inject China's navy  shadows \"the\" host's coast guard --retract a --fact b --retract c");
    assertThat(inject.value("text")).isEqualTo("China's navy  shadows \"the\" host's coast guard");
    assertThat((String[]) inject.value("retract")).containsExactly("a", "c");
    assertThat((String[]) inject.value("fact")).containsExactly("b");

    CommandLine.Parsed override =
        commandLine.parseLine(
            "override china lean-oppose --reason Beijing's \"wait\" C:\\temp\\new");
    assertThat(override.value("actor")).isEqualTo("china");
    assertThat(override.value("reason")).isEqualTo("Beijing's \"wait\" C:\\temp\\new");
    assertThat(commandLine.parseLine("override china oppose they said -- no").value("reason"))
        .isEqualTo("they said -- no");
  }

  @Test
  void leadingDashesAreText() {
    assertThat(commandLine.parseLine("note -- dash").value("text")).isEqualTo("-- dash");
    assertThat(commandLine.parseLine("note -x").value("text")).isEqualTo("-x");
    assertThat(commandLine.parseLine("note --not-an-option at all").value("text"))
        .isEqualTo("--not-an-option at all");
    assertThat(commandLine.parseLine("note --help").help()).isTrue();
  }

  @Test
  void wordsMayBeQuotedToHoldSpaces() {
    assertThat(commandLine.parseLine("scenario load \"my file.yaml\" --seed 3").value("id"))
        .isEqualTo("my file.yaml");
  }

  @Test
  void badLinesSayWhatIsWrongWithTheUsage() {
    assertThatThrownBy(() -> commandLine.parseLine("turn next extra"))
        .hasMessage("unexpected argument 'extra' for turn next; usage: turn next (e.g. turn next)");
    assertThatThrownBy(() -> commandLine.parseLine("run --bogus"))
        .hasMessageStartingWith("unknown option '--bogus'");
    assertThatThrownBy(() -> commandLine.parseLine("run --sed 3"))
        .hasMessageStartingWith("unknown option '--sed' (did you mean '--seed'?)");
    // --scenario where a command works on the loaded scenario says how to name one
    assertThatThrownBy(() -> commandLine.parseLine("likelihood --scenario korean-peninsula-crisis"))
        .hasMessageStartingWith(
            "unknown option '--scenario' (likelihood works on the loaded scenario: 'scenario load"
                + " ID' first; as one command, ./tabletop --tabletop.scenario=ID likelihood)");
    assertThatThrownBy(() -> commandLine.parseLine("turn rewind one"))
        .hasMessageStartingWith("the turn must be a whole number, like 1, not 'one'");
    assertThatThrownBy(() -> commandLine.parseLine("predict china oppose NaN"))
        .hasMessageStartingWith("the probability must be a number, like 0.8, not 'NaN'");
    assertThatThrownBy(() -> commandLine.parseLine("knob frob"))
        .hasMessageStartingWith("knob is followed by one of: knob list, knob reset, knob set");
    assertThatThrownBy(() -> commandLine.parseLine("note"))
        .hasMessageStartingWith("note needs its text; usage: note TEXT");
    assertThatThrownBy(() -> commandLine.parseLine("help --bogus"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("unknown option '--bogus'");
  }

  @Test
  void commandLineWordsAreReadLikeTypedOnes() {
    CommandLine.Parsed p = commandLine.parseArgs(List.of("note", "it's", "a \"quoted\"  text"));
    assertThat(p.value("text")).isEqualTo("it's a \"quoted\"  text");
    assertThat(commandLine.parseArgs(List.of("scenario", "load", "my file.yaml")).value("id"))
        .isEqualTo("my file.yaml");
  }

  @Test
  void tabAfterAPositionalPlaceOffersValuesAndOptionsOnlyAfterADash() {
    assertThat(complete("explain ")).contains("china").noneMatch(o -> o.startsWith("-"));
    assertThat(complete("explain ch")).contains("china");
    assertThat(complete("explain china ")).isEmpty();
    assertThat(complete("explain china -")).containsExactlyInAnyOrder("--turn", "--move", "--full");
    assertThat(complete("knob set military-component ")).contains("training");
    assertThat(complete("knob s")).containsExactly("set");
    assertThat(complete("run --format ")).containsExactlyInAnyOrder("table", "json");
    assertThat(complete("help knob ")).containsExactlyInAnyOrder("list", "reset", "set");
  }

  @Test
  void aScriptIsReadWholeFirstAndNamesTheBadLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("workshop.txt");
    Files.writeString(
        f, "# a workshop\n\nturn next\n   \n  # later\nnote it's \"first\" impressions\n");
    List<Scripts.Line> lines = Scripts.read(f, commandLine);
    assertThat(lines).extracting(Scripts.Line::number).containsExactly(3, 6);
    assertThat(commandLine.parseLine(lines.get(1).text()).value("text"))
        .isEqualTo("it's \"first\" impressions");

    Files.writeString(f, "turn next\n\nturn next extra\n");
    assertThatThrownBy(() -> Scripts.read(f, commandLine))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("workshop.txt:3: unexpected argument 'extra'");
    assertThatThrownBy(() -> Scripts.read(dir.resolve("nope.txt"), commandLine))
        .hasMessageStartingWith("no script file");
  }

  @Test
  void aScriptThatRunsItselfStopsWithAMessage(@TempDir Path dir) throws Exception {
    // given a script that runs itself
    Path f = dir.resolve("loop.tt");
    Files.writeString(f, "note round\nscript " + f + "\n");

    // when run at the prompt
    String screen = type("script " + f, "session show");

    // then it stops at the nesting limit with one line, and the shell goes on
    assertThat(screen).contains("scripts run scripts " + Scripts.MAX_DEPTH + " deep");
    assertThat(screen).contains("Session ");
    assertThat(screen).doesNotContain("StackOverflow");
  }

  @Test
  void theStructureOfTheLineIsLinearInItsLength() {
    // a 1 MB note: read in one pass (a hang guard, not a timing)
    String text = "word's \"x\" ".repeat(100_000).strip();
    assertThat(commandLine.parseLine("note " + text).value("text")).isEqualTo(text);
    Map<String, Syntax> all = commandLine.syntaxes();
    assertThat(all).isNotEmpty();
  }
}
