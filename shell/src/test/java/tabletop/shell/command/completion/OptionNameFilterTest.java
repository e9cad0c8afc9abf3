package tabletop.shell.command.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandRegistration;

/** Tab completion without --help, -h, options already given, or option names where a value goes. */
class OptionNameFilterTest {
  private final CommandRegistration explain =
      CommandRegistration.builder()
          .command("explain")
          .withOption()
          .longNames("actor")
          .position(0)
          .and()
          .withOption()
          .longNames("turn")
          .type(Integer.class)
          .and()
          .withTarget()
          .consumer(c -> {})
          .and()
          .build();

  private final CommandRegistration report =
      CommandRegistration.builder()
          .command("report")
          .withOption()
          .longNames("format")
          .and()
          .withOption()
          .longNames("out")
          .and()
          .withTarget()
          .consumer(c -> {})
          .and()
          .build();

  private static List<CompletionProposal> proposals(String... values) {
    return java.util.Arrays.stream(values).map(CompletionProposal::new).toList();
  }

  private static List<String> values(List<CompletionProposal> ps) {
    return ps.stream().map(CompletionProposal::value).toList();
  }

  @Test
  void afterAPositionalValueOnlyTheOptionsNotGiven() {
    CompletionContext c = new CompletionContext(List.of("china", ""), 1, 0, explain, null);
    assertThat(values(OptionNameFilter.filter(c, proposals("--actor", "--turn", "--help", "-h"))))
        .containsExactly("--turn");
  }

  @Test
  void whereAValueGoesNoOptionNames() {
    CompletionContext c = new CompletionContext(List.of("--format", ""), 1, 0, report, null);
    assertThat(values(OptionNameFilter.filter(c, proposals("--out", "md", "html", "json", "csv"))))
        .containsExactly("md", "html", "json", "csv");
    // and before anything, the option names are offered (without --help)
    CompletionContext start = new CompletionContext(List.of(""), 0, 0, report, null);
    assertThat(values(OptionNameFilter.filter(start, proposals("--format", "--out", "--help"))))
        .containsExactly("--format", "--out");
  }

  @Test
  void reportFormatsAreTheReportsOnly() {
    CompletionContext c = new CompletionContext(List.of("--format", ""), 1, 0, report, null);
    assertThat(Formats.of(c)).containsExactly("md", "html", "json", "csv");
    CompletionContext e = new CompletionContext(List.of(""), 0, 0, explain, null);
    assertThat(Formats.of(e)).containsExactly("table", "json");
  }
}
