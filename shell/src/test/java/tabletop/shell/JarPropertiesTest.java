package tabletop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

class JarPropertiesTest {

  @Test
  void theShellsSettingsAreReadAndSystemPropertiesStillWin() {
    // given an environment where a system property sets the scenario
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources()
        .addFirst(
            new MapPropertySource(
                "systemLike", Map.of("tabletop.scenario", "nato-statement-on-china")));

    // when the jar's settings are added
    new JarProperties().postProcessEnvironment(env, new SpringApplication());

    // then the file's settings are there, and the system property overrides the file's scenario
    assertThat(env.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
    assertThat(env.getProperty("spring.autoconfigure.exclude"))
        .contains("org.springframework.shell.boot.JLineShellAutoConfiguration");
    assertThat(env.getProperty("tabletop.scenario")).isEqualTo("nato-statement-on-china");
  }

  @Test
  void theSwappedPostProcessingReadsTheFileItselfAndRunsTheOtherPostProcessors() {
    // given Spring Boot's own listeners, and the same with the swap
    SpringApplication app = new SpringApplication(TabletopApplication.class);
    List<ApplicationListener<?>> before = List.copyOf(app.getListeners());
    List<ApplicationListener<?>> after =
        JarProperties.inPlaceOfConfigData(before, getClass().getClassLoader());

    // when each prepares an environment
    StandardEnvironment usual = prepared(before, app);
    StandardEnvironment swapped = prepared(after, app);

    // then both hold the file's settings and tabletop's state folder (StateDirectory ran) ...
    for (StandardEnvironment env : List.of(usual, swapped)) {
      assertThat(env.getProperty("tabletop.scenario")).isEqualTo("coe-southeast-asia");
      assertThat(env.getProperty("tabletop.state")).isNotBlank();
    }
    // ... but only Spring Boot's config-data processing looked for the file by location
    assertThat(sourceNames(usual)).anyMatch(n -> n.contains("via location"));
    assertThat(sourceNames(swapped)).noneMatch(n -> n.contains("via location"));
    // and every other listener is kept as it was
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      if (!(before.get(i) instanceof EnvironmentPostProcessorApplicationListener)) {
        assertThat(after.get(i)).isSameAs(before.get(i));
      }
    }
  }

  private static StandardEnvironment prepared(
      List<ApplicationListener<?>> listeners, SpringApplication app) {
    StandardEnvironment env = new StandardEnvironment();
    ApplicationEnvironmentPreparedEvent event =
        new ApplicationEnvironmentPreparedEvent(
            new DefaultBootstrapContext(), app, new String[0], env);
    for (ApplicationListener<?> l : listeners) {
      if (l instanceof EnvironmentPostProcessorApplicationListener p) {
        p.onApplicationEvent(event);
      }
    }
    return env;
  }

  private static List<String> sourceNames(StandardEnvironment env) {
    return env.getPropertySources().stream().map(PropertySource::getName).toList();
  }
}
