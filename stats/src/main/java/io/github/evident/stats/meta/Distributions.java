package io.github.evident.stats.meta;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/** Tail probabilities and quantiles, computed so that tiny p-values keep their digits. */
final class Distributions {

  private static final double ACCURACY = 1e-14;

  private Distributions() {}

  /** Two-sided normal p-value {@code 2 * P(Z > |z|)}. */
  static double normalTwoSided(double z) {
    return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
  }

  /** Upper normal quantile {@code z} with {@code P(Z > z) = upperTail}. */
  static double normalUpper(double upperTail) {
    return Math.sqrt(2.0) * Erf.erfcInv(2.0 * upperTail);
  }

  /** Two-sided t p-value {@code 2 * P(T_df > |t|)}. */
  static double tTwoSided(double t, double df) {
    return Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5);
  }

  /** Upper t quantile with {@code P(T_df > q) = upperTail}. */
  static double tUpper(double upperTail, double df) {
    return new TDistribution(null, df, ACCURACY).inverseCumulativeProbability(1.0 - upperTail);
  }

  /** Upper chi-square tail {@code P(X_df > x)}. */
  static double chiSquareUpperTail(double x, double df) {
    if (x <= 0) {
      return 1.0;
    }
    return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
  }

  /** Chi-square quantile with {@code P(X_df <= q) = p}. */
  static double chiSquareQuantile(double p, double df) {
    return new ChiSquaredDistribution(null, df, ACCURACY).inverseCumulativeProbability(p);
  }
}
