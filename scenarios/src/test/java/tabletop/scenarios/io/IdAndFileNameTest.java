package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tabletop.engine.scenario.Scenario;

/**
 * In the library folder a file must hold the id of its name (the library finds scenarios by file
 * name); a file given by path elsewhere may hold any id, since authors copy a library file and
 * rename it.
 */
class IdAndFileNameTest {
  private static final ScenarioLoader LOADER = new ScenarioLoader();
  private static final Path MISNAMED_DIR = Path.of("src/test/resources/misnamed-library");
  private static final Path MISNAMED = MISNAMED_DIR.resolve("other-name.yaml");
  private static final Path COPY = Path.of("src/test/resources/valid/my-renamed-copy.yaml");

  @Test
  void aLibraryFileWhoseIdDiffersFromItsNameIsRefused() {
    // given a library folder with a file 'other-name.yaml' that holds 'id: some-other-name'
    ScenarioLibrary library = new ScenarioLibrary(MISNAMED_DIR, LOADER);

    // when it is loaded by id, or by its path in the library folder
    for (String idOrPath : new String[] {"other-name", MISNAMED.toString()}) {
      ScenarioException e =
          catchThrowableOfType(ScenarioException.class, () -> library.load(idOrPath));

      // then it is refused, with the fix, at the id
      assertThat(e).as("loading %s", idOrPath).isNotNull();
      assertThat(e.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.column()).isEqualTo(5);
                assertThat(p.message())
                    .contains(
                        "the id 'some-other-name' differs from the file name 'other-name.yaml'",
                        "rename the file to 'some-other-name.yaml' or set 'id: other-name'");
              });
    }
    // and a validator that knows the library reports it, for the folder and for the file
    ScenarioValidator validator = new ScenarioValidator(library);
    assertThat(validator.validate(MISNAMED_DIR)).singleElement();
    assertThat(validator.validate(MISNAMED)).singleElement();
    assertThat(library.problems(MISNAMED)).singleElement();
    assertThat(LOADER.forLibraryFiles().problems(MISNAMED)).singleElement();
  }

  @Test
  void aFileElsewhereMayHoldAnyId() throws Exception {
    // given a library scenario copied out of the library and renamed, its id unchanged
    ScenarioLibrary library = new ScenarioLibrary(Path.of("library"), LOADER);

    // when it is loaded and validated by path, then it is valid, with the id it holds
    Scenario s = library.load(COPY.toString());
    assertThat(s.id()).isEqualTo("coe-southeast-asia");
    assertThat(LOADER.load(COPY).id()).isEqualTo("coe-southeast-asia");
    assertThat(new ScenarioValidator().validate(COPY)).isEmpty();
    assertThat(new ScenarioValidator(library).validate(COPY)).isEmpty();
    assertThat(library.problems(COPY)).isEmpty();

    // and the same goes for the misnamed file when it is not in the library's folder
    assertThat(new ScenarioValidator().validate(MISNAMED)).isEmpty();
    assertThat(new ScenarioValidator(library).validate(MISNAMED)).isEmpty();
  }

  @Test
  void onlyTheLibraryLoaderRequiresTheIdToMatchTheFileName() {
    assertThat(LOADER.requiresIdMatchingFileName()).isFalse();
    assertThat(LOADER.forLibraryFiles().requiresIdMatchingFileName()).isTrue();
    ScenarioLibrary library = new ScenarioLibrary(MISNAMED_DIR, LOADER);
    assertThat(library.contains(MISNAMED)).isTrue();
    assertThat(
            library.contains(Path.of("./src/test/resources/../resources/misnamed-library/x.yaml")))
        .isTrue();
    assertThat(library.contains(COPY)).isFalse();
  }
}
