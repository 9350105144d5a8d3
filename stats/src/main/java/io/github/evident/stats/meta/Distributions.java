package io.github.evident.stats.meta;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities and quantiles, computed so that tiny p-values keep their digits.
 *
 * <p>The t and chi-square quantiles are found by iterative inversion of the distribution
 * function (several microseconds each, more than the rest of a small fit). They depend only
 * on the probability and the degrees of freedom, which repeat from fit to fit, so they are
 * remembered: a simulation study or a living review computes each quantile once. The cache
 * holds the same numbers the inversion returns and is bounded.
 */
final class Distributions {

  private static final double ACCURACY = 1e-14;

  /** At most this many quantiles are remembered; beyond it they are computed every time. */
  static final int CACHE_LIMIT = 4096;

  /** A remembered quantile: which distribution, its degrees of freedom and the probability. */
  private record Key(boolean chiSquare, double df, double p) {}

  private static final ConcurrentHashMap<Key, Double> QUANTILES = new ConcurrentHashMap<>();

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
    double p = 1.0 - upperTail;
    return cached(new Key(false, df, p),
        () -> new TDistribution(null, df, ACCURACY).inverseCumulativeProbability(p));
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
    return cached(new Key(true, df, p),
        () -> new ChiSquaredDistribution(null, df, ACCURACY).inverseCumulativeProbability(p));
  }

  private static double cached(Key key, DoubleSupplier quantile) {
    Double known = QUANTILES.get(key);
    if (known != null) {
      return known;
    }
    double q = quantile.getAsDouble();
    if (QUANTILES.size() < CACHE_LIMIT) {
      QUANTILES.putIfAbsent(key, q);
    }
    return q;
  }
}
