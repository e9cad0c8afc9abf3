package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorResolverTest {
  private final ErrorResolver resolver = new ErrorResolver();

  @AfterEach
  void clear() {
    ScriptLocation.clear();
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    // given a bad-input failure with a file location
    var e = new BadInputException("bad.yaml:5:5: unknown field 'titel' (did you mean 'title'?)");

    // when described
    ErrorResolver.Failure f = resolver.describe(e);

    // then one line, no stack trace, exit code 2
    assertThat(f.code()).isEqualTo(2);
    assertThat(f.text()).isEqualTo(e.getMessage()).doesNotContain("\n").doesNotContain("at ");
  }

  @Test
  void anyOtherFailureIsAnInternalErrorWithExitCodeOne() {
    // given faults of ours, an IllegalArgumentException among them
    for (Exception e :
        List.of(
            new IllegalStateException("the knowledge base could not be loaded"),
            new IllegalArgumentException("the knowledge base could not be loaded"))) {
      // when described, then it says so in one line with exit code 1
      ErrorResolver.Failure f = resolver.describe(e);
      assertThat(f.code()).isEqualTo(1);
      assertThat(f.text()).startsWith("internal error: the knowledge base could not be loaded");
    }
  }

  @Test
  void theCauseOfAnInternalErrorIsNamed() {
    var e =
        new java.io.UncheckedIOException(
            "cannot write the journal", new java.io.IOException("No space left on device"));
    assertThat(resolver.describe(e).text())
        .contains("cannot write the journal")
        .contains("No space left on device");
  }

  @Test
  void aFailingScriptLineIsNamedByFileAndLineAndKeepsItsCode() {
    // given a script at line 7
    ScriptLocation.at("workshop.txt", 7);

    // when an internal error happens there
    ErrorResolver.Failure f = resolver.describe(new IllegalStateException("boom"));

    // then the line names file and line, and the script fails with exit code 1, not 2
    assertThat(f.text()).startsWith("workshop.txt:7: internal error: boom");
    assertThat(ScriptLocation.hasFailed()).isTrue();
    assertThat(ScriptLocation.failure()).isEqualTo(1);
  }

  @Test
  void exitCodes() {
    // only the shell's own bad-input type is bad input; anything else is a fault of ours
    assertThat(ExitCodes.of(new IllegalStateException("wrapped", new BadInputException("x"))))
        .isEqualTo(2);
    assertThat(ExitCodes.of(new IllegalArgumentException("Unknown command 'quitt'"))).isEqualTo(1);
    assertThat(ExitCodes.of(new IllegalStateException("boom"))).isEqualTo(1);
    assertThat(ExitCodes.of(new AlreadyReported("said", 1))).isEqualTo(1);
    assertThat(ExitCodes.of(new AlreadyReported("said"))).isEqualTo(2);
  }
}
