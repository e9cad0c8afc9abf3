package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line as typed, rewritten into the --option form Spring Shell binds. */
class CommandSyntaxTest {
  private final CommandSyntax syntax = CommandSyntax.tabletop(List.of("help", "exit", "clear"));

  private List<String> rewrite(String line) {
    return syntax.rewrite(CommandInput.words(line));
  }

  @Test
  void repeatedOptionsAccumulate() {
    // given --knob and --fact repeated, then every value is kept
    assertThat(
            rewrite(
                "run --knob military-component=standing-presence --knob russia-war-ongoing=false"))
        .containsExactly(
            "run", "--knob", "military-component=standing-presence", "russia-war-ongoing=false");
    assertThat(rewrite("inject \"z\" --fact a --fact b --retract c"))
        .containsExactly("inject", "--text", "z", "--fact", "a", "b", "--retract", "c");
    // and a comma stays inside its value
    assertThat(rewrite("run --knob scope=cyber,terrorism"))
        .containsExactly("run", "--knob", "scope=cyber,terrorism");
  }

  @Test
  void freeTextIsJoinedWithSpaces() {
    assertThat(rewrite("note two words unquoted"))
        .containsExactly("note", "--text", "two words unquoted");
    assertThat(rewrite("override china lean-oppose --reason Beijing waits and sees"))
        .containsExactly(
            "override",
            "--actor",
            "china",
            "--direction",
            "lean-oppose",
            "--reason",
            "Beijing waits and sees");
    assertThat(rewrite("inject Beijing recalls ambassador"))
        .containsExactly("inject", "--text", "Beijing recalls ambassador");
    assertThat(rewrite("inject Beijing recalls --fact russia-war-on-ukraine"))
        .containsExactly("inject", "--text", "Beijing recalls", "--fact", "russia-war-on-ukraine");
  }

  @Test
  void extraWordsAreRefusedWithTheUsage() {
    assertThatThrownBy(() -> rewrite("turn next extra args"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("unexpected arguments 'extra args' for turn next; usage: turn next");
    assertThatThrownBy(() -> rewrite("knob set scope cyber terrorism"))
        .hasMessageContaining("unexpected argument 'terrorism'")
        .hasMessageContaining("knob set NAME VALUE");
    assertThatThrownBy(() -> rewrite("brief now")).hasMessageContaining("'now'");
  }

  @Test
  void missingAndMalformedValuesSayWhatIsExpected() {
    assertThatThrownBy(() -> rewrite("explain"))
        .hasMessage("explain needs an actor: explain ACTOR (e.g. explain china)");
    assertThatThrownBy(() -> rewrite("knob set")).hasMessageStartingWith("knob set needs a knob");
    assertThatThrownBy(() -> rewrite("note")).hasMessageStartingWith("note needs its text");
    assertThatThrownBy(() -> rewrite("session resume"))
        .hasMessageStartingWith("session resume needs a session");
    assertThatThrownBy(() -> rewrite("override china lean-oppose"))
        .hasMessageStartingWith("override needs the team's reason");
    assertThatThrownBy(() -> rewrite("predict china oppose abc"))
        .hasMessage("the probability is a number from 0 to 1, like 0.8, not 'abc'");
    assertThatThrownBy(() -> rewrite("run --seed abc"))
        .hasMessageContaining("whole number")
        .hasMessageContaining("'abc'");
    assertThatThrownBy(() -> rewrite("run --seed")).hasMessageContaining("--seed needs a value");
    assertThatThrownBy(() -> rewrite("run --bogus"))
        .hasMessageContaining("unknown option '--bogus'");
    assertThatThrownBy(() -> rewrite("run --seed 1 --seed 2")).hasMessageContaining("twice");
  }

  @Test
  void valuesByPositionAndByName() {
    assertThat(rewrite("explain china --turn 2"))
        .containsExactly("explain", "--actor", "china", "--turn", "2");
    assertThat(rewrite("predict china oppose 0.8 --as blue"))
        .containsExactly(
            "predict",
            "--actor",
            "china",
            "--direction",
            "oppose",
            "--probability",
            "0.8",
            "--as",
            "blue");
    assertThat(rewrite("compare main --baseline"))
        .containsExactly("compare", "--branch", "main", "--baseline");
    assertThat(rewrite("knob reset")).containsExactly("knob", "reset");
    assertThat(rewrite("branch switch main")).containsExactly("branch", "switch", "--name", "main");
    assertThat(rewrite("branch what-if")).containsExactly("branch", "--name", "what-if");
  }

  @Test
  void unknownCommandsAndBuiltInOnes() {
    assertThatThrownBy(() -> rewrite("expain china"))
        .hasMessageContaining("no command 'expain'")
        .hasMessageContaining("did you mean 'explain'");
    assertThatThrownBy(() -> rewrite("turn"))
        .hasMessageContaining("turn next, turn rewind, turn show");
    assertThat(rewrite("help explain")).containsExactly("help", "explain");
    assertThat(rewrite("explain --help")).containsExactly("help", "explain");
    assertThat(rewrite("   ")).isEmpty();
  }

  @Test
  void anUnclosedQuoteInAScriptLineIsSaid() {
    assertThatThrownBy(() -> CommandInput.words("note \"unclosed"))
        .hasMessageContaining("quote is not closed");
  }
}
