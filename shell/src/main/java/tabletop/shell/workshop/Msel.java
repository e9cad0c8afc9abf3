package tabletop.shell.workshop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import tabletop.engine.scenario.Scenario;
import tabletop.shell.support.BadInputException;

/**
 * The bridge to the scenarios module's MSEL (master scenario events list) CSV conversion, {@code
 * tabletop.scenarios.io.MselCsv}: {@code export(Scenario) → String} and {@code importCsv(String
 * name, String csv) → String yaml}. Looked up by name so the shell builds before that class lands;
 * once merged, this can call it directly.
 */
public final class Msel {
  static final String CLASS = "tabletop.scenarios.io.MselCsv";

  public String export(Scenario scenario) {
    return (String) call("export", new Class<?>[] {Scenario.class}, scenario);
  }

  public String importCsv(String name, String csv) {
    return (String) call("importCsv", new Class<?>[] {String.class, String.class}, name, csv);
  }

  private static Object call(String method, Class<?>[] types, Object... args) {
    Class<?> type;
    try {
      type = Class.forName(CLASS);
    } catch (ClassNotFoundException e) {
      throw new BadInputException(
          "MSEL conversion is not in this build yet (it needs " + CLASS + ")");
    }
    try {
      Method m = type.getMethod(method, types);
      Object target =
          java.lang.reflect.Modifier.isStatic(m.getModifiers())
              ? null
              : type.getDeclaredConstructor().newInstance();
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new BadInputException(cause.getMessage(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(CLASS + "." + method + " cannot be called: " + e, e);
    }
  }
}
