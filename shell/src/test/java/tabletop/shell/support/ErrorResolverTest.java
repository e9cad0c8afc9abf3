package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.shell.CommandNotFound;
import org.springframework.shell.command.CommandHandlingResult;
import tabletop.shell.render.Display;

class ErrorResolverTest {
  private final ErrorResolver resolver = new ErrorResolver(Display.plain());

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    // given a bad-input failure with a file location
    var e = new BadInputException("bad.yaml:5:5: unknown field 'titel' (did you mean 'title'?)");

    // when resolved
    CommandHandlingResult r = resolver.resolve(e);

    // then one line, no stack trace, exit code 2
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.message().strip())
        .isEqualTo(e.getMessage())
        .doesNotContain("\n")
        .doesNotContain("at ");
  }

  @Test
  void anyOtherFailureIsAnInternalErrorWithExitCodeOne() {
    // given a fault of ours
    var e = new IllegalStateException("the knowledge base could not be loaded");

    // when resolved, then it says so in one line with exit code 1
    CommandHandlingResult r = resolver.resolve(e);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.message()).startsWith("internal error: the knowledge base could not be loaded");
  }

  @Test
  void shellParserErrorsAreLeftToSpringShell() {
    var e =
        new org.springframework.shell.command.CommandExecution.CommandParserExceptionsException(
            "bad option", List.of());
    assertThat(resolver.resolve(e)).isNull();
  }

  @Test
  void exitCodesOfShellFailures() {
    // given the failures Spring Shell raises for a mistyped command line, then they are bad input
    assertThat(ExitCodes.of(new CommandNotFound(List.of("frobnicate")))).isEqualTo(2);
    assertThat(ExitCodes.of(new IllegalStateException("wrapped", new BadInputException("x"))))
        .isEqualTo(2);
    assertThat(ExitCodes.of(new IllegalArgumentException("Unknown command 'quitt'"))).isEqualTo(2);
    assertThat(ExitCodes.of(new IllegalStateException("boom"))).isEqualTo(1);
  }

  @Test
  void applicationOptionsStayOutOfTheCommand() {
    // given arguments with application options before the command
    List<String> command =
        ArgumentsCustomizer.command(
            new String[] {
              "--tabletop.sessions=/tmp/x", "inject", "Russia's war ends", "--retract", "r"
            });

    // then the command keeps its words, quoted where needed
    assertThat(command).containsExactly("inject \"Russia's war ends\" --retract r");
  }
}
