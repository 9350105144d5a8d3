package io.github.evident.stats.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.meta.MetaAnalysis;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Validation, notes and text of the regression tests (numbers: the reference test). */
class SmallStudyEffectsTest {

  private static final double[] Y = {0.1, 0.3, -0.2, 0.5, 0.0, 0.4, 0.2, 0.6, -0.1, 0.35, 0.15};
  private static final double[] V = {0.01, 0.04, 0.02, 0.09, 0.03, 0.05, 0.02, 0.1, 0.06, 0.07,
      0.015};
  private static final int[] N = {400, 100, 200, 40, 150, 80, 210, 35, 70, 60, 300};

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void fewerThanThreeStudiesAreRejected() {
    String m = message(() -> SmallStudyEffects.weightedRegressionTest(new double[] {1, 2},
        new double[] {1, 1}, Predictor.STANDARD_ERROR));
    assertTrue(m.contains("at least 3 studies") && m.contains("k = 2"), m);
    assertTrue(message(() -> SmallStudyEffects.regressionTest(MetaAnalysis.randomEffects(),
        new double[] {1, 2}, new double[] {1, 1}, Predictor.VARIANCE)).contains("k = 2"));
  }

  @Test
  void sampleSizesMustBeGivenAndPositive() {
    int[] n = N.clone();
    n[3] = 0;
    String m = message(() -> SmallStudyEffects.weightedRegressionTest(Y, V, n,
        Predictor.INVERSE_SAMPLE_SIZE));
    assertTrue(m.contains("n[3] (study 3)") && m.contains("was 0"), m);
    assertTrue(message(() -> SmallStudyEffects.regressionTest(MetaAnalysis.randomEffects(), Y,
        V, Predictor.SAMPLE_SIZE)).contains("needs the sample sizes"));
    assertTrue(message(() -> SmallStudyEffects.weightedRegressionTest(Y, V,
        Arrays.copyOf(N, 5), Predictor.SAMPLE_SIZE)).contains("had 5 for k = 11"));
    double[] v = V.clone();
    v[6] = -1;
    assertTrue(message(() -> SmallStudyEffects.weightedRegressionTest(Y, v,
        Predictor.STANDARD_ERROR)).contains("vi[6] (study 6)"));
  }

  @Test
  void equalVariancesLeaveNothingToRegressOn() {
    double[] v = new double[Y.length];
    Arrays.fill(v, 0.04);
    String m = message(() -> SmallStudyEffects.weightedRegressionTest(Y, v,
        Predictor.STANDARD_ERROR));
    assertTrue(m.contains("'sei'") && m.contains("constant"), m);
  }

  @Test
  void fewerThanTenStudiesGetTheHandbooksCaveat() {
    RegressionTest small = SmallStudyEffects.weightedRegressionTest(Arrays.copyOf(Y, 9),
        Arrays.copyOf(V, 9), Predictor.STANDARD_ERROR);
    assertEquals(1, small.notes().size());
    assertTrue(small.notes().get(0).contains("fewer than 10 studies"), small.notes().get(0));
    assertTrue(small.toString().endsWith("; 1 note"), small.toString());
    assertTrue(SmallStudyEffects.weightedRegressionTest(Y, V, Predictor.STANDARD_ERROR).notes()
        .isEmpty());
  }

  @Test
  void theSampleSizeHasNoLimitEstimate() {
    RegressionTest n = SmallStudyEffects.regressionTest(MetaAnalysis.randomEffects(), Y, V, N,
        Predictor.SAMPLE_SIZE);
    assertTrue(n.limitEstimate().isEmpty() && n.limitCi().isEmpty());
    RegressionTest ninv = SmallStudyEffects.regressionTest(MetaAnalysis.randomEffects(), Y, V,
        N, Predictor.INVERSE_SQRT_SAMPLE_SIZE);
    assertEquals(ninv.regression().coefficient("intercept").estimate(),
        ninv.limitEstimate().orElseThrow());
    assertEquals(ninv.regression().coefficient("sqrtninv").statistic(), ninv.statistic());
  }

  @Test
  void textNamesModelPredictorAndTest() {
    RegressionTest lm = SmallStudyEffects.weightedRegressionTest(Y, V, Predictor.STANDARD_ERROR);
    assertTrue(lm.toString().startsWith(
        "regression test for funnel plot asymmetry (lm, sei): t = "), lm.toString());
    assertTrue(lm.toString().contains(", df = 9, "), lm.toString());
    String s = SmallStudyEffects.regressionTest(MetaAnalysis.randomEffects(), Y, V,
        Predictor.VARIANCE).summary();
    for (String part : java.util.List.of("Regression Test for Funnel Plot Asymmetry",
        "random-effects meta-regression model (REML)", "Predictor: sampling variance",
        "z = ", "Limit Estimate (as vi -> 0)")) {
      assertTrue(s.contains(part), part + " in\n" + s);
    }
  }
}
