package tabletop.bench;

/**
 * Scenario files written on the fly, for size figures: {@code turns} turns with {@code perTurn}
 * NATO statements on Southeast Asia in each (the shape of the rules module's ScaleTest), as YAML,
 * read by the same loader as any scenario file.
 */
final class Generated {
  private Generated() {}

  static String yaml(int turns, int perTurn) {
    StringBuilder y = new StringBuilder();
    y.append("id: generated-").append(turns).append("x").append(perTurn).append('\n');
    y.append("title: ").append(turns).append(" turns of ").append(perTurn).append(" statements\n");
    y.append("summary: Generated for the benchmark.\n");
    y.append("world:\n");
    for (String w :
        new String[] {
          "russia-war-on-ukraine",
          "agenda-for-shared-security-challenges",
          "strategic-concept-2022",
          "partners-at-nato-summits",
          "china-russia-partnership",
          "china-rhetorical-attack-on-nato",
          "nato-no-military-expansion-statement",
          "vilnius-communique-asks-of-china"
        }) {
      y.append("  - ").append(w).append('\n');
    }
    y.append("turns:\n");
    for (int t = 1; t <= turns; t++) {
      y.append("  - turn: ").append(t).append('\n');
      y.append("    title: Turn ").append(t).append('\n');
      y.append("    moves:\n");
      for (int i = 1; i <= perTurn; i++) {
        y.append("      - id: s").append(t).append('-').append(i).append('\n');
        y.append("        actor: nato\n");
        y.append("        kind: statement\n");
        y.append("        title: Statement ").append(t).append('-').append(i).append('\n');
        y.append("        features:\n");
        y.append("          region: southeast-asia\n");
      }
    }
    return y.toString();
  }
}
