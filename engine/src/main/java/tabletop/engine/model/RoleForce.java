package tabletop.engine.model;

/**
 * How hard a move of a kind bears on the actors in its roles: how much it acts against the actors
 * it targets, and how much it favours the ones it benefits. The numbers are the knowledge base's
 * judgement, not the article's; the rules that use them state so as assumptions.
 */
public final class RoleForce {
  private RoleForce() {}

  /** How much a move of this kind weighs against the actor it targets, 0 to 1. */
  public static double against(String kind) {
    return switch (kind) {
      case "sanction" -> 0.8;
      case "military-deployment", "exercise" -> 0.6;
      case "statement", "un-security-council" -> 0.5;
      default -> 0.4;
    };
  }

  /** How much a move of this kind weighs for the actor it favours, 0 to 1. */
  public static double favours(String kind) {
    return switch (kind) {
      case "lethal-aid", "military-deployment" -> 0.8;
      case "sanction" -> 0.3;
      default -> 0.5;
    };
  }
}
