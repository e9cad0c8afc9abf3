package tabletop.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
  private static final List<String> COMPONENTS = List.of("none", "training", "standing-presence");

  @Test
  void aWordThatStartsACandidateSuggestsIt() {
    assertThat(Suggest.closest("standing", COMPONENTS)).isEqualTo("standing-presence");
  }

  @Test
  void aTypoSuggestsTheNearestCandidate() {
    assertThat(Suggest.closest("traning", COMPONENTS)).isEqualTo("training");
    assertThat(Suggest.didYouMean("traning", COMPONENTS)).isEqualTo(" (did you mean 'training'?)");
  }

  @Test
  void somethingFarFromEveryCandidateSuggestsNothing() {
    assertThat(Suggest.closest("submarine", COMPONENTS)).isNull();
    assertThat(Suggest.didYouMean("submarine", COMPONENTS)).isEmpty();
  }
}
