package tabletop.shell.render;

import java.util.Locale;
import tabletop.engine.model.Direction;

/**
 * How output looks: colour or plain, and how wide. Plain when NO_COLOR is set, when asked ({@code
 * --plain}, {@code display plain}), or when standard output is not a terminal.
 */
public class Display {
  /** Width used when the terminal does not say (pipes, dumb terminals). */
  public static final int DEFAULT_WIDTH = 100;

  private boolean colour;
  private final java.util.function.IntSupplier terminalWidth;

  public Display(boolean colour, java.util.function.IntSupplier terminalWidth) {
    this.colour = colour;
    this.terminalWidth = terminalWidth;
  }

  /** A display for tests and pipes: plain, 100 columns. */
  public static Display plain() {
    return new Display(false, () -> DEFAULT_WIDTH);
  }

  public boolean colour() {
    return colour;
  }

  public void colour(boolean on) {
    this.colour = on;
  }

  private boolean sources;
  private boolean intensity;

  /** Whether turn screens show the paragraphs each reaction cites ({@code display sources on}). */
  public boolean sources() {
    return sources;
  }

  public void sources(boolean on) {
    this.sources = on;
  }

  /** Whether turn screens show how strongly each direction is held. */
  public boolean intensity() {
    return intensity;
  }

  public void intensity(boolean on) {
    this.intensity = on;
  }

  public int width() {
    int w = terminalWidth.getAsInt();
    return w < 40 ? DEFAULT_WIDTH : Math.min(w, 200);
  }

  public String style(String text, String code) {
    return colour && code != null && !text.isEmpty() ? code + text + Ansi.RESET : text;
  }

  public String bold(String text) {
    return style(text, Ansi.BOLD);
  }

  public String dim(String text) {
    return style(text, Ansi.DIM);
  }

  public String error(String text) {
    return style(text, Ansi.RED);
  }

  /** The ANSI style of a direction: green for support through red for opposition. */
  public static String codeOf(String direction) {
    return switch (Direction.parse(direction).orElse(Direction.NEUTRAL)) {
      case SUPPORT -> Ansi.BOLD + Ansi.GREEN;
      case LEAN_SUPPORT -> Ansi.GREEN;
      case NEUTRAL -> Ansi.YELLOW;
      case LEAN_OPPOSE -> Ansi.ORANGE;
      case OPPOSE -> Ansi.BOLD + Ansi.RED;
    };
  }

  /** A direction in words ("lean oppose"), coloured. */
  public String direction(String direction) {
    return style(words(direction), codeOf(direction));
  }

  /**
   * Where an actor stands on a move, as the verb before the move ("opposes", "stays neutral on"),
   * coloured; an unknown direction as "stands … on".
   */
  public String stands(String direction) {
    return Direction.parse(direction)
        .map(d -> style(d.presentPhrase(), codeOf(direction)))
        .orElse("stands " + direction(direction) + " on");
  }

  public static String words(String direction) {
    return Direction.parse(direction)
        .map(Direction::label)
        .orElse(direction == null ? "" : direction.toLowerCase(Locale.ROOT));
  }
}
