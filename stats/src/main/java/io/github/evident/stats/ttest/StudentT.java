package io.github.evident.stats.ttest;

import io.github.evident.core.Interval;
import org.apache.commons.math3.distribution.TDistribution;

/** Student t p values and confidence intervals (implementation detail, hides commons-math3). */
final class StudentT {

  private StudentT() {}

  private static TDistribution dist(double df) {
    return new TDistribution(null, df, 1e-14);
  }

  /** P value for statistic {@code t}; tails computed directly to keep tiny p values accurate. */
  static double pValue(double t, double df, Alternative alternative) {
    TDistribution d = dist(df);
    switch (alternative) {
      case GREATER:
        return d.cumulativeProbability(-t);
      case LESS:
        return d.cumulativeProbability(t);
      default:
        return Math.min(1, 2 * d.cumulativeProbability(-Math.abs(t)));
    }
  }

  /** Confidence interval for an estimate with standard error {@code se}. */
  static Interval ci(double estimate, double se, double df, Alternative alternative,
      double level) {
    TDistribution d = dist(df);
    switch (alternative) {
      case GREATER:
        return Interval.of(estimate - d.inverseCumulativeProbability(level) * se,
            Double.POSITIVE_INFINITY);
      case LESS:
        return Interval.of(Double.NEGATIVE_INFINITY,
            estimate + d.inverseCumulativeProbability(level) * se);
      default:
        double q = d.inverseCumulativeProbability(0.5 + level / 2) * se;
        return Interval.of(estimate - q, estimate + q);
    }
  }
}
