package io.github.evident.stats.bias;

import io.github.evident.stats.meta.MetaAnalysis;

/**
 * Tests for small-study effects (funnel plot asymmetry), as metafor 3.8-1's {@code regtest}
 * and {@code ranktest}.
 *
 * <pre>{@code
 * RegressionTest egger = SmallStudyEffects.weightedRegressionTest(yi, vi,
 *     Predictor.STANDARD_ERROR);
 * RegressionTest rma = SmallStudyEffects.regressionTest(MetaAnalysis.randomEffects(), yi, vi,
 *     Predictor.STANDARD_ERROR);
 * rma.pValue(); rma.limitEstimate();
 * RankCorrelationResult begg = SmallStudyEffects.rankCorrelationTest(yi, vi);
 * }</pre>
 *
 * <p>Use these tests only with at least ten studies, and not when the studies are of similar
 * size: with fewer the power is too low to tell chance from asymmetry (Cochrane Handbook
 * 13.3.5.4). Asymmetry is not proof of publication bias: true heterogeneity related to study
 * size, poorer methods in smaller studies, chance and artefacts of the effect measure cause it
 * too. Every result carries a note when k &lt; 10.
 */
public final class SmallStudyEffects {

  private SmallStudyEffects() {}

  /**
   * The meta-regression test (metafor's {@code regtest(model = "rma")}): the model of
   * {@code analysis} (its τ² estimator, z or Knapp-Hartung test, level and iteration control)
   * with the predictor as moderator; the test is that of the predictor's coefficient and the
   * limit estimate is the intercept.
   *
   * @param analysis the configured meta-analysis
   * @param yi the effect size estimates, finite
   * @param vi their sampling variances, finite and positive
   * @param predictor a predictor that does not need sample sizes
   * @return the test
   * @throws IllegalArgumentException if an argument is null, k &lt; 3, the lengths differ, a
   *     value is invalid (the study is named), the predictor needs sample sizes, or it is the
   *     same in every study
   * @throws io.github.evident.stats.meta.NonConvergenceException if τ² does not converge and
   *     the analysis has no fallback
   */
  public static RegressionTest regressionTest(MetaAnalysis analysis, double[] yi, double[] vi,
      Predictor predictor) {
    return RegressionTests.metaRegression(analysis, yi, vi, null, predictor);
  }

  /**
   * The meta-regression test with sample sizes, for any predictor, as
   * {@link #regressionTest(MetaAnalysis, double[], double[], Predictor)}.
   *
   * @param analysis the configured meta-analysis
   * @param yi the effect size estimates, finite
   * @param vi their sampling variances, finite and positive
   * @param n the total sample size of each study, positive
   * @param predictor the predictor
   * @return the test
   * @throws IllegalArgumentException as the overload without sample sizes, or if a sample
   *     size is not positive (the study is named) or {@code n} has another length
   * @throws io.github.evident.stats.meta.NonConvergenceException as the overload without
   *     sample sizes
   */
  public static RegressionTest regressionTest(MetaAnalysis analysis, double[] yi, double[] vi,
      int[] n, Predictor predictor) {
    return RegressionTests.metaRegression(analysis, yi, vi, n, predictor);
  }

  /**
   * Egger's weighted regression test (metafor's {@code regtest(model = "lm")}): weighted
   * least squares of y<sub>i</sub> on the predictor with weights 1/v<sub>i</sub> and an
   * estimated residual variance, t test with k − 2 degrees of freedom, 95% interval of the
   * limit estimate.
   *
   * @param yi the effect size estimates, finite
   * @param vi their sampling variances, finite and positive
   * @param predictor a predictor that does not need sample sizes
   * @return the test
   * @throws IllegalArgumentException as
   *     {@link #regressionTest(MetaAnalysis, double[], double[], Predictor)}, or if the
   *     regression fits the estimates exactly
   */
  public static RegressionTest weightedRegressionTest(double[] yi, double[] vi,
      Predictor predictor) {
    return RegressionTests.weighted(yi, vi, null, predictor);
  }

  /**
   * Egger's weighted regression test with sample sizes, for any predictor.
   *
   * @param yi the effect size estimates, finite
   * @param vi their sampling variances, finite and positive
   * @param n the total sample size of each study, positive
   * @param predictor the predictor
   * @return the test
   * @throws IllegalArgumentException as
   *     {@link #regressionTest(MetaAnalysis, double[], double[], int[], Predictor)}
   */
  public static RegressionTest weightedRegressionTest(double[] yi, double[] vi, int[] n,
      Predictor predictor) {
    return RegressionTests.weighted(yi, vi, n, predictor);
  }

  /**
   * Begg and Mazumdar's rank correlation test (metafor's {@code ranktest}): Kendall's τ between
   * the standardised deviates (y<sub>i</sub> − θ̂)/√(v<sub>i</sub> − 1/Σw) around the
   * common-effect estimate θ̂ and the variances v<sub>i</sub>. The p value is exact when
   * nothing is tied and from the normal approximation (tie-corrected variance) otherwise, as
   * R's {@code cor.test(method = "kendall", exact = TRUE)}, which metafor calls; above 500
   * studies it is the normal approximation too. See {@link RankCorrelationResult}.
   *
   * <pre>{@code
   * RankCorrelationResult begg = SmallStudyEffects.rankCorrelationTest(yi, vi);
   * begg.tau(); begg.pValue();
   * }</pre>
   *
   * @param yi the effect size estimates, finite
   * @param vi their sampling variances, finite and positive
   * @return τ and its two-sided p value
   * @throws IllegalArgumentException if an array is null, the lengths differ, a value is not
   *     finite or (a variance) not positive (the study is named), there are fewer than 2
   *     studies, or τ is undefined because all variances (or all deviates) are equal
   */
  public static RankCorrelationResult rankCorrelationTest(double[] yi, double[] vi) {
    return RankCorrelation.test(yi, vi);
  }
}
