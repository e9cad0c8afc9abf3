package tabletop.shell.support;

/** A failure whose one line the user has seen already; only its exit code is left to give. */
public class AlreadyReported extends BadInputException {
  private final int code;

  public AlreadyReported(String message) {
    this(message, EXIT_CODE);
  }

  public AlreadyReported(String message, int code) {
    super(message);
    this.code = code;
  }

  @Override
  public int getExitCode() {
    return code;
  }
}
