package tabletop.shell.support;

import java.io.InterruptedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.ClosedByInterruptException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Signals;
import org.springframework.shell.Availability;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.ExitRequest;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.ResultHandlerService;
import org.springframework.shell.Shell;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.exit.ExitCodeMappings;
import tabletop.shell.render.Display;
import tabletop.shell.support.Syntax.Kind;
import tabletop.shell.support.Syntax.Param;

/**
 * The shell's loop, with commands read by {@link CommandLine} from their declarations. A command
 * never ends the shell: whatever it throws (bad input, a fault of ours, a stack overflow, running
 * out of memory, Ctrl-C) ends that command with one line, and the workshop is left as it was.
 * Outside the interactive workshop a failure ends the run with its exit code: 2 for bad input, 1
 * for a fault of ours, 130 when stopped.
 */
public class TabletopShell extends Shell {
  /** The exit code of a command stopped with Ctrl-C. */
  public static final int STOPPED = 130;

  private final ResultHandlerService results;
  private final Terminal terminal;
  private final ShellContext context;
  private final CommandLine commandLine;
  private final ErrorResolver errors;
  private final Display display;
  private final Help help;
  private final CommandCatalog catalog;

  public TabletopShell(
      ResultHandlerService results,
      CommandCatalog catalog,
      Terminal terminal,
      ShellContext context,
      ExitCodeMappings exitCodeMappings,
      CommandLine commandLine,
      ErrorResolver errors,
      Display display) {
    super(results, catalog, terminal, context, exitCodeMappings);
    this.catalog = catalog;
    this.results = results;
    this.terminal = terminal;
    this.context = context;
    this.commandLine = commandLine;
    this.errors = errors;
    this.display = display;
    this.help = new Help(commandLine, display);
  }

  public CommandLine commandLine() {
    return commandLine;
  }

  /**
   * Starts building the command catalog in the background, when it is a {@link
   * BackgroundCommandCatalog}: for the workshop, once nothing else is being set up.
   */
  public void buildCatalogInBackground() {
    if (catalog instanceof BackgroundCommandCatalog b) {
      b.startInBackground();
    }
  }

  /** Words already split, as a command line gives them: each word is one token. */
  public record Words(List<String> words) implements Input {
    @Override
    public String rawText() {
      return String.join(" ", words);
    }
  }

  /** A command that failed; its line has been shown. */
  record Failed(int code, String message) {}

  @Override
  public void run(InputProvider inputProvider) throws Exception {
    while (true) {
      Input input;
      try {
        input = inputProvider.readInput();
      } catch (ExitRequest e) {
        return;
      } catch (RuntimeException e) {
        Object f = failed(e);
        if (stopOnFailure(f)) {
          throw new AlreadyReported(((Failed) f).message(), ((Failed) f).code());
        }
        continue;
      }
      if (input == null) {
        return;
      }
      Object result = evaluate(input);
      if (result instanceof ExitRequest) {
        return;
      }
      if (result instanceof Failed f) {
        if (stopOnFailure(f)) {
          throw new AlreadyReported(f.message(), f.code());
        }
        continue;
      }
      if (result != NO_INPUT && result != null) {
        show(result);
      }
    }
  }

  private boolean stopOnFailure(Object f) {
    return f instanceof Failed && !interactive();
  }

  private void show(Object result) {
    Object shown = result;
    if (result instanceof String s) {
      shown = display.colour() ? Printable.keepingColour(s) : Printable.visible(s);
    } else if (result instanceof AttributedString a) {
      shown = a.toAnsi(terminal);
    }
    try {
      results.handle(shown);
    } catch (RuntimeException e) {
      Object f = failed(e);
      if (stopOnFailure(f)) {
        throw new AlreadyReported(((Failed) f).message(), ((Failed) f).code());
      }
    }
  }

  @Override
  protected Object evaluate(Input input) {
    CommandLine.Parsed parsed;
    try {
      parsed =
          input instanceof Words w
              ? commandLine.parseArgs(w.words())
              : commandLine.parseLine(line(input));
    } catch (RuntimeException e) {
      return failed(e);
    }
    if (parsed == null) {
      return NO_INPUT;
    }
    Thread thread = Thread.currentThread();
    Object handler = Signals.register("INT", thread::interrupt);
    try {
      return execute(parsed);
    } catch (ExitRequest e) {
      return e;
    } catch (Throwable e) {
      return failed(e);
    } finally {
      Signals.unregister("INT", handler);
      Thread.interrupted(); // a Ctrl-C that came as the command ended must not hit the next one
    }
  }

  private static String line(Input input) {
    String raw = input.rawText();
    if (raw == null) {
      raw = String.join(" ", input.words());
    }
    String t = raw.stripLeading();
    if (t.startsWith("#") || t.startsWith("//")) {
      return "";
    }
    return raw;
  }

  /** Runs a command read from a line, returning what it returned. */
  Object execute(CommandLine.Parsed parsed) throws Throwable {
    if (parsed.help()) {
      return help.command(parsed.syntax().command());
    }
    CommandRegistration r = parsed.syntax().registration();
    Availability availability = r.getAvailability();
    if (availability != null && !availability.isAvailable()) {
      throw new BadInputException(
          r.getCommand() + " is not available now: " + availability.getReason());
    }
    var target = r.getTarget();
    if (target == null || target.getMethod() == null) {
      throw new IllegalStateException(r.getCommand() + " has no method to run");
    }
    Method m = target.getMethod();
    Object[] args = new Object[m.getParameterCount()];
    for (Map.Entry<Param, Object> e : parsed.values().entrySet()) {
      int pos = e.getKey().option().getPosition();
      if (pos >= 0 && pos < args.length) {
        args[pos] = e.getValue();
      }
    }
    Class<?>[] types = m.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null && types[i].isPrimitive()) {
        args[i] = types[i] == boolean.class ? Boolean.FALSE : defaultNumber(types[i]);
      }
    }
    try {
      return m.invoke(target.getBean(), args);
    } catch (InvocationTargetException e) {
      throw e.getCause() == null ? e : e.getCause();
    }
  }

  private static Object defaultNumber(Class<?> type) {
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0.0;
    }
    return null;
  }

  /** Shows the one line of a failure and returns its marker. */
  Object failed(Throwable failure) {
    Throwable t = failure;
    if (t instanceof InvocationTargetException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof ExitRequest e) {
      return e;
    }
    ErrorResolver.Failure f;
    if (interrupted(t)) {
      Thread.interrupted();
      f = errors.describe(new Stopped());
    } else if (t instanceof StackOverflowError) {
      f =
          errors.internal(
              "the command went too deep (a stack overflow) and was stopped; the session is as it"
                  + " was before it");
    } else if (t instanceof OutOfMemoryError) {
      f =
          errors.internal(
              "the command ran out of memory and was stopped; the session is as it was before it"
                  + " (more memory: TABLETOP_JAVA_OPTS=-Xmx2g ./tabletop)");
    } else if (t instanceof Error) {
      f = errors.internal(t.getClass().getSimpleName() + ": " + ErrorResolver.message(t));
    } else {
      f = errors.describe((Exception) t);
    }
    if (!f.text().isEmpty()) {
      if (interactive()) {
        // wrapped on words to the screen, later lines indented: long lists of ids stay readable
        java.util.List<String> lines =
            tabletop.shell.render.Text.wrap(
                Printable.visible(f.text()), Math.max(20, display.width() - 2));
        terminal.writer().println(display.error(String.join("\n  ", lines)));
        terminal.writer().flush();
      } else {
        terminal.writer().flush();
        System.err.println(Printable.visible(f.text()));
        System.err.flush();
      }
    }
    return new Failed(f.code(), f.text());
  }

  private static boolean interrupted(Throwable t) {
    for (Throwable x = t; x != null; x = x.getCause() == x ? null : x.getCause()) {
      if (x instanceof InterruptedException
          || x instanceof ClosedByInterruptException
          || x instanceof InterruptedIOException
          || x instanceof Stopped) {
        return true;
      }
    }
    return false;
  }

  /** A command stopped with Ctrl-C. */
  static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped");
    }
  }

  private boolean interactive() {
    return context == null || context.getInteractionMode() != InteractionMode.NONINTERACTIVE;
  }

  // ---- completion -----------------------------------------------------------------------------

  /**
   * What Tab offers: command words; after a command, the values of the positional place the cursor
   * is in; the values of an option after its name; option names only after {@code -}.
   */
  @Override
  public List<CompletionProposal> complete(CompletionContext ctx) {
    try {
      return completions(ctx);
    } catch (RuntimeException e) {
      return List.of(); // completion never fails a workshop
    }
  }

  private List<CompletionProposal> completions(CompletionContext ctx) {
    List<String> words = ctx.getWords();
    int index = Math.min(ctx.getWordIndex(), words.size());
    String current = ctx.currentWordUpToCursor() == null ? "" : ctx.currentWordUpToCursor();
    Map<String, Syntax> syntaxes = commandLine.syntaxes();
    String command = null;
    int used = 0;
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < index; i++) {
      if (i > 0) {
        key.append(' ');
      }
      key.append(words.get(i));
      if (syntaxes.containsKey(key.toString())) {
        command = key.toString();
        used = i + 1;
      }
    }
    List<CompletionProposal> out = new ArrayList<>();
    // the next word of a longer command ("knob s" → set)
    String typed = String.join(" ", words.subList(0, index));
    String prefix = typed.isEmpty() ? current : typed + " " + current;
    Set<String> next = new LinkedHashSet<>();
    for (String c : syntaxes.keySet()) {
      if (c.startsWith(prefix)) {
        String[] parts = c.split(" ");
        if (parts.length > index) {
          next.add(parts[index]);
        }
      }
    }
    next.forEach(n -> out.add(new CompletionProposal(n).dontQuote(true)));
    if (command == null) {
      return out;
    }
    Syntax syntax = syntaxes.get(command);
    List<String> args = words.subList(used, index);
    if (current.startsWith("-")) {
      Set<Param> given = walk(syntax, args).given();
      for (Param p : syntax.params()) {
        String name = "--" + p.name();
        if (name.startsWith(current) && (p.kind() == Kind.WORDS || !given.contains(p))) {
          out.add(new CompletionProposal(name).dontQuote(true));
        }
      }
      return out;
    }
    Param place = place(syntax, args);
    if (place != null && place.option().getCompletion() != null) {
      CommandOption o = place.option();
      out.addAll(
          o.getCompletion().apply(ctx.commandRegistration(syntax.registration()).commandOption(o)));
    }
    return out;
  }

  /** The option whose value the next word would be, or null (free text, a flag, nothing left). */
  static Param place(Syntax syntax, List<String> args) {
    return walk(syntax, args).place();
  }

  /** The options given so far, and the place of the next word. */
  record Walk(Set<Param> given, Param place) {}

  static Walk walk(Syntax syntax, List<String> args) {
    List<Param> positionals = syntax.positionals();
    Set<Param> given = new LinkedHashSet<>();
    Param pending = null;
    boolean inText = false; // free text runs to the next option's name, as the parser reads it
    int next = 0;
    for (String a : args) {
      if (a.startsWith("--") && a.length() > 2 && syntax.param(name(a)) != null) {
        Param p = syntax.param(name(a));
        given.add(p);
        pending = p.kind() == Kind.FLAG || a.contains("=") ? null : p;
        inText = false;
        continue;
      }
      if (inText) {
        continue;
      }
      if (pending != null) {
        if (pending.kind() != Kind.WORDS) {
          pending = null;
        }
        continue;
      }
      while (next < positionals.size() && given.contains(positionals.get(next))) {
        next++;
      }
      if (next < positionals.size()) {
        Param p = positionals.get(next);
        given.add(p);
        if (p.kind() == Kind.TEXT) {
          inText = true;
          next++;
          continue;
        }
        if (p.kind() != Kind.WORDS) {
          next++;
        }
      }
    }
    if (pending != null) {
      return new Walk(given, pending.kind() == Kind.TEXT ? null : pending);
    }
    if (inText) {
      return new Walk(given, null);
    }
    while (next < positionals.size()
        && given.contains(positionals.get(next))
        && positionals.get(next).kind() != Kind.WORDS) {
      next++;
    }
    if (next < positionals.size()) {
      Param p = positionals.get(next);
      return new Walk(given, p.kind() == Kind.TEXT ? null : p);
    }
    return new Walk(given, null);
  }

  private static String name(String a) {
    String w = a.substring(2);
    int eq = w.indexOf('=');
    return eq > 0 ? w.substring(0, eq) : w;
  }
}
