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
  void shellParserErrorsBecomeOnePlainLine() {
    // given Spring Shell's own parse error (its message coloured)
    var e =
        new org.springframework.shell.command.CommandExecution.CommandParserExceptionsException(
            "\u001B[31mbad option\u001B[0m", List.of());

    // then one line without colour codes, exit code 2
    CommandHandlingResult r = resolver.resolve(e);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.message().strip()).isEqualTo("bad option");
  }

  @Test
  void nonInteractiveErrorsGoToStderrWithoutColourAndNamedByScriptLine() {
    // given a non-interactive run of a script, with a colour display
    var context = org.mockito.Mockito.mock(org.springframework.shell.context.ShellContext.class);
    org.mockito.Mockito.when(context.getInteractionMode())
        .thenReturn(org.springframework.shell.context.InteractionMode.NONINTERACTIVE);
    @SuppressWarnings("unchecked")
    org.springframework.beans.factory.ObjectProvider<org.springframework.shell.context.ShellContext>
        provider = org.mockito.Mockito.mock(org.springframework.beans.factory.ObjectProvider.class);
    org.mockito.Mockito.when(provider.getIfAvailable()).thenReturn(context);
    ErrorResolver nonInteractive =
        new ErrorResolver(new tabletop.shell.render.Display(true, () -> 80), provider);
    java.io.PrintStream saved = System.err;
    var err = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      ScriptLocation.at("workshop.txt", 7);
      CommandHandlingResult r =
          nonInteractive.resolve(new BadInputException("unknown actor 'chna'"));

      // then nothing on stdout, the line on stderr with file and line, and exit code 2
      assertThat(r.message()).isEmpty();
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo("workshop.txt:7: unknown actor 'chna'" + System.lineSeparator());
      assertThat(ScriptLocation.hasFailed()).isTrue();
    } finally {
      ScriptLocation.clear();
      System.setErr(saved);
    }
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
