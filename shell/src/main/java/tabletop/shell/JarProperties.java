package tabletop.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.env.EnvironmentPostProcessorsFactory;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The shell's settings are its jar's {@code application.properties}, read here directly in place of
 * Spring Boot's config-data processing, which looks for files in several places and for profiles
 * and imports the shell has none of: a tenth of the way to the prompt. The file is added where
 * Spring Boot would put it, so system properties ({@code -Dtabletop.scenario=…}) and environment
 * variables ({@code TABLETOP_SCENARIO=…}) still override any setting. Only {@link
 * TabletopApplication#main} makes this swap; a test's context reads the same file the usual way.
 */
final class JarProperties implements EnvironmentPostProcessor, Ordered {
  static final String FILE = "application.properties";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    try {
      List<PropertySource<?>> read =
          new PropertiesPropertySourceLoader()
              .load(
                  "Config resource 'class path resource [" + FILE + "]'",
                  new ClassPathResource(FILE, JarProperties.class.getClassLoader()));
      read.forEach(p -> env.getPropertySources().addLast(p));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the shell's " + FILE + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Where Spring Boot's config-data processing runs among the environment post-processors. */
  @Override
  public int getOrder() {
    return ConfigDataEnvironmentPostProcessor.ORDER;
  }

  /**
   * {@code listeners} with Spring Boot's environment post-processing running this in place of its
   * config-data processing, and every other post-processor (tabletop's {@link StateDirectory} among
   * them) as before.
   */
  static List<ApplicationListener<?>> inPlaceOfConfigData(
      Collection<ApplicationListener<?>> listeners, ClassLoader loader) {
    EnvironmentPostProcessorsFactory all =
        EnvironmentPostProcessorsFactory.fromSpringFactories(loader);
    EnvironmentPostProcessorsFactory swapped =
        (logs, bootstrap) -> {
          List<EnvironmentPostProcessor> list = new ArrayList<>();
          list.add(new JarProperties());
          for (EnvironmentPostProcessor p : all.getEnvironmentPostProcessors(logs, bootstrap)) {
            if (!(p instanceof ConfigDataEnvironmentPostProcessor)) {
              list.add(p);
            }
          }
          return list;
        };
    List<ApplicationListener<?>> out = new ArrayList<>();
    for (ApplicationListener<?> l : listeners) {
      out.add(
          l instanceof EnvironmentPostProcessorApplicationListener
              ? EnvironmentPostProcessorApplicationListener.with(swapped)
              : l);
    }
    return out;
  }
}
