package tabletop.shell.render;

/**
 * Where a long command shows how far it has gone. A command opens a bar for a known number of
 * steps, moves it, and closes it before it returns what it found.
 */
public interface Progress {
  /** A bar for {@code total} steps of {@code task}. */
  Bar start(String task, int total);

  /** An open bar. */
  interface Bar extends AutoCloseable {
    /** Shows {@code done} steps of the total done. */
    void stepTo(int done);

    @Override
    void close();
  }

  /** No bar at all (tests, and where nothing can show it). */
  static Progress none() {
    return (task, total) ->
        new Bar() {
          @Override
          public void stepTo(int done) {}

          @Override
          public void close() {}
        };
  }
}
