package io.github.evident.stats.binary;

import io.github.evident.core.internal.Format;

/**
 * A chi-squared test: statistic, degrees of freedom and upper-tail p value.
 *
 * @param statistic the chi-squared statistic, {@code >= 0}
 * @param df the degrees of freedom
 * @param pValue the upper-tail p value
 */
public record ChiSquareTest(double statistic, int df, double pValue) {

  /**
   * One line, for example {@code X^2(df = 1) = 135.7087, p < 0.0001}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "X^2(df = " + df + ") = " + Format.estimate(statistic) + ", " + Format.p(pValue);
  }
}
