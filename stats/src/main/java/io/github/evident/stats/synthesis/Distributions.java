package io.github.evident.stats.synthesis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Upper tails and quantiles of the null distributions used in this package, computed so that
 * small tail probabilities keep their relative accuracy (survival functions, never {@code 1 -
 * cdf} for a small upper tail).
 */
final class Distributions {

  private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  /** Above this z the upper normal tail is computed from its continued fraction in log space. */
  private static final double MILLS_SWITCH = 8.0;

  private Distributions() {}

  /**
   * Upper tail of the standard normal, {@code Q(z) = P(Z > z)}.
   *
   * @param z the quantile
   * @return {@code 1 - Phi(z)}, accurate in relative terms also when tiny
   */
  static double normalUpper(double z) {
    if (z == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    if (z == Double.NEGATIVE_INFINITY) {
      return 1.0;
    }
    if (z > MILLS_SWITCH) {
      return Math.exp(logNormalUpper(z));
    }
    return 0.5 * Erf.erfc(z / Math.sqrt(2.0));
  }

  /**
   * Natural logarithm of the upper normal tail, for {@code z >= 0} finite.
   *
   * @param z the quantile
   * @return {@code ln Q(z)}
   */
  static double logNormalUpper(double z) {
    if (z <= MILLS_SWITCH) {
      return Math.log(0.5 * Erf.erfc(z / Math.sqrt(2.0)));
    }
    return -0.5 * z * z - LN_SQRT_2PI + Math.log(millsRatio(z));
  }

  /**
   * Mills ratio {@code Q(z) / phi(z)} for {@code z > 8} from Laplace's continued fraction {@code
   * 1 / (z + 1 / (z + 2 / (z + 3 / (z + ...))))}, evaluated backwards.
   */
  private static double millsRatio(double z) {
    double tail = z;
    for (int j = 60; j >= 1; j--) {
      tail = z + j / tail;
    }
    return 1.0 / tail;
  }

  /**
   * The upper standard normal quantile {@code z} with {@code Q(z) = p}, that is {@code
   * Phi^-1(1 - p)}, accurate for tiny {@code p}.
   *
   * <p>Starts from Abramowitz and Stegun 26.2.23 and refines by Newton steps on {@code ln Q}.
   *
   * @param p an upper-tail probability in {@code [0, 1]}
   * @return the quantile; infinite at 0 and 1
   */
  static double normalUpperQuantile(double p) {
    if (p == 0.0) {
      return Double.POSITIVE_INFINITY;
    }
    if (p == 1.0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 0.5) {
      return 0.0;
    }
    if (p > 0.5) {
      // 1 - p is exact for p in [0.5, 1] (Sterbenz).
      return -normalUpperQuantile(1.0 - p);
    }
    double t = Math.sqrt(-2.0 * Math.log(p));
    double z =
        t
            - (2.515517 + t * (0.802853 + t * 0.010328))
                / (1.0 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
    double logP = Math.log(p);
    for (int i = 0; i < 50; i++) {
      double logQ = logNormalUpper(z);
      double ratio; // Q(z) / phi(z)
      if (z > MILLS_SWITCH) {
        ratio = millsRatio(z);
      } else {
        ratio = Math.exp(logQ + 0.5 * z * z + LN_SQRT_2PI);
      }
      // d ln Q / dz = -phi / Q, so a Newton step on ln Q(z) - ln p is:
      double step = (logQ - logP) * ratio;
      z += step;
      if (Math.abs(step) <= 1e-15 * Math.max(1.0, Math.abs(z))) {
        break;
      }
    }
    return z;
  }

  /**
   * Upper tail of the chi-squared distribution, {@code P(X > x)}.
   *
   * @param x the statistic
   * @param df the degrees of freedom
   * @return the upper tail
   */
  static double chiSquaredUpper(double x, double df) {
    if (x <= 0) {
      return 1.0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    return Gamma.regularizedGammaQ(df / 2.0, x / 2.0, 1e-15, 100_000);
  }

  /**
   * Upper tail of Student's t distribution, {@code P(T > t)}.
   *
   * @param t the statistic
   * @param df the degrees of freedom
   * @return the upper tail
   */
  static double studentTUpper(double t, double df) {
    if (t == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    if (t == Double.NEGATIVE_INFINITY) {
      return 1.0;
    }
    if (t == 0.0) {
      return 0.5;
    }
    double t2 = t * t;
    double a = df / 2.0;
    double x = df / (df + t2);
    // P(|T| > |t|) = I_x(df/2, 1/2) = 1 - I_{1-x}(1/2, df/2). Below the point where the
    // continued fraction for I_x(a, b) converges well, (a + 1) / (a + b + 2), I_x is the small
    // one and is computed directly; above it the complement is small, and 1 - x is computed
    // as t^2 / (df + t^2) without cancellation.
    double twoSided;
    if (x < (a + 1.0) / (a + 2.5)) {
      twoSided = Beta.regularizedBeta(x, a, 0.5, 1e-15, 100_000);
    } else {
      twoSided = 1.0 - Beta.regularizedBeta(t2 / (df + t2), 0.5, a, 1e-15, 100_000);
    }
    return t > 0 ? 0.5 * twoSided : 1.0 - 0.5 * twoSided;
  }

  /**
   * Lower-tail quantile of the beta distribution.
   *
   * @param probability the lower-tail probability
   * @param alpha the first shape
   * @param beta the second shape
   * @return the quantile
   */
  static double betaQuantile(double probability, double alpha, double beta) {
    return new BetaDistribution(null, alpha, beta, 1e-15).inverseCumulativeProbability(probability);
  }

  /**
   * Upper tail of the symmetric binomial, {@code P(X >= m)} for {@code X ~ Bin(n, 1/2)}, as a sum
   * of terms from the largest down.
   *
   * @param m the lower end of the tail
   * @param n the number of trials
   * @return {@code sum_{i >= m} C(n, i) / 2^n}
   */
  static double binomialHalfUpper(int m, int n) {
    if (m <= 0) {
      return 1.0;
    }
    if (m > n) {
      return 0.0;
    }
    // For m >= n/2 the terms decrease with i, so start at the largest.
    double term = Math.exp(CombinatoricsUtils.binomialCoefficientLog(n, m) - n * Math.log(2.0));
    double sum = 0.0;
    for (int i = m; i <= n && term > 0.0; i++) {
      sum += term;
      term *= (double) (n - i) / (i + 1);
    }
    return sum;
  }

  /**
   * Lower tail of the Irwin-Hall distribution (sum of {@code k} independent uniforms), {@code P(S
   * <= s)}, from the exact formula {@code (1/k!) sum_{i=0}^{floor(s)} (-1)^i C(k, i) (s - i)^k}
   * evaluated in decimal arithmetic with enough digits that the alternating sum loses nothing
   * (the cancellation costs about {@code 0.17 k} digits). By symmetry {@code P(S <= s) = 1 - P(S
   * <= k - s)}, so at most {@code k/2 + 1} terms are summed.
   *
   * @param s the observed sum, the exact sum of the p values
   * @param k the number of uniforms
   * @return the lower tail
   */
  static double irwinHallLower(BigDecimal s, int k) {
    BigDecimal kk = BigDecimal.valueOf(k);
    if (s.signum() <= 0) {
      return 0.0;
    }
    if (s.compareTo(kk) >= 0) {
      return 1.0;
    }
    boolean upper = s.multiply(BigDecimal.valueOf(2)).compareTo(kk) > 0;
    BigDecimal x = upper ? kk.subtract(s) : s;
    MathContext mc = new MathContext(30 + k / 4, RoundingMode.HALF_EVEN);
    int last = x.setScale(0, RoundingMode.FLOOR).intValueExact();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal binom = BigDecimal.ONE; // C(k, i)
    for (int i = 0; i <= last; i++) {
      BigDecimal term = binom.multiply(x.subtract(BigDecimal.valueOf(i)).pow(k, mc), mc);
      sum = (i % 2 == 0) ? sum.add(term, mc) : sum.subtract(term, mc);
      binom = binom.multiply(BigDecimal.valueOf(k - i)).divide(BigDecimal.valueOf(i + 1), mc);
    }
    BigDecimal factorial = BigDecimal.ONE;
    for (int i = 2; i <= k; i++) {
      factorial = factorial.multiply(BigDecimal.valueOf(i));
    }
    BigDecimal lower = sum.divide(factorial, mc);
    if (upper) {
      return BigDecimal.ONE.subtract(lower, mc).doubleValue();
    }
    return lower.doubleValue();
  }
}
