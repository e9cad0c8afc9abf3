package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Shares in words: whole percents that add up to 100 where the probabilities do. */
class ChancesTest {

  private static int sum(String text) {
    Matcher m = Pattern.compile("(?<!<)(\\d+)%").matcher(text);
    int s = 0;
    while (m.find()) {
      s += Integer.parseInt(m.group(1));
    }
    return s;
  }

  @Test
  void sharesThatRoundUpTogetherStillAddUpTo100() {
    // each of these rounds half up to a total of 101
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("GOES_AHEAD", 0.425);
    p.put("DECLINED", 0.425);
    p.put("STALLED", 0.145);
    p.put("BLOCKED", 0.005);
    String text = Chances.text(p);
    assertThat(sum(text)).isEqualTo(100);
    // the tie keeps its order; the two largest remainders round up
    assertThat(text).isEqualTo("goes ahead 43%, declined 43%, stalled 14%, blocked <1%");
  }

  @Property
  void anyDistributionReadsAs100Percent(
      @ForAll @IntRange(min = 0, max = 1000) int a,
      @ForAll @IntRange(min = 0, max = 1000) int b,
      @ForAll @IntRange(min = 1, max = 1000) int c) {
    double t = a + b + c;
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("SUPPORT", a / t);
    p.put("NEUTRAL", b / t);
    p.put("OPPOSE", c / t);
    assertThat(sum(Chances.text(p))).isEqualTo(100);
  }

  @Test
  void withWhoBlocksTheSharesStillAddUpTo100() {
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("GOES_AHEAD", 0.975);
    p.put("BLOCKED", 0.025);
    String text = Chances.text(p, Map.of("BLOCKED", Map.of("france", 0.025)), id -> "France");
    // France blocks in every trial that blocks: never shown above the blocked share itself
    assertThat(text).isEqualTo("goes ahead 98%, blocked 2% (France 2%)");
  }
}
