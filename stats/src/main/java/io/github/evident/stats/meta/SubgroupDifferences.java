package io.github.evident.stats.meta;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.OptionalInt;

/**
 * The test for subgroup differences: a chi-squared statistic with {@code df} degrees of freedom,
 * or (the Knapp-Hartung version of the mixed-effects model's Q<sub>M</sub>) an F statistic with
 * {@code df} and {@code denominatorDf} degrees of freedom.
 *
 * @param statistic Q (chi-squared) or F
 * @param df the (numerator) degrees of freedom, the number of subgroups − 1
 * @param denominatorDf the denominator degrees of freedom of an F test; empty for chi-squared
 * @param pValue the upper-tail p value
 */
public record SubgroupDifferences(double statistic, int df, OptionalInt denominatorDf,
    double pValue) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the statistic is negative or not finite, a degree of
   *     freedom below 1, or the p value outside [0, 1]
   */
  public SubgroupDifferences {
    Checks.finite("statistic", statistic);
    Checks.nonNegative("statistic", statistic);
    Checks.atLeast("df", df, 1);
    Checks.notNull("denominatorDf", denominatorDf);
    denominatorDf.ifPresent(d -> Checks.atLeast("denominatorDf", d, 1));
    Checks.probability("pValue", pValue);
  }

  /**
   * Whether the statistic is an F statistic (otherwise chi-squared).
   *
   * @return true for an F test
   */
  public boolean isF() {
    return denominatorDf.isPresent();
  }

  /**
   * As RevMan prints it, for example {@code Chi^2 = 1.5368, df = 2, P = 0.4638} or
   * {@code F = 0.7504, df = (2, 10), P = 0.4970}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return (isF() ? "F = " : "Chi^2 = ") + Format.estimate(statistic) + ", df = "
        + (isF() ? "(" + df + ", " + denominatorDf.getAsInt() + ")" : String.valueOf(df))
        + ", P " + Format.p(pValue).substring(2);
  }
}
