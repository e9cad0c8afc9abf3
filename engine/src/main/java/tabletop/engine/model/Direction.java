package tabletop.engine.model;

import java.util.Locale;
import java.util.Optional;

/** Where an actor stands on a move, on a five-point scale from support to opposition. */
public enum Direction {
  SUPPORT(2),
  LEAN_SUPPORT(1),
  NEUTRAL(0),
  LEAN_OPPOSE(-1),
  OPPOSE(-2);

  /** Net appraisal at or above which an actor supports a move outright. */
  public static final double SUPPORT_AT = 0.6;

  /** Net appraisal at or above which an actor leans towards support. */
  public static final double LEAN_SUPPORT_AT = 0.2;

  private final int rank;

  Direction(int rank) {
    this.rank = rank;
  }

  /** +2 for support down to -2 for opposition; useful for charts and comparisons. */
  public int rank() {
    return rank;
  }

  /** The direction a net appraisal (sum of signed appraisals) points to. */
  public static Direction fromScore(double score) {
    if (score >= SUPPORT_AT) {
      return SUPPORT;
    }
    if (score >= LEAN_SUPPORT_AT) {
      return LEAN_SUPPORT;
    }
    if (score > -LEAN_SUPPORT_AT) {
      return NEUTRAL;
    }
    if (score > -SUPPORT_AT) {
      return LEAN_OPPOSE;
    }
    return OPPOSE;
  }

  /** What an actor would do, as a verb phrase before a move: "would lean against coe". */
  public String verbPhrase() {
    return switch (this) {
      case SUPPORT -> "support";
      case LEAN_SUPPORT -> "lean towards";
      case NEUTRAL -> "stay neutral on";
      case LEAN_OPPOSE -> "lean against";
      case OPPOSE -> "oppose";
    };
  }

  /** Where an actor stands, as a verb phrase before a move: "China opposes coe". */
  public String presentPhrase() {
    return switch (this) {
      case SUPPORT -> "supports";
      case LEAN_SUPPORT -> "leans towards";
      case NEUTRAL -> "stays neutral on";
      case LEAN_OPPOSE -> "leans against";
      case OPPOSE -> "opposes";
    };
  }

  /** Lower-case words for people: "lean support". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Accepts SUPPORT, support, lean-support, "lean support", lean_support. */
  public static Optional<Direction> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Direction d : values()) {
      if (d.name().equals(key)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  public boolean isSupportive() {
    return rank > 0;
  }

  public boolean isOpposed() {
    return rank < 0;
  }
}
