package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a rule test that leaves a weakened condition of its rule untold: no fixture of the test
 * gave a different result with the condition weakened (see {@link RuleHarness#fire}). Registered
 * for every test of this module through {@code META-INF/services} and {@code
 * junit-platform.properties}.
 */
public final class TriggersMatter implements AfterEachCallback {
  @Override
  public void afterEach(ExtensionContext context) {
    assertThat(RuleHarness.takeUntold())
        .as("weakened conditions that leave every fixture of this test unchanged")
        .isEmpty();
  }
}
