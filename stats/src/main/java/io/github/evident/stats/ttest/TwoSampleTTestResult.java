package io.github.evident.stats.ttest;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.effect.EffectSize;

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
   * Checks the result; the library makes it, a program need not.
   *
   * @throws IllegalArgumentException if a value is missing or out of range (df not positive, a
   *     p value outside [0, 1], a group with fewer than 2 observations)
   */
  public TwoSampleTTestResult {
    ResultCheck.common("two-sample t test", df, pValue, standardError, ci, alternative, level,
        cohensD, hedgesG);
    ResultCheck.require(n1 >= 2 && n2 >= 2, "two-sample t test", "n1, n2", n1 + ", " + n2,
        "at least 2 each");
  }

  /**
   * A multi-line report of the test.
   *
   * @return the report
   */
  public String summary() {
    return method() + " (difference = group 1 - group 2), n1 = " + n1 + ", n2 = " + n2 + "\n"
        + "  mean difference " + Format.estimate(meanDifference) + " (SE "
        + Format.estimate(standardError) + ")\n"
        + "  t = " + Format.estimate(statistic) + ", df = " + Format.df(df) + ", "
        + Format.p(pValue) + " (" + alternative.label() + ")\n"
        + "  " + Format.level(level) + "% CI of the mean difference: " + Format.interval(ci)
        + "\n  effect size Cohen's d = " + Format.estimate(cohensD.estimate()) + ", Hedges' g = "
        + Format.estimate(hedgesG.estimate()) + " (pooled SD)\n";
  }

  private String method() {
    return equalVariances ? "Two-sample Student t test" : "Welch two-sample t test";
  }

  /**
   * One line, for example {@code Welch two-sample t test: t = 2.1, df = 13.418, p = 0.0550
   * (two-sided), mean difference 5.2500, 95% CI [-0.1317, 10.6317], g = 1.0023}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return method() + ": t = " + Format.estimate(statistic) + ", df = " + Format.df(df) + ", "
        + Format.p(pValue) + " (" + alternative.label() + "), mean difference "
        + Format.estimate(meanDifference) + ", " + Format.level(level) + "% CI "
        + Format.interval(ci) + ", g = " + Format.estimate(hedgesG.estimate());
  }
}
