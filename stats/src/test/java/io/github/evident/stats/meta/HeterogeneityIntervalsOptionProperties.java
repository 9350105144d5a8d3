package io.github.evident.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.GeneratedStudies.Data;
import io.github.evident.stats.GeneratedStudies;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Turning the Q-profile intervals off (for speed) removes exactly those intervals and changes no
 * other number, and repeated fits (which reuse remembered t and chi-square quantiles) give
 * identical results.
 */
class HeterogeneityIntervalsOptionProperties {

  @Provide
  Arbitrary<Data> studies() {
    // Distinct estimates: the Knapp-Hartung test rejects practically identical ones.
    return GeneratedStudies.studies(2, 30, true);
  }

  @Property(tries = 100)
  void withoutIntervalsEveryOtherNumberIsIdentical(@ForAll("studies") Data d,
      @ForAll Tau2Estimator e, @ForAll boolean knappHartung) {
    MetaAnalysis full = MetaAnalysis.randomEffects(e).withKnappHartung(knappHartung)
        .withMaxIterations(1000).withFallback(Tau2Estimator.DL);
    MetaResult a = full.fit(d.y(), d.v());
    MetaResult b = full.withHeterogeneityIntervals(false).fit(d.y(), d.v());
    assertTrue(b.tau2Ci().isEmpty() && b.i2Ci().isEmpty() && b.h2Ci().isEmpty(), b.toString());
    MetaResult expected = new MetaResult(a.model(), a.tau2Estimator(), a.test(), a.level(),
        a.k(), a.estimate(), a.standardError(), a.statistic(), a.testDf(), a.pValue(), a.ci(),
        a.predictionInterval(), a.tau2(), a.tau2StandardError(), Optional.empty(), a.i2(),
        Optional.empty(), a.h2(), Optional.empty(), a.q(), a.qDf(), a.qPValue(), a.iterations(),
        a.notes().stream().filter(n -> !n.startsWith("Q-profile")).toList());
    assertEquals(expected, b);
  }

  @Property(tries = 50)
  void repeatedFitsAreIdentical(@ForAll("studies") Data d, @ForAll boolean knappHartung) {
    MetaAnalysis m = MetaAnalysis.randomEffects(Tau2Estimator.DL).withKnappHartung(knappHartung)
        .withLevel(0.9);
    assertEquals(m.fit(d.y(), d.v()), m.fit(d.y(), d.v()));
  }

  @Example
  void theOptionIsPartOfTheConfiguration() {
    MetaAnalysis m = MetaAnalysis.randomEffects();
    MetaAnalysis fast = m.withHeterogeneityIntervals(false);
    assertNotEquals(m, fast);
    assertEquals(m, fast.withHeterogeneityIntervals(true));
    assertEquals(m.hashCode(), fast.withHeterogeneityIntervals(true).hashCode());
    assertTrue(fast.toString().contains("no heterogeneity intervals"), fast.toString());
    assertFalse(m.toString().contains("heterogeneity"), m.toString());
  }
}
