package io.github.evident.stats.bias;

import io.github.evident.core.internal.Checks;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaRegression;
import io.github.evident.stats.meta.Moderators;
import java.util.ArrayList;
import java.util.List;

/** The arithmetic behind {@link SmallStudyEffects}' regression tests. */
final class RegressionTests {

  /** The Cochrane Handbook's minimum number of studies for a test of funnel plot asymmetry. */
  static final int RECOMMENDED_MINIMUM = 10;

  private RegressionTests() {}

  static RegressionTest metaRegression(MetaAnalysis analysis, double[] yi, double[] vi,
      int[] n, Predictor predictor) {
    Checks.notNull("analysis", analysis);
    Moderators mods = moderator(yi, vi, n, predictor);
    return new RegressionTest(RegressionTest.Model.META_REGRESSION, predictor,
        MetaRegression.like(analysis).fit(yi, vi, mods), notes(yi.length));
  }

  static RegressionTest weighted(double[] yi, double[] vi, int[] n, Predictor predictor) {
    Moderators mods = moderator(yi, vi, n, predictor);
    return new RegressionTest(RegressionTest.Model.WEIGHTED_REGRESSION, predictor,
        MetaRegression.weightedLeastSquares().fit(yi, vi, mods), notes(yi.length));
  }

  /** The predictor as the single moderator, after checking what it is computed from. */
  private static Moderators moderator(double[] yi, double[] vi, int[] n, Predictor predictor) {
    Checks.notNull("yi", yi);
    Checks.notNull("vi", vi);
    Checks.notNull("predictor", predictor);
    int k = yi.length;
    if (k < 3) {
      throw new IllegalArgumentException("a regression test for funnel plot asymmetry needs at "
          + "least 3 studies (intercept, slope and a residual degree of freedom), got k = " + k);
    }
    if (vi.length != k) {
      throw new IllegalArgumentException("yi and vi must have the same length, were " + k
          + " and " + vi.length);
    }
    if (predictor.needsSampleSizes() && n == null) {
      throw new IllegalArgumentException("predictor " + predictor + " (" + predictor.label()
          + ") needs the sample sizes n; use the overload that takes them");
    }
    checkSampleSizes(n, k);
    double[] column = new double[k];
    for (int i = 0; i < k; i++) {
      Checks.positive("vi[" + i + "] (study " + i + ")", vi[i]);
      column[i] = predictor.value(vi[i], n == null ? 0 : n[i]);
    }
    return Moderators.of(predictor.label(), column);
  }

  private static void checkSampleSizes(int[] n, int k) {
    if (n == null) {
      return;
    }
    if (n.length != k) {
      throw new IllegalArgumentException("n must have one sample size per study, had "
          + n.length + " for k = " + k);
    }
    for (int i = 0; i < k; i++) {
      if (n[i] <= 0) {
        throw new IllegalArgumentException("n[" + i + "] (study " + i
            + ") must be a positive sample size, was " + n[i]);
      }
    }
  }

  static List<String> notes(int k) {
    List<String> notes = new ArrayList<>();
    if (k < RECOMMENDED_MINIMUM) {
      notes.add("k = " + k + " studies: the Cochrane Handbook (13.3.5.4) advises against "
          + "tests for funnel plot asymmetry with fewer than " + RECOMMENDED_MINIMUM
          + " studies, as their power is too low to tell chance from asymmetry.");
    }
    return notes;
  }
}
