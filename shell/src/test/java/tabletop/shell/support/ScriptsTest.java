package tabletop.shell.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptsTest {
  private final CommandInput input =
      new CommandInput(CommandSyntax.tabletop(List.of("help", "exit")));

  @TempDir Path dir;

  @Test
  void blankLinesAndCommentsAreSkipped() throws Exception {
    // given a script with comments and blank lines
    Path f = dir.resolve("workshop.txt");
    Files.writeString(f, "# a workshop\n\nturn next\n   \n  # later\nnote first impressions\n");

    // when read, then only the commands remain, with their line numbers
    List<Scripts.Line> lines = Scripts.read(f, input);
    assertThat(lines).extracting(Scripts.Line::number).containsExactly(3, 6);
    assertThat(lines.get(1).words()).containsExactly("note", "--text", "first impressions");
  }

  @Test
  void aBadLineIsNamedByFileAndLine() throws Exception {
    Path f = dir.resolve("workshop.txt");
    Files.writeString(f, "turn next\n\nturn next extra\n");
    assertThatThrownBy(() -> Scripts.read(f, input))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("workshop.txt:3: unexpected argument 'extra'");
  }

  @Test
  void aMissingFileIsOneLine() {
    assertThatThrownBy(() -> Scripts.read(dir.resolve("nope.txt"), input))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("no script file ")
        .hasMessageEndingWith("nope.txt");
  }
}
