package io.github.evident.stats.meta;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;

/**
 * One coefficient of a {@link RegressionResult}: its estimate, standard error, z or t statistic,
 * two-sided p value and confidence interval (a row of metafor's model results table).
 *
 * @param name the moderator's name, or {@value RegressionResult#INTERCEPT}
 * @param estimate the estimated coefficient
 * @param standardError its standard error (Knapp-Hartung adjusted for that test)
 * @param statistic the z or t statistic, estimate / standard error
 * @param pValue the two-sided p value
 * @param ci the confidence interval
 */
public record Coefficient(String name, double estimate, double standardError, double statistic,
    double pValue, Interval ci) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the name is blank, the interval null, a number not
   *     finite, the standard error negative or the p value outside [0, 1]
   */
  public Coefficient {
    Checks.nonBlank("name", name);
    Checks.notNull("ci", ci);
    Checks.finite("estimate", estimate);
    Checks.nonNegative("standardError", standardError);
    Checks.probability("pValue", pValue);
  }

  /**
   * One line, for example {@code ablat: -0.0291 (SE 0.0072), 95% CI [...], p = 0.0001} without
   * the level, which the result knows.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return name + ": " + Format.estimate(estimate) + " (SE " + Format.estimate(standardError)
        + "), CI " + Format.interval(ci) + ", " + Format.p(pValue);
  }
}
