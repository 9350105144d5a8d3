package io.github.evident.stats.bias;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.GeneratedStudies;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.Tau2Estimator;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * A funnel that is symmetric about its centre shows no asymmetry; Egger's weighted regression
 * is the common-effect meta-regression with the Knapp-Hartung test.
 */
class RegressionTestProperties {

  /** Half a funnel: distinct variances and non-negative deviations from the centre. */
  record Half(double[] v, double[] d) {
    @Override
    public String toString() {
      return "v=" + Arrays.toString(v) + ", d=" + Arrays.toString(d);
    }
  }

  @Provide
  Arbitrary<Half> halves() {
    return Arbitraries.integers().between(3, 15).flatMap(k -> GeneratedStudies
        .column(k, 0.01, 1, 4).uniqueElements()
        .flatMap(v -> GeneratedStudies.column(k, 0, 2, 4).map(d -> new Half(v, d))))
        .withoutEdgeCases();
  }

  /**
   * Each study has a mirror image with the same variance on the other side of {@code centre}:
   * the slope on any precision predictor is 0 and the limit estimate is the centre.
   */
  @Property(tries = 100)
  void aSymmetricFunnelHasNoSmallStudyEffect(@ForAll("halves") Half h,
      @ForAll @DoubleRange(min = -2, max = 2) double centre, @ForAll boolean lm,
      @ForAll boolean variance) {
    int k = h.v().length;
    double[] y = new double[2 * k];
    double[] v = new double[2 * k];
    for (int i = 0; i < k; i++) {
      y[2 * i] = centre + h.d()[i];
      y[2 * i + 1] = centre - h.d()[i];
      v[2 * i] = h.v()[i];
      v[2 * i + 1] = h.v()[i];
    }
    Predictor p = variance ? Predictor.VARIANCE : Predictor.STANDARD_ERROR;
    RegressionTest t;
    try {
      t = lm ? SmallStudyEffects.weightedRegressionTest(y, v, p)
          : SmallStudyEffects.regressionTest(MetaAnalysis.randomEffects(Tau2Estimator.DL), y, v,
              p);
    } catch (IllegalArgumentException exactFit) {
      // every deviation 0: the weighted regression fits exactly and has no t statistic
      assertTrue(Arrays.stream(h.d()).allMatch(x -> x == 0), exactFit.getMessage());
      return;
    }
    assertTrue(Math.abs(t.statistic()) < 1e-7, t.toString());
    double width = t.limitCi().orElseThrow().upper() - t.limitCi().orElseThrow().lower();
    assertTrue(Math.abs(t.limitEstimate().orElseThrow() - centre)
        < 1e-8 * (1 + Math.abs(centre) + width), centre + ": " + t);
  }

  /** Any data: half a funnel's variances with deviations of both signs. */
  @Property(tries = 100)
  void eggersTestIsTheCommonEffectKnappHartungRegression(@ForAll("halves") Half h,
      @ForAll boolean variance, @ForAll boolean flip) {
    double[] y = h.d().clone();
    for (int i = 0; i < y.length; i += 2) {
      y[i] = flip ? -y[i] : y[i];
    }
    Predictor p = variance ? Predictor.VARIANCE : Predictor.STANDARD_ERROR;
    RegressionTest lm;
    try {
      lm = SmallStudyEffects.weightedRegressionTest(y, h.v(), p);
    } catch (IllegalArgumentException exactFit) {
      return;
    }
    RegressionTest rma = SmallStudyEffects.regressionTest(
        MetaAnalysis.commonEffect().withKnappHartung(), y, h.v(), p);
    assertTrue(Math.abs(lm.statistic() - rma.statistic()) < 1e-9 * (1 + Math.abs(
        lm.statistic())), lm + " vs " + rma);
    assertTrue(lm.df().equals(rma.df()) && lm.limitCi().equals(rma.limitCi()), lm + " vs " + rma);
  }
}
