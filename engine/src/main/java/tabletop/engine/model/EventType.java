package tabletop.engine.model;

/**
 * A PLOVER event type with its CAMEO root code and a Goldstein-style score (-10 to +10), the
 * vocabulary event-data projects use to code what states do to each other. Scores are the Goldstein
 * values of the CAMEO root categories.
 */
public enum EventType {
  AGREE("03", "Express intent to cooperate", 4.0),
  SUPPORT("05", "Engage in diplomatic cooperation", 3.5),
  CONSULT("04", "Consult", 1.0),
  ACCUSE("11", "Disapprove (criticize or denounce)", -2.0),
  REJECT("12", "Reject", -4.0),
  PROTEST("14", "Protest", -6.5);

  private final String cameo;
  private final String cameoName;
  private final double goldstein;

  EventType(String cameo, String cameoName, double goldstein) {
    this.cameo = cameo;
    this.cameoName = cameoName;
    this.goldstein = goldstein;
  }

  public String cameo() {
    return cameo;
  }

  public String cameoName() {
    return cameoName;
  }

  public double goldstein() {
    return goldstein;
  }

  /** The event an actor's reaction most likely takes, given its direction and how strongly. */
  public static EventType forReaction(Direction direction, double intensity) {
    return switch (direction) {
      case SUPPORT -> AGREE;
      case LEAN_SUPPORT -> SUPPORT;
      case NEUTRAL -> CONSULT;
      case LEAN_OPPOSE -> ACCUSE;
      case OPPOSE -> intensity >= 0.9 ? PROTEST : REJECT;
    };
  }
}
