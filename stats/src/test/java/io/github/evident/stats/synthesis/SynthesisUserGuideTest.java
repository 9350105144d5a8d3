package io.github.evident.stats.synthesis;

import static io.github.evident.stats.synthesis.EffectDirection.IMPROVEMENT;
import static io.github.evident.stats.synthesis.EffectDirection.NO_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the usage example given in the README and package documentation. */
class SynthesisUserGuideTest {

  @Test
  void readmeExample() {
    CombinedPValue fisher = PValueCombination.fisher(0.01, 0.02, 0.3, 0.5);
    // Fisher: statistic = 20.83, chi-squared(8), p = 0.007617 (k = 4)
    VoteCount votes = VoteCounting.withDefaults().count(10, 2, 0);
    // 10 of 12 favour (83.3%, 95% Wilson CI 55.2% to 95.3%), 0 excluded, sign test P = 0.0386
    EffectEstimateSummary spread = EffectEstimateSummary.of(0.2, -0.1, 0.5, 0.35, 0.8);
    // k = 5, median 0.3500 (IQR 0.2000 to 0.5000, range -0.1000 to 0.8000)
    EffectDirectionTable table = EffectDirectionTable.builder()
        .study("Gunn 2016", 42).study("Rash 2017", 320)
        .outcomes("Gunn 2016", "mental health", IMPROVEMENT, IMPROVEMENT, IMPROVEMENT, NO_CHANGE)
        .outcomes("Rash 2017", "mental health", IMPROVEMENT)
        .build();
    String plot = table.summary(); // ▲ ▼ ◄► by study and domain, sign test per domain

    // Values: R sumlog (20.8286, p = 0.0076169), binom.test/prop.test (see the reference
    // files); type 7 quartiles of five values are the 2nd, 3rd and 4th order statistics.
    assertEquals("Fisher: statistic = 20.8286, chi-squared(8), p = 0.0076 (k = 4)",
        fisher.toString());
    assertEquals(
        "10 of 12 favour (83.33%, 95% Wilson CI [55.20%, 95.30%]), 0 excluded, sign test "
            + "p = 0.0386",
        votes.toString());
    assertEquals("k = 5, median 0.3500 (IQR 0.2000 to 0.5000, range -0.1000 to 0.8000)",
        spread.toString());
    // 3 of 4 outcomes (75%) improve, at least 70%
    assertEquals(Optional.of(IMPROVEMENT), table.direction("Gunn 2016", "mental health"));
    assertEquals(SampleSizeClass.LARGE, table.sampleSizeClass("Rash 2017"));
    assertTrue(plot.contains("2/2, p = 0.5000"), plot);
  }
}
