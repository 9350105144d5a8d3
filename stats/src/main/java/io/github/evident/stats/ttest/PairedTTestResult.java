package io.github.evident.stats.ttest;

import io.github.evident.core.Interval;
import io.github.evident.stats.effect.EffectSize;
import java.util.Locale;

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
   * A multi-line report of the test.
   *
   * @return the report
   */
  public String summary() {
    return String.format(Locale.ROOT,
        "Paired t test (difference = after - before), n = %d pairs%n"
            + "  mean difference %.4f (SD %.4f, SE %.4f)%n"
            + "  t = %.4f, df = %s, p = %.4g (%s)%n"
            + "  %s%% CI of the mean difference: %s%n"
            + "  effect size d_z = %.4f (mean difference / SD of the differences, uncorrected)%n",
        n, meanDifference, sdDifference, standardError, statistic, Format.df(df), pValue,
        Format.alternative(alternative), Format.percent(level), Format.interval(ci),
        dz.estimate());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "PairedTTestResult[t=%.4f, df=%s, p=%.4g (%s), mean difference=%.4f, %s%% CI %s, d_z=%.4f]",
        statistic, Format.df(df), pValue, Format.alternative(alternative), meanDifference,
        Format.percent(level), Format.interval(ci), dz.estimate());
  }
}
