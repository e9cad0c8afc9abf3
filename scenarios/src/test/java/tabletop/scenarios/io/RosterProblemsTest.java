package tabletop.scenarios.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A roster's own problems are located in the roster file, as a scenario's are in its file. */
class RosterProblemsTest {
  @Test
  void aBrokenRosterIsRefusedAtItsLinesAndColumns() {
    String text =
        """
        id: nato-allies
        title: Allies
        actors:
          - id: ruritania
            memberships: [nato]
            capability: 3
            salience: {atlantis: 0.5}
            concerns: {out-of-aera-focus: 0.5}
            colour: blue
        """;
    Rosters.Loaded r = Rosters.parse("nato-allies", "rosters/nato-allies.yaml", text);
    assertThat(r.actors()).isEmpty();
    assertThat(r.problems())
        .extracting(p -> p.file() + ":" + p.line() + ":" + p.column())
        .contains("rosters/nato-allies.yaml:6:17", "rosters/nato-allies.yaml:9:5");
    assertThat(r.problems())
        .anySatisfy(p -> assertThat(p.message()).contains("unknown field 'colour'"))
        .anySatisfy(p -> assertThat(p.message()).contains("atlantis"));
  }

  @Test
  void theWordsOfAGoodShapeAreCheckedToo() {
    String text =
        """
        id: asean-states
        title: States
        actors:
          - id: ruritania
            concerns: {out-of-aera-focus: 0.5}
            sources: ["https://example.org"]
        """;
    Rosters.Loaded r = Rosters.parse("asean-states", "rosters/asean-states.yaml", text);
    assertThat(r.problems())
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactlyInAnyOrder("5:16", "6:15");
    assertThat(r.problems())
        .anySatisfy(p -> assertThat(p.message()).contains("did you mean 'out-of-area-focus'"));
    // and an id that is not the file's name
    Rosters.Loaded misnamed =
        Rosters.parse(
            "asean-states",
            "rosters/asean-states.yaml",
            "id: other\ntitle: T\nactors: [{id: x}]\n");
    assertThat(misnamed.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("differs from the file name"));
  }
}
