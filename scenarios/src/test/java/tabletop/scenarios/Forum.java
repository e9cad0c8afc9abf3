package tabletop.scenarios;

import tabletop.engine.scenario.Scenario;
import tabletop.scenarios.io.ScenarioLoader;

/**
 * A fixture scenario: China convenes a regional security forum in turn 1, which no institution can
 * stop, and turn 2 tables nothing; its one knob, the forum's military component, is negotiable.
 */
final class Forum {
  private Forum() {}

  static Scenario scenario() throws Exception {
    return new ScenarioLoader()
        .parse(
            "forum.yaml",
            String.join(
                "\n",
                "id: forum",
                "title: A forum no one can stop",
                "summary: China convenes a forum.",
                "briefing: China convenes a forum.",
                "world: [russia-war-on-ukraine]",
                "knobs:",
                "  - name: scale",
                "    type: choice",
                "    values: [none, training]",
                "    default: none",
                "    description: the forum's military component",
                "    negotiable: true",
                "    sets:",
                "      - move: forum",
                "        feature: military-component",
                "turns:",
                "  - turn: 1",
                "    title: The forum",
                "    moves:",
                "      - id: forum",
                "        actor: china",
                "        kind: forum",
                "        title: China convenes a regional security forum",
                "        features: {region: southeast-asia}",
                "  - turn: 2",
                "    title: Later",
                "    moves: []",
                ""));
  }
}
