package io.github.evident.stats.synthesis;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.Locale;
import java.util.List;
import java.util.OptionalInt;

/**
 * The result of combining {@code k} one-sided p values.
 *
 * @param method the combining method
 * @param k the number of p values combined
 * @param statistic the combined statistic (see {@link PValueMethod} for its definition)
 * @param distribution the null distribution the p value is taken from
 * @param degreesOfFreedom the degrees of freedom of a chi-squared or t null distribution, empty
 *     otherwise
 * @param pValue the combined one-sided p value, in {@code [0, 1]}
 * @param notes what the reader should know about the result, such as a p value of 1 that made
 *     the statistic infinite; empty if nothing (absent or null in JSON reads as empty)
 */
public record CombinedPValue(
    PValueMethod method,
    int k,
    double statistic,
    NullDistribution distribution,
    OptionalInt degreesOfFreedom,
    double pValue,
    List<String> notes) {

  /**
   * Validates the result.
   *
   * @throws IllegalArgumentException if a component is null, {@code k < 1}, the statistic is
   *     NaN or the p value is not in {@code [0, 1]}
   */
  public CombinedPValue {
    Checks.notNull("method", method);
    Checks.notNull("distribution", distribution);
    Checks.notNull("degreesOfFreedom", degreesOfFreedom);
    Checks.atLeast("k", k, 1);
    if (Double.isNaN(statistic)) {
      throw new IllegalArgumentException("statistic must not be NaN");
    }
    Checks.probability("pValue", pValue);
    notes = notes == null ? List.of() : Checks.list("notes", notes);
  }

  /**
   * A result without notes.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public CombinedPValue(PValueMethod method, int k, double statistic,
      NullDistribution distribution, OptionalInt degreesOfFreedom, double pValue) {
    this(method, k, statistic, distribution, degreesOfFreedom, pValue, List.of());
  }

  /**
   * One line, for example {@code Fisher: statistic = 20.8286, chi-squared(8), p = 0.0076 (k = 4)}.
   *
   * @return the summary line
   */
  @Override
  public String toString() {
    String dist =
        degreesOfFreedom.isPresent()
            ? distribution.label() + "(" + degreesOfFreedom.getAsInt() + ")"
            : distribution.label();
    return method.label() + ": statistic = " + Format.estimate(statistic) + ", " + dist + ", "
        + Format.p(pValue) + " (k = " + k + ")"
        + (notes.isEmpty() ? "" : "; " + String.join(" ", notes));
  }
}
