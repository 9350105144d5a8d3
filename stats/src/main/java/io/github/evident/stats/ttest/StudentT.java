package io.github.evident.stats.ttest;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Distributions;

/** Student t p values and confidence intervals for each {@link Alternative}. */
final class StudentT {

  private StudentT() {}

  /** P value for statistic {@code t}; tails computed directly to keep tiny p values accurate. */
  static double pValue(double t, double df, Alternative alternative) {
    switch (alternative) {
      case GREATER:
        return Distributions.tUpper(t, df);
      case LESS:
        return Distributions.tLower(t, df);
      default:
        return Math.min(1, Distributions.tTwoSided(t, df));
    }
  }

  /** Confidence interval for an estimate with standard error {@code se}. */
  static Interval ci(double estimate, double se, double df, Alternative alternative,
      double level) {
    switch (alternative) {
      case GREATER:
        return Interval.of(estimate - Distributions.tUpperQuantile(1 - level, df) * se,
            Double.POSITIVE_INFINITY);
      case LESS:
        return Interval.of(Double.NEGATIVE_INFINITY,
            estimate + Distributions.tUpperQuantile(1 - level, df) * se);
      default:
        double q = Distributions.tTwoSidedQuantile(1 - level, df) * se;
        return Interval.of(estimate - q, estimate + q);
    }
  }
}
