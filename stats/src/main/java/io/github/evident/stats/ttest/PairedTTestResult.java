package io.github.evident.stats.ttest;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.effect.EffectSize;

/**
 * The result of a {@link PairedTTest}: difference = after - before.
 *
 * @param statistic the t statistic, {@code meanDifference / standardError}
 * @param df the degrees of freedom, {@code n - 1}
 * @param pValue the p value for the configured alternative
 * @param meanDifference the mean of the differences (after - before)
 * @param sdDifference the SD of the differences
 * @param standardError the standard error of the mean difference, {@code sdDifference/sqrt(n)}
 * @param ci the confidence interval of the mean difference (one-sided for a one-sided
 *     alternative)
 * @param n the number of pairs
 * @param alternative the alternative hypothesis
 * @param level the confidence level
 * @param dz the effect size d_z = mean difference / SD of the differences, with variance
 *     {@code 1/n + d_z^2/(2n)} (uncorrected)
 */
public record PairedTTestResult(double statistic, double df, double pValue, double meanDifference,
    double sdDifference, double standardError, Interval ci, int n, Alternative alternative,
    double level, EffectSize dz) {

  /**
   * Checks the result; the library makes it, a program need not.
   *
   * @throws IllegalArgumentException if a value is missing or out of range (df not positive, a
   *     p value outside [0, 1], fewer than 2 pairs)
   */
  public PairedTTestResult {
    ResultCheck.common("paired t test", df, pValue, standardError, ci, alternative, level, dz);
    ResultCheck.require(n >= 2, "paired t test", "n", n, "at least 2");
  }

  /**
   * A multi-line report of the test.
   *
   * @return the report
   */
  public String summary() {
    return "Paired t test (difference = after - before), n = " + n + " pairs\n"
        + "  mean difference " + Format.estimate(meanDifference) + " (SD "
        + Format.estimate(sdDifference) + ", SE " + Format.estimate(standardError) + ")\n"
        + "  t = " + Format.estimate(statistic) + ", df = " + Format.df(df) + ", "
        + Format.p(pValue) + " (" + alternative.label() + ")\n"
        + "  " + Format.level(level) + "% CI of the mean difference: " + Format.interval(ci)
        + "\n  effect size d_z = " + Format.estimate(dz.estimate())
        + " (mean difference / SD of the differences, uncorrected)\n";
  }

  /**
   * One line, for example {@code paired t test: t = 8.8968, df = 7, p < 0.0001 (two-sided), mean
   * difference 5.2500, 95% CI [3.8546, 6.6454], d_z = 3.1455}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "paired t test: t = " + Format.estimate(statistic) + ", df = " + Format.df(df) + ", "
        + Format.p(pValue) + " (" + alternative.label() + "), mean difference "
        + Format.estimate(meanDifference) + ", " + Format.level(level) + "% CI "
        + Format.interval(ci) + ", d_z = " + Format.estimate(dz.estimate());
  }
}
