package io.github.evident.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import org.apache.commons.numbers.combinatorics.LogBinomialCoefficient;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Tails and quantiles of the normal, Student t, chi-squared and F distributions, and the few other
 * distribution functions Evident needs, one implementation each.
 *
 * <p>Small tail probabilities keep their relative accuracy: an upper tail is computed as a
 * survival function, never as {@code 1 - cdf}, and the normal tail beyond {@code z = 8} in log
 * space. The t quantile is found by bisection on {@code ln t} against whichever tail is small, so
 * that it is accurate in relative terms for tiny {@code p} as well as for {@code p} near 1.
 *
 * <p>Quantiles found by iterative inversion (t, chi-squared, F) depend only on the probability and
 * the degrees of freedom, which repeat from fit to fit, so they are remembered in a bounded cache
 * holding exactly the numbers the inversion returns.
 *
 * <p>The special functions (erfc, log gamma, regularized incomplete beta and gamma, log binomial
 * coefficient) come from Apache Commons Numbers; the chi-squared, F and beta quantiles are
 * found by Apache Commons Statistics (a root search on the distribution function, or on the
 * survival function for an upper quantile, to a relative tolerance of {@code 2^-53}). Neither
 * library appears in a public signature.
 */
public final class Distributions {

  private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  /** Above this z the upper normal tail is computed from its continued fraction in log space. */
  private static final double MILLS_SWITCH = 8.0;

  /** Relative accuracy asked of the incomplete beta and gamma functions. */
  private static final double EPSILON = 1e-15;

  private static final int MAX_ITERATIONS = 100_000;

  /** At most this many quantiles are remembered; beyond it they are computed every time. */
  private static final int CACHE_LIMIT = 4096;

  /** A remembered quantile: which distribution, its degrees of freedom and the probability. */
  private record Key(char distribution, double df1, double df2, double p) {}

  private static final ConcurrentHashMap<Key, Double> QUANTILES = new ConcurrentHashMap<>();

  private Distributions() {}

  // ---------------------------------------------------------------------------------- normal

  /**
   * Upper tail of the standard normal, {@code Q(z) = P(Z > z)}, as R's {@code pnorm(z,
   * lower.tail = FALSE)}.
   *
   * @param z the quantile
   * @return {@code 1 - Phi(z)}, accurate in relative terms also when tiny
   */
  public static double normalUpper(double z) {
    if (z == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    if (z == Double.NEGATIVE_INFINITY) {
      return 1.0;
    }
    if (z > MILLS_SWITCH) {
      return Math.exp(logNormalUpper(z));
    }
    return 0.5 * Erfc.value(z / Math.sqrt(2.0));
  }

  /**
   * Two-sided normal p value {@code P(|Z| > |z|) = 2 Q(|z|)}.
   *
   * @param z the statistic
   * @return the two-sided p value
   */
  public static double normalTwoSided(double z) {
    return 2.0 * normalUpper(Math.abs(z));
  }

  /**
   * Natural logarithm of the upper normal tail, for {@code z >= 0} finite, as R's {@code pnorm(z,
   * lower.tail = FALSE, log.p = TRUE)}; finite far beyond the point where {@code Q(z)} underflows.
   *
   * @param z the quantile
   * @return {@code ln Q(z)}
   */
  public static double logNormalUpper(double z) {
    if (z <= MILLS_SWITCH) {
      return Math.log(0.5 * Erfc.value(z / Math.sqrt(2.0)));
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
   * Phi^-1(1 - p)} or R's {@code qnorm(p, lower.tail = FALSE)}, accurate for tiny {@code p}.
   *
   * <p>Starts from Abramowitz and Stegun 26.2.23 and refines by Newton steps on {@code ln Q}.
   *
   * @param p an upper-tail probability in {@code [0, 1]}
   * @return the quantile; infinite at 0 and 1
   */
  public static double normalUpperQuantile(double p) {
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
    double z = t - (2.515517 + t * (0.802853 + t * 0.010328))
        / (1.0 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
    double logP = Math.log(p);
    for (int i = 0; i < 50; i++) {
      double logQ = logNormalUpper(z);
      double ratio = z > MILLS_SWITCH ? millsRatio(z) : Math.exp(logQ + 0.5 * z * z + LN_SQRT_2PI);
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
   * The two-sided critical value {@code z_{1 - (1 - level) / 2}} (1.959964 for 0.95).
   *
   * @param level the confidence level, in {@code (0, 1)}
   * @return the critical value
   */
  public static double normalCritical(double level) {
    return normalUpperQuantile((1.0 - Checks.level("level", level)) / 2.0);
  }

  // --------------------------------------------------------------------------------- Student t

  /**
   * Upper tail of Student's t distribution, {@code P(T > t)}, as R's {@code pt(t, df, lower.tail
   * = FALSE)}.
   *
   * @param t the statistic
   * @param df the degrees of freedom, {@code > 0}
   * @return the upper tail
   */
  public static double tUpper(double t, double df) {
    if (t == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    if (t == Double.NEGATIVE_INFINITY) {
      return 1.0;
    }
    if (t == 0.0) {
      return 0.5;
    }
    double twoSided = tTwoSided(t, df);
    return t > 0 ? 0.5 * twoSided : 1.0 - 0.5 * twoSided;
  }

  /**
   * Lower tail of Student's t distribution, {@code P(T <= t)}, as R's {@code pt(t, df)}.
   *
   * @param t the statistic
   * @param df the degrees of freedom, {@code > 0}
   * @return the lower tail
   */
  public static double tLower(double t, double df) {
    return tUpper(-t, df);
  }

  /**
   * Two-sided t p value {@code P(|T| > |t|)}.
   *
   * @param t the statistic
   * @param df the degrees of freedom, {@code > 0}
   * @return the two-sided p value
   */
  public static double tTwoSided(double t, double df) {
    if (Double.isInfinite(t)) {
      return 0.0;
    }
    double t2 = t * t;
    double a = df / 2.0;
    double x = df / (df + t2);
    // P(|T| > |t|) = I_x(df/2, 1/2) = 1 - I_{1-x}(1/2, df/2). Below the point where the
    // continued fraction for I_x(a, b) converges well, (a + 1) / (a + b + 2), I_x is the small
    // one and is computed directly; above it the complement is small, and 1 - x is computed
    // as t^2 / (df + t^2) without cancellation.
    if (x < (a + 1.0) / (a + 2.5)) {
      return RegularizedBeta.value(x, a, 0.5, EPSILON, MAX_ITERATIONS);
    }
    return 1.0 - RegularizedBeta.value(t2 / (df + t2), 0.5, a, EPSILON, MAX_ITERATIONS);
  }

  /**
   * The upper t quantile {@code q} with {@code P(T > q) = p}, as R's {@code qt(p, df, lower.tail
   * = FALSE)}.
   *
   * @param p an upper-tail probability in {@code (0, 1)}
   * @param df the degrees of freedom, finite and {@code > 0}
   * @return the quantile, negative for {@code p > 0.5}
   */
  public static double tUpperQuantile(double p, double df) {
    if (p <= 0.5) {
      return tTwoSidedQuantile(2.0 * p, df);
    }
    // 1 - p is exact for p in [0.5, 1] (Sterbenz).
    return -tTwoSidedQuantile(2.0 * (1.0 - p), df);
  }

  /**
   * The two-sided t quantile: the {@code t >= 0} with {@code P(|T| > t) = p}, as R's {@code
   * qt(p/2, df, lower.tail = FALSE)}.
   *
   * <p>Found by bisection on {@code ln t}, comparing against whichever of {@code P(|T| > t)} and
   * {@code P(|T| < t)} is the small one, each computed directly as a regularized incomplete beta
   * function; the result is therefore accurate in relative terms for tiny {@code p} (large
   * {@code t}) and for {@code p} near 1 (small {@code t}), where inverting the distribution
   * function with an absolute tolerance is not.
   *
   * @param p a two-sided probability in {@code (0, 1]}
   * @param df the degrees of freedom, finite and {@code > 0}
   * @return the quantile
   * @throws IllegalArgumentException if {@code t} exceeds the double range
   */
  public static double tTwoSidedQuantile(double p, double df) {
    if (p >= 1) {
      return 0;
    }
    return cached(new Key('t', df, 0, p), () -> bisectTwoSided(p, df));
  }

  private static double bisectTwoSided(double p, double df) {
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
      tail = RegularizedBeta.value(x, a, 0.5, EPSILON, MAX_ITERATIONS);
      central = 1 - tail;
    } else {
      central = RegularizedBeta.value(y, 0.5, a, EPSILON, MAX_ITERATIONS);
      tail = 1 - central;
    }
    return upper ? tail : central;
  }

  // ------------------------------------------------------------------------------ chi-squared

  /**
   * Upper tail of the chi-squared distribution, {@code P(X > x)}, as R's {@code pchisq(x, df,
   * lower.tail = FALSE)}.
   *
   * @param x the statistic
   * @param df the degrees of freedom, {@code > 0}
   * @return the upper tail
   */
  public static double chiSquaredUpper(double x, double df) {
    if (x <= 0) {
      return 1.0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    return RegularizedGamma.Q.value(df / 2.0, x / 2.0, EPSILON, MAX_ITERATIONS);
  }

  /**
   * Lower tail of the chi-squared distribution, {@code P(X <= x)}, as R's {@code pchisq(x, df)}.
   *
   * @param x the statistic
   * @param df the degrees of freedom, {@code > 0}
   * @return the lower tail
   */
  public static double chiSquaredLower(double x, double df) {
    if (x <= 0) {
      return 0.0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 1.0;
    }
    return RegularizedGamma.P.value(df / 2.0, x / 2.0, EPSILON, MAX_ITERATIONS);
  }

  /**
   * The chi-squared quantile {@code q} with {@code P(X <= q) = p}, as R's {@code qchisq(p, df)}.
   *
   * @param p a lower-tail probability in {@code [0, 1]}
   * @param df the degrees of freedom, {@code > 0}
   * @return the quantile
   */
  public static double chiSquaredQuantile(double p, double df) {
    return cached(new Key('c', df, 0, p), () -> inverse(ChiSquaredDistribution.of(df), p));
  }

  // ---------------------------------------------------------------------------------------- F

  /**
   * Upper tail of the F distribution, {@code P(F > x)}, as R's {@code pf(x, df1, df2, lower.tail
   * = FALSE)}: {@code I_{df2 / (df2 + df1 x)}(df2/2, df1/2)}.
   *
   * @param x the statistic
   * @param df1 the numerator degrees of freedom, {@code > 0}
   * @param df2 the denominator degrees of freedom, {@code > 0}
   * @return the upper tail
   */
  public static double fUpper(double x, double df1, double df2) {
    if (x <= 0) {
      return 1.0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    return RegularizedBeta.value(df2 / (df2 + df1 * x), df2 / 2.0, df1 / 2.0, EPSILON,
        MAX_ITERATIONS);
  }

  /**
   * Lower tail of the F distribution, {@code P(F <= x)}, as R's {@code pf(x, df1, df2)}: {@code
   * I_{df1 x / (df1 x + df2)}(df1/2, df2/2)}.
   *
   * @param x the statistic
   * @param df1 the numerator degrees of freedom, {@code > 0}
   * @param df2 the denominator degrees of freedom, {@code > 0}
   * @return the lower tail
   */
  public static double fLower(double x, double df1, double df2) {
    if (x <= 0) {
      return 0.0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 1.0;
    }
    return RegularizedBeta.value(df1 * x / (df1 * x + df2), df1 / 2.0, df2 / 2.0, EPSILON,
        MAX_ITERATIONS);
  }

  /**
   * The F quantile {@code q} with {@code P(F <= q) = p}, as R's {@code qf(p, df1, df2)}.
   *
   * @param p a lower-tail probability in {@code [0, 1]}
   * @param df1 the numerator degrees of freedom, {@code > 0}
   * @param df2 the denominator degrees of freedom, {@code > 0}
   * @return the quantile
   */
  public static double fQuantile(double p, double df1, double df2) {
    return cached(new Key('F', df1, df2, p), () -> inverse(FDistribution.of(df1, df2), p));
  }

  // ---------------------------------------------------------------------------------- others

  /**
   * Lower-tail quantile of the beta distribution, as R's {@code qbeta(p, alpha, beta)}.
   *
   * @param probability the lower-tail probability
   * @param alpha the first shape
   * @param beta the second shape
   * @return the quantile
   */
  public static double betaQuantile(double probability, double alpha, double beta) {
    return BetaDistribution.of(alpha, beta).inverseCumulativeProbability(probability);
  }

  /**
   * The natural logarithm of the gamma function, {@code ln Gamma(x)} for {@code x > 0}.
   *
   * @param x the argument
   * @return {@code ln Gamma(x)}
   */
  public static double logGamma(double x) {
    return LogGamma.value(x);
  }

  /**
   * The natural logarithm of the beta function, {@code ln B(a, b)} for {@code a, b > 0},
   * computed without forming the (possibly huge, nearly cancelling) log-gammas of its
   * arguments (Didonato and Morris 1992, as Apache Commons Numbers implements it).
   *
   * @param a the first argument
   * @param b the second argument
   * @return {@code ln B(a, b)}
   */
  public static double logBeta(double a, double b) {
    return LogBeta.value(a, b);
  }

  /**
   * Upper tail of the symmetric binomial, {@code P(X >= m)} for {@code X ~ Bin(n, 1/2)}, as a sum
   * of terms from the largest down.
   *
   * @param m the lower end of the tail
   * @param n the number of trials
   * @return {@code sum_{i >= m} C(n, i) / 2^n}
   */
  public static double binomialHalfUpper(int m, int n) {
    if (m <= 0) {
      return 1.0;
    }
    if (m > n) {
      return 0.0;
    }
    // For m >= n/2 the terms decrease with i, so start at the largest.
    double term = Math.exp(LogBinomialCoefficient.value(n, m) - n * Math.log(2.0));
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
  public static double irwinHallLower(BigDecimal s, int k) {
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

  /**
   * Lower tail of Kendall's statistic under independence without ties, {@code P(T <= q)}, where
   * {@code T} is the number of concordant pairs among {@code n} observations (R's internal
   * {@code pkendall}, used by {@code cor.test(method = "kendall", exact = TRUE)}).
   *
   * <p>Under the null hypothesis every ranking is equally likely, so {@code T} is distributed as
   * the number of inversions of a random permutation of {@code n} elements. Its probabilities
   * follow from {@code P_n(t) = (1/n) sum_{j=0}^{n-1} P_{n-1}(t - j)}, computed with running sums
   * in {@code O(n^3)} operations; probabilities rather than counts are carried, so nothing
   * overflows (R counts permutations and returns {@code NaN} from {@code n = 171} on). Only the
   * probabilities up to the centre {@code n(n - 1)/4} are summed; beyond it the symmetry
   * {@code P(T <= q) = 1 - P(T <= n(n - 1)/2 - q - 1)} is used. For an upper tail use
   * {@link #kendallUpper(long, int)}, which keeps the digits of a small tail.
   *
   * @param q the statistic
   * @param n the number of observations, at least 1
   * @return {@code P(T <= q)}
   */
  public static double kendallLower(long q, int n) {
    long max = (long) n * (n - 1) / 2;
    if (q < 0) {
      return 0.0;
    }
    if (q >= max) {
      return 1.0;
    }
    if (2 * q > max) {
      return 1.0 - kendallLower(max - q - 1, n);
    }
    double[] p = kendallProbabilities(n, (int) q);
    double sum = 0.0;
    for (int t = 0; t <= q; t++) {
      sum += p[t];
    }
    return sum;
  }

  /**
   * Upper tail of Kendall's statistic under independence without ties, {@code P(T >= q)}, by
   * the symmetry of its distribution: {@code P(T >= q) = P(T <= n(n - 1)/2 - q)}.
   *
   * @param q the statistic
   * @param n the number of observations, at least 1
   * @return {@code P(T >= q)}, see {@link #kendallLower(long, int)}
   */
  public static double kendallUpper(long q, int n) {
    return kendallLower((long) n * (n - 1) / 2 - q, n);
  }

  /** {@code P(T = t)} for {@code t = 0..last}, by adding one observation at a time. */
  private static double[] kendallProbabilities(int n, int last) {
    double[] p = new double[last + 1];
    double[] next = new double[last + 1];
    p[0] = 1.0;
    for (int m = 2; m <= n; m++) {
      double window = 0.0;
      for (int t = 0; t <= last; t++) {
        window += p[t];
        if (t - m >= 0) {
          window -= p[t - m];
        }
        next[t] = window / m;
      }
      double[] swap = p;
      p = next;
      next = swap;
    }
    return p;
  }

  /**
   * The quantile at the lower-tail probability {@code p}: inverts the distribution function for
   * {@code p <= 0.5} and the survival function at {@code 1 - p} (exact, Sterbenz) above, so that
   * an upper quantile is not found against {@code 1 - cdf}, which has lost its digits near 1.
   */
  private static double inverse(ContinuousDistribution distribution, double p) {
    return p > 0.5 ? distribution.inverseSurvivalProbability(1.0 - p)
        : distribution.inverseCumulativeProbability(p);
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
