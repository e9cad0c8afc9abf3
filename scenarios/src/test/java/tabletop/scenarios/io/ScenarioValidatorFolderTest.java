package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scenario validate} on folders and on several files: a folder stands for the scenario files
 * under it, subfolders included; a folder with none is a problem, not "valid"; and a file that
 * cannot be read does not stop the others from being checked.
 */
class ScenarioValidatorFolderTest {
  private static final Path LIBRARY = Path.of("library");
  private static final Path MALFORMED = Path.of("src/test/resources/malformed");
  private final ScenarioValidator validator = new ScenarioValidator();

  @Test
  void anEmptyFolderHasNoScenarioFiles(@TempDir Path dir) {
    // when an empty folder is checked
    ScenarioValidator.Result result = validator.check(dir);

    // then it is not valid, and the one problem says that nothing was found there
    assertThat(result.files()).isEmpty();
    assertThat(result.noScenarioFiles()).isTrue();
    assertThat(result.valid()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(dir.toString());
              assertThat(p.message()).startsWith("no scenario files found in " + dir);
              assertThat(p.format()).doesNotContain("\n");
            });
    assertThat(validator.validate(dir)).isEqualTo(result.problems());
  }

  @Test
  void aFolderOfOtherFilesHasNoScenarioFiles(@TempDir Path dir) throws IOException {
    // given a folder of notes, a hidden YAML file and a subfolder named like a scenario
    Files.writeString(dir.resolve("notes.txt"), "id: looks-like-one\n");
    Files.writeString(dir.resolve("README.md"), "# notes\n");
    Files.writeString(dir.resolve(".draft.yaml"), "id: hidden\n");
    Files.createDirectories(dir.resolve("old.yaml"));

    // when it is checked, then nothing in it counts as a scenario file
    ScenarioValidator.Result result = validator.check(dir);
    assertThat(result.noScenarioFiles()).isTrue();
    assertThat(result.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("no scenario files found");
  }

  @Test
  void aBadFileInASubfolderIsFound(@TempDir Path dir) throws IOException {
    // given a folder with a good scenario at the top and a bad one two folders down
    Files.copy(LIBRARY.resolve("coe-southeast-asia.yaml"), dir.resolve("coe-southeast-asia.yaml"));
    Path deep = Files.createDirectories(dir.resolve("drafts").resolve("2027"));
    Files.copy(MALFORMED.resolve("turn-gap.yaml"), deep.resolve("turn-gap.yaml"));

    // when the folder is checked
    ScenarioValidator.Result result = validator.check(dir);

    // then both files were checked and the bad one's problem is reported at its place
    assertThat(result.files())
        .containsExactly(dir.resolve("coe-southeast-asia.yaml"), deep.resolve("turn-gap.yaml"));
    assertThat(result.noScenarioFiles()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(deep.resolve("turn-gap.yaml").toString());
              assertThat(p.line()).isEqualTo(6);
              assertThat(p.message()).contains("turn 3 is missing");
            });
  }

  @Test
  void theLibraryFolderIsValidAndEveryFileIsCounted() throws IOException {
    // when the library folder is checked through the library, with its file-name rule
    ScenarioLibrary library = new ScenarioLibrary(LIBRARY, new ScenarioLoader());
    ScenarioValidator.Result result = library.check(LIBRARY);

    // then every file of it was checked and all are valid
    assertThat(result.problems()).isEmpty();
    assertThat(result.valid()).isTrue();
    assertThat(result.files()).hasSize(library.ids().size());
    assertThat(ScenarioValidator.scenarioFiles(LIBRARY)).isEqualTo(result.files());
  }

  @Test
  void aNumberProblemInOneFileDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
    // given three files: an infinite knob type, a good scenario, and NaN in JSON
    Path a = Files.copy(MALFORMED.resolve("number-infinite-type.yaml"), dir.resolve("a.yaml"));
    Path b = Files.copy(LIBRARY.resolve("cyber-defence-cooperation.yaml"), dir.resolve("b.yaml"));
    Path c = Files.copy(MALFORMED.resolve("number-json-nan.json"), dir.resolve("c.json"));

    // when they are validated together
    List<Problem> problems = validator.validate(a, b, c);

    // then the first and the last are each refused at the number, and nothing else is reported
    assertThat(problems)
        .extracting(Problem::format)
        .satisfiesExactly(
            first -> assertThat(first).startsWith(a + ":5:11: the number '1e999'"),
            last -> assertThat(last).startsWith(c + ":4:24: the number 'NaN'"));
  }

  @Test
  void aMissingPathIsAProblemOfItsOwn(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.yaml");
    ScenarioValidator.Result result = validator.check(missing);
    assertThat(result.noScenarioFiles()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .startsWith("no such file");
  }
}
