package tabletop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabletopConfigurationTest {
  @TempDir Path root;

  @Test
  void theLibraryPropertyWins() {
    assertThat(TabletopConfiguration.libraryDir("/x/lib", root, root)).isEqualTo(Path.of("/x/lib"));
  }

  @Test
  void elseTheWorkingDirectoryThenBesideTheJar() throws Exception {
    // given a repository layout with the jar in shell/target and the library in scenarios/library
    Path jarDir = Files.createDirectories(root.resolve("shell/target"));
    Path library = Files.createDirectories(root.resolve("scenarios/library"));
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));

    // when started from the repository root, then the local library
    assertThat(TabletopConfiguration.libraryDir("", root, jarDir))
        .isEqualTo(root.resolve("scenarios/library"));
    // when started from elsewhere, then the library beside the jar
    assertThat(TabletopConfiguration.libraryDir(null, elsewhere, jarDir)).isEqualTo(library);
  }
}
