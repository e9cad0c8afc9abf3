package tabletop.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tabletop.shell.Fixtures;
import tabletop.shell.render.Display;
import tabletop.shell.render.ExportRenderer;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.Workshop;

/** Writing a report or an MSEL never destroys a file the user did not mean to replace. */
class ExportSafetyTest {
  private final Workshop workshop = Fixtures.workshop();
  @TempDir Path dir;

  @AfterEach
  void close() {
    workshop.close();
  }

  private ReportCommands report(Path sessions) {
    return new ReportCommands(workshop, new ExportRenderer(), sessions);
  }

  @Test
  void anExistingFileIsReplacedOnlyWithForce() throws Exception {
    Path out = dir.resolve("aar.json");
    Files.writeString(out, "keep me");
    assertThatThrownBy(() -> report(null).report("json", out.toString(), false))
        .isInstanceOf(BadInputException.class)
        .hasMessage(out + " exists; add --force to replace it, or choose another name");
    assertThat(Files.readString(out)).isEqualTo("keep me");

    report(null).report("json", out.toString(), true);
    assertThat(Files.readString(out)).startsWith("{");
    // nothing is left beside it: the text went through a temporary file that was renamed
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("aar.json");
    }
  }

  @Test
  void aSessionJournalIsNeverATarget() throws Exception {
    Path sessions = Files.createDirectories(dir.resolve("sessions"));
    Path journal = Files.writeString(sessions.resolve("s1.jsonl"), "{\"seq\":1}\n");
    assertThatThrownBy(() -> report(sessions).report("json", journal.toString(), true))
        .hasMessageContaining("tabletop never writes over a journal");
    assertThatThrownBy(
            () -> report(sessions).report("md", sessions.resolve("x.md").toString(), true))
        .hasMessageContaining("tabletop never writes over a journal");
    assertThat(Files.readString(journal)).isEqualTo("{\"seq\":1}\n");
  }

  @Test
  void theNameMustEndAsTheFormatDoes() {
    Path out = dir.resolve("x.md");
    assertThatThrownBy(() -> report(null).report("html", out.toString(), false))
        .hasMessage(
            out
                + " does not end in .html or .htm as HTML does: write --out "
                + dir.resolve("x.html")
                + ", or give the --format that x.md asks for");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingFolderIsAnErrorNotCreated() {
    Path out = dir.resolve("missing/dir/x.md");
    assertThatThrownBy(() -> report(null).report("md", out.toString(), false))
        .hasMessageStartingWith("the folder " + dir.resolve("missing/dir") + " does not exist");
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void mselExportAndImportFollowTheSameRules() throws Exception {
    ScenarioCommands scenario = new ScenarioCommands(workshop, Fixtures.library(), Display.plain());
    Path csv = dir.resolve("msel.csv");
    scenario.exportMsel("coe-southeast-asia", csv.toString(), false);
    assertThatThrownBy(() -> scenario.exportMsel("coe-southeast-asia", csv.toString(), false))
        .hasMessageContaining("exists; add --force");
    assertThatThrownBy(
            () -> scenario.exportMsel("coe-southeast-asia", dir.resolve("m.txt").toString(), false))
        .hasMessageContaining("does not end in .csv");
    Path yaml = Files.writeString(dir.resolve("s.yaml"), "mine");
    assertThatThrownBy(() -> scenario.importMsel(csv.toString(), yaml.toString(), false))
        .hasMessageContaining("exists; add --force");
    assertThat(Files.readString(yaml)).isEqualTo("mine");
  }
}
