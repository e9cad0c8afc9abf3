package tabletop.shell.command.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.CompletionProposal;

/** Tab after {@code scenario load} offers the folders and scenario files a path begins. */
class ScenarioIdsTest {
  @TempDir Path base;

  @Test
  void foldersGoOnWithTheirSlashAndFilesAreScenarioFilesOnly() throws Exception {
    Files.createDirectories(base.resolve("cases"));
    Files.createDirectories(base.resolve(".hidden"));
    Files.writeString(base.resolve("cases/drills-2022.yaml"), "id: x\n");
    Files.writeString(base.resolve("cases/drills-notes.txt"), "not a scenario\n");
    Files.writeString(base.resolve("cases/drills.json"), "{}\n");
    Files.writeString(base.resolve("cases/other.yml"), "id: y\n");

    assertThat(ScenarioIds.paths(base, "ca"))
        .extracting(CompletionProposal::value, CompletionProposal::complete)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cases/", false));
    assertThat(ScenarioIds.paths(base, "cases/dr"))
        .extracting(CompletionProposal::value)
        .containsExactly("cases/drills-2022.yaml", "cases/drills.json");
    assertThat(ScenarioIds.paths(base, "cases/"))
        .extracting(CompletionProposal::value)
        .containsExactly("cases/drills-2022.yaml", "cases/drills.json", "cases/other.yml");
    // hidden folders only when a dot is typed; nothing for a folder that is not there
    assertThat(ScenarioIds.paths(base, ""))
        .extracting(CompletionProposal::value)
        .containsExactly("cases/");
    assertThat(ScenarioIds.paths(base, ".h"))
        .extracting(CompletionProposal::value)
        .containsExactly(".hidden/");
    assertThat(ScenarioIds.paths(base, "missing/x")).isEmpty();
  }
}
