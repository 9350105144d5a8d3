package io.github.evident.stats.effect;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;

/** Standard normal and Student t quantiles (implementation detail, keeps commons-math3 private). */
final class Normal {

  private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1, 1e-14);

  private static final double BETA_EPSILON = 1e-15;
  private static final int BETA_MAX_ITERATIONS = 100_000;

  private Normal() {}

  static double quantile(double p) {
    return STANDARD.inverseCumulativeProbability(p);
  }

  /**
   * The two-sided Student t quantile: the {@code t >= 0} with {@code P(|T_df| > t) = p}, for
   * {@code p} in (0, 1] and finite {@code df > 0}, as R's {@code qt(p/2, df, lower.tail = FALSE)}.
   *
   * <p>Found by bisection on {@code ln t}, comparing against whichever of {@code P(|T| > t)} and
   * {@code P(|T| < t)} is the small one, each computed directly as a regularized incomplete beta
   * function; the result is therefore accurate in relative terms for tiny {@code p} (large
   * {@code t}) and for {@code p} near 1 (small {@code t}), where inverting the distribution
   * function with an absolute tolerance is not.
   *
   * @throws IllegalArgumentException if {@code t} exceeds the double range
   */
  static double tTwoSidedQuantile(double p, double df) {
    if (p >= 1) {
      return 0;
    }
    boolean upper = p <= 0.5;
    double target = upper ? p : 1 - p; // 1 - p is exact for p >= 0.5
    double lo = -60; // t = e^-60: P(|T| < t) is below 1e-26 for any df
    double hi = 0.5 * (Math.log(df) + 700);
    if (upper && twoSidedTail(hi, df, true) > target) {
      throw new IllegalArgumentException("p=" + p + " with df=" + df
          + " gives a t statistic beyond the double range");
    }
    for (int i = 0; i < 200 && hi - lo > 1e-16 * Math.max(1, Math.abs(lo)); i++) {
      double mid = 0.5 * (lo + hi);
      double tail = twoSidedTail(mid, df, upper);
      // t too small: the upper tail is still above p, or the central part still below 1 - p.
      if (upper ? tail > target : tail < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.exp(0.5 * (lo + hi));
  }

  /**
   * {@code P(|T_df| > t)} if {@code upper}, else {@code P(|T_df| < t)}, at {@code t = e^u}: with
   * {@code x = df/(df + t^2)} the upper tail is {@code I_x(df/2, 1/2)} and the central part
   * {@code I_{1-x}(1/2, df/2)}; the smaller of the two is computed directly, the other as its
   * complement. {@code df/t^2} is formed in log space, so no intermediate overflows.
   */
  private static double twoSidedTail(double u, double df, boolean upper) {
    double w = Math.exp(Math.log(df) - 2 * u); // df / t^2
    double x = w / (1 + w);
    double y = 1 / (1 + w);
    double a = df / 2;
    double tail;
    double central;
    if (x <= (a + 1) / (a + 2.5)) {
      tail = Beta.regularizedBeta(x, a, 0.5, BETA_EPSILON, BETA_MAX_ITERATIONS);
      central = 1 - tail;
    } else {
      central = Beta.regularizedBeta(y, 0.5, a, BETA_EPSILON, BETA_MAX_ITERATIONS);
      tail = 1 - central;
    }
    return upper ? tail : central;
  }
}
