package tabletop.bench;

/** The floor under every start-up figure: a bare JVM that prints a line and exits. */
public final class Floor {
  private Floor() {}

  public static void main(String[] args) {
    System.out.println("ok");
  }
}
