package tabletop.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tabletop.engine.model.Direction;
import tabletop.engine.sim.Likelihood.Term;

class LikelihoodTest {
  @Test
  void aClearCaseIsNearlyCertain() {
    Map<Direction, Double> d =
        Likelihood.distribution(List.of(new Term(-0.9, 1.0)), 1, "china/coe/1");
    assertThat(d.get(Direction.OPPOSE)).isGreaterThan(0.8);
    assertThat(d.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(0.01));
  }

  @Test
  void aCaseOnTheThresholdIsSplit() {
    // a net of 0.2 sits on the lean-support threshold: about half the trials fall on each side
    Map<Direction, Double> d = Likelihood.distribution(List.of(new Term(0.2, 1.0)), 1, "x");
    assertThat(d.get(Direction.LEAN_SUPPORT)).isBetween(0.4, 0.6);
    assertThat(d.get(Direction.NEUTRAL)).isBetween(0.4, 0.6);
  }

  @Test
  void anAppraisalOnAWeakAssumptionOftenDropsOut() {
    // the only support rests on an assumption held with confidence 0.3: mostly neutral, less
    // than the 70% the assumption alone gives, since what the knowledge base leaves out can
    // still push it either way
    Map<Direction, Double> d = Likelihood.distribution(List.of(new Term(0.5, 0.3)), 1, "x");
    assertThat(d.get(Direction.NEUTRAL)).isBetween(0.5, 0.7);
  }

  @Test
  void nothingBearingIsNotCertainty() {
    // no appraisal at all: neutral is the most likely direction, but never a certainty
    Map<Direction, Double> d = Likelihood.distribution(List.of(), 1, "x");
    assertThat(d.get(Direction.NEUTRAL)).isBetween(0.75, 0.9);
    assertThat(d.get(Direction.LEAN_SUPPORT)).isEqualTo(d.get(Direction.LEAN_OPPOSE)).isPositive();
    assertThat(d.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.002));
  }

  @Test
  void theExactResultAgreesWithTheSeededMonteCarlo() {
    List<Term> terms = List.of(new Term(0.3, 0.7), new Term(-0.25, 1.0), new Term(0.4, 0.5));
    Map<Direction, Double> exact = Likelihood.distribution(terms, 5, "a");
    Map<Direction, Double> sampled = Likelihood.sample(terms, 5, "a", 40_000);
    for (Direction d : Direction.values()) {
      assertThat(sampled.get(d)).as(d.name()).isCloseTo(exact.get(d), within(0.015));
    }
  }

  @Test
  void samplingIsSeeded() {
    List<Term> terms = List.of(new Term(0.3, 0.7), new Term(-0.25, 1.0));
    assertThat(Likelihood.sample(terms, 5, "a", 500))
        .isEqualTo(Likelihood.sample(terms, 5, "a", 500));
    assertThat(Likelihood.sample(terms, 5, "a", 500))
        .isNotEqualTo(Likelihood.sample(terms, 6, "a", 500));
  }

  @Test
  void thePhiApproximationIsAccurate() {
    assertThat(Likelihood.phi(0)).isCloseTo(0.5, within(1e-7));
    assertThat(Likelihood.phi(1.959964)).isCloseTo(0.975, within(1e-6));
    assertThat(Likelihood.phi(-1)).isCloseTo(0.158655, within(1e-6));
  }
}
