package io.github.evident.stats.bias;

import io.github.evident.core.internal.Format;
import java.util.OptionalDouble;

/**
 * A fail-safe N: how many unpublished studies averaging a null effect would have to be added
 * to take a meta-analysis's result past a threshold, as metafor's {@code fsn}.
 *
 * @param method the approach
 * @param k the number of studies
 * @param n the fail-safe N, at least 0
 * @param alpha the significance level the combined test is taken to (Rosenthal one-sided,
 *     Rosenberg two-sided); empty for Orwin
 * @param pValue the p value of the studies as they are (Rosenthal: Stouffer's combined z,
 *     one-sided; Rosenberg: the common-effect z test, two-sided); empty for Orwin
 * @param meanEffect the mean effect (Orwin: unweighted; Rosenberg: the common-effect
 *     estimate); empty for Rosenthal
 * @param target the mean effect to be reached (Orwin only)
 */
public record FailSafeNResult(FailSafeN.Method method, int k, long n, OptionalDouble alpha,
    OptionalDouble pValue, OptionalDouble meanEffect, OptionalDouble target) {

  /**
   * A multi-line report in metafor's words.
   *
   * @return the report
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Fail-safe N Calculation Using the ")
        .append(method.label()).append(" Approach (k = ").append(k).append(")\n\n");
    meanEffect.ifPresent(m -> sb.append("Average Effect Size:         ")
        .append(Format.estimate(m)).append('\n'));
    pValue.ifPresent(p -> sb.append("Observed Significance Level: ").append(Format.pValue(p))
        .append('\n'));
    alpha.ifPresent(a -> sb.append("Target Significance Level:   ")
        .append(Format.significant(a, 6)).append('\n'));
    target.ifPresent(t -> sb.append("Target Effect Size:          ")
        .append(Format.estimate(t)).append('\n'));
    return sb.append("\nFail-safe N: ").append(n).append('\n').toString();
  }

  /**
   * One line, for example {@code Rosenthal fail-safe N (k = 13) = 598, p < 0.0001, alpha 0.05}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(method.label()).append(" fail-safe N (k = ").append(k)
        .append(") = ").append(n);
    meanEffect.ifPresent(m -> sb.append(", mean effect ").append(Format.estimate(m)));
    target.ifPresent(t -> sb.append(", target ").append(Format.estimate(t)));
    pValue.ifPresent(p -> sb.append(", ").append(Format.p(p)));
    alpha.ifPresent(a -> sb.append(", alpha ").append(Format.significant(a, 6)));
    return sb.toString();
  }
}
