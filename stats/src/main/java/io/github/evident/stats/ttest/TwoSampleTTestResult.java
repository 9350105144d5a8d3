package io.github.evident.stats.ttest;

import io.github.evident.core.Interval;
import io.github.evident.stats.effect.EffectSize;
import java.util.Locale;

/**
 * The result of a {@link TwoSampleTTest}: difference = group 1 - group 2.
 *
 * @param statistic the t statistic, {@code meanDifference / standardError}
 * @param df the degrees of freedom ({@code n1 + n2 - 2} for Student, Welch-Satterthwaite for
 *     Welch)
 * @param pValue the p value for the configured alternative
 * @param meanDifference {@code mean1 - mean2}
 * @param standardError the standard error of the mean difference
 * @param ci the confidence interval of the mean difference (one-sided for a one-sided
 *     alternative)
 * @param n1 size of group 1
 * @param n2 size of group 2
 * @param equalVariances true for Student's test (pooled variance), false for Welch's test
 * @param alternative the alternative hypothesis
 * @param level the confidence level
 * @param cohensD Cohen's d with the pooled SD (also after Welch's test), variance
 *     {@code (n1+n2)/(n1 n2) + d^2/(2(n1+n2))}
 * @param hedgesG Hedges' g, as {@link io.github.evident.stats.effect.EffectSizes#smd}
 */
public record TwoSampleTTestResult(double statistic, double df, double pValue,
    double meanDifference, double standardError, Interval ci, int n1, int n2,
    boolean equalVariances, Alternative alternative, double level, EffectSize cohensD,
    EffectSize hedgesG) {

  /**
   * A multi-line report of the test.
   *
   * @return the report
   */
  public String summary() {
    return String.format(Locale.ROOT,
        "%s (difference = group 1 - group 2), n1 = %d, n2 = %d%n"
            + "  mean difference %.4f (SE %.4f)%n"
            + "  t = %.4f, df = %s, p = %.4g (%s)%n"
            + "  %s%% CI of the mean difference: %s%n"
            + "  effect size Cohen's d = %.4f, Hedges' g = %.4f (pooled SD)%n",
        method(), n1, n2, meanDifference, standardError, statistic, Format.df(df), pValue,
        Format.alternative(alternative), Format.percent(level), Format.interval(ci),
        cohensD.estimate(), hedgesG.estimate());
  }

  private String method() {
    return equalVariances ? "Two-sample Student t test" : "Welch two-sample t test";
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "TwoSampleTTestResult[%s, t=%.4f, df=%s, p=%.4g (%s), mean difference=%.4f, %s%% CI %s, "
            + "g=%.4f]",
        equalVariances ? "Student" : "Welch", statistic, Format.df(df), pValue,
        Format.alternative(alternative), meanDifference, Format.percent(level),
        Format.interval(ci), hedgesG.estimate());
  }
}
