package tabletop.shell.support;

/** A failure whose one line the user has seen already; only its exit code is left to give. */
public class AlreadyReported extends BadInputException {
  public AlreadyReported(String message) {
    super(message);
  }
}
