package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tabletop.shell.ShellContextTest;

/**
 * Tab after {@code scenario load}: library ids, and paths to case files from where the shell runs.
 */
class ScenarioLoadCompletionTest extends ShellContextTest {
  @Test
  void tabOffersLibraryIdsAndScenarioFilePaths() {
    assertThat(complete("scenario load coe-"))
        .contains("coe-southeast-asia", "coe-host-conditions");
    // the tests run in the shell module's folder: the case library is one folder up
    assertThat(complete("scenario load ../scenarios/cases/china-drills"))
        .containsExactly("../scenarios/cases/china-drills-around-taiwan-2022.yaml");
    assertThat(complete("scenario load ../scenarios/ca")).containsExactly("../scenarios/cases/");
  }
}
