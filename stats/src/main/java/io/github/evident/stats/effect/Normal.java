package io.github.evident.stats.effect;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Standard normal and Student t quantiles (implementation detail, keeps commons-math3 private). */
final class Normal {

  private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1, 1e-14);

  private Normal() {}

  static double quantile(double p) {
    return STANDARD.inverseCumulativeProbability(p);
  }

  /** Lower-tail quantile of Student's t with {@code df} degrees of freedom. */
  static double tQuantile(double p, double df) {
    return new TDistribution(null, df, 1e-14).inverseCumulativeProbability(p);
  }
}
