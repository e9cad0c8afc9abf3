package tabletop.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.MethodTargetRegistrar;
import org.springframework.shell.ResultHandlerService;
import org.springframework.shell.boot.CommandCatalogAutoConfiguration;
import org.springframework.shell.boot.TerminalCustomizer;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandCatalogCustomizer;
import org.springframework.shell.command.CommandResolver;
import org.springframework.shell.config.ShellConversionServiceSupplier;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.exit.ExitCodeMappings;
import org.springframework.shell.jline.ExtendedDefaultParser;
import tabletop.scenarios.io.ScenarioLibrary;
import tabletop.scenarios.io.ScenarioLoader;
import tabletop.shell.journal.Sessions;
import tabletop.shell.render.AfterActionRenderer;
import tabletop.shell.render.Display;
import tabletop.shell.render.ExportRenderer;
import tabletop.shell.support.BackgroundCommandCatalog;
import tabletop.shell.support.CommandLine;
import tabletop.shell.support.EarlyTerminal;
import tabletop.shell.support.ErrorResolver;
import tabletop.shell.support.TabletopShell;
import tabletop.shell.workshop.Article;
import tabletop.shell.workshop.EngineHolder;
import tabletop.shell.workshop.Workshop;

/** The beans behind the commands: library, engine, workshop, sessions, display. */
@Configuration(proxyBeanMethods = false)
public class TabletopConfiguration {

  @Bean
  ObjectMapper tabletopJson() {
    return new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  @Bean
  EngineHolder engineHolder() {
    return EngineHolder.ofClasspath();
  }

  @Bean
  ScenarioLibrary scenarioLibrary(@Value("${tabletop.library:}") String library) {
    return new ScenarioLibrary(libraryDir(library, Path.of(""), jarDir()), new ScenarioLoader());
  }

  /**
   * The library folder: the {@code tabletop.library} property if set, else {@code
   * scenarios/library} under the working directory, else beside the jar ({@code
   * shell/target/tabletop.jar} → {@code scenarios/library}).
   */
  static Path libraryDir(String property, Path cwd, Path jarDir) {
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    Path local = cwd.resolve("scenarios/library");
    if (Files.isDirectory(local) || jarDir == null) {
      return local;
    }
    Path besideJar = jarDir.resolve("../../scenarios/library").normalize();
    return Files.isDirectory(besideJar) ? besideJar : local;
  }

  private static Path jarDir() {
    try {
      java.io.File dir = new ApplicationHome(TabletopApplication.class).getDir();
      return dir == null ? null : dir.toPath();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Bean
  Workshop workshop(
      ScenarioLibrary library,
      EngineHolder engine,
      @Value("${tabletop.scenario:coe-southeast-asia}") String scenario,
      Sessions sessions) {
    Workshop w = new Workshop(library, engine, scenario, 0);
    sessions.start(w);
    return w;
  }

  @Bean
  Sessions sessions(
      @Value("${tabletop.sessions:${tabletop.state}/sessions}") String dir,
      ObjectMapper tabletopJson) {
    ObjectMapper compact = tabletopJson.copy().disable(SerializationFeature.INDENT_OUTPUT);
    return new Sessions(Path.of(dir), compact, Clock.systemDefaultZone());
  }

  /**
   * The system terminal, as Spring Shell's JLine auto-configuration (left out) would open it, but
   * opened while Spring starts (see {@link EarlyTerminal}). Where something customises the terminal
   * (Spring Shell's test client gives it streams of its own), it is opened here with the
   * customisations, as Spring Shell does.
   */
  @Bean(destroyMethod = "close")
  Terminal terminal(ObjectProvider<TerminalCustomizer> customizers) throws IOException {
    List<TerminalCustomizer> custom = customizers.orderedStream().toList();
    if (custom.isEmpty()) {
      return EarlyTerminal.take();
    }
    EarlyTerminal.discard();
    TerminalBuilder builder = EarlyTerminal.builder();
    custom.forEach(c -> c.customize(builder));
    return builder.build();
  }

  /** Spring Shell's parser, as its JLine auto-configuration (left out) makes it. */
  @Bean
  Parser parser() {
    ExtendedDefaultParser parser = new ExtendedDefaultParser();
    parser.setEofOnUnclosedQuote(true);
    parser.setEofOnEscapedNewLine(true);
    return parser;
  }

  /**
   * Spring Shell's catalog, by Spring Shell's own recipe, built when first needed or, for the
   * workshop, on a thread of its own while the prompt shows (see {@link BackgroundCommandCatalog}).
   */
  @Bean
  CommandCatalog backgroundCommandCatalog(
      ObjectProvider<MethodTargetRegistrar> registrars,
      ObjectProvider<CommandResolver> resolvers,
      ObjectProvider<CommandCatalogCustomizer> customizers,
      ShellContext shellContext) {
    return new BackgroundCommandCatalog(
        () ->
            new CommandCatalogAutoConfiguration()
                .commandCatalog(registrars, resolvers, customizers, shellContext));
  }

  /** Reads command lines against the commands' declarations. */
  @Bean
  CommandLine commandLine(ObjectProvider<CommandCatalog> catalog) {
    return new CommandLine(() -> catalog.getObject().getRegistrations());
  }

  /** The shell loop that reads with {@link CommandLine} and survives any command. */
  @Bean
  @Primary
  TabletopShell tabletopShell(
      ResultHandlerService results,
      CommandCatalog catalog,
      Terminal terminal,
      ShellConversionServiceSupplier conversions,
      ShellContext context,
      ExitCodeMappings exitCodeMappings,
      CommandLine commandLine,
      ErrorResolver errors,
      Display display) {
    TabletopShell shell =
        new TabletopShell(
            results, catalog, terminal, context, exitCodeMappings, commandLine, errors, display);
    shell.setConversionService(conversions.get());
    return shell;
  }

  @Bean
  Article article() {
    return new Article();
  }

  /** The report renderer: JSON only until the exporters of tabletop.shell.export are merged. */
  @Bean
  AfterActionRenderer afterActionRenderer() {
    return new ExportRenderer();
  }

  @Bean
  Display display(
      ObjectProvider<Terminal> terminal,
      ApplicationArguments args,
      @Value("${tabletop.plain:false}") boolean plain) {
    boolean colour =
        !plain
            && !args.containsOption("plain")
            && System.getenv("NO_COLOR") == null
            && System.console() != null;
    return new Display(
        colour,
        () -> {
          Terminal t = terminal.getIfAvailable();
          return t == null ? 0 : t.getWidth();
        });
  }
}
