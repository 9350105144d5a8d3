package io.github.evident.stats.bias;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Distributions;
import io.github.evident.stats.internal.StudyData;
import java.util.OptionalDouble;

/**
 * Fail-safe N by Rosenthal's, Orwin's and Rosenberg's approaches, as metafor 3.8-1's
 * {@code fsn} (Stouffer's method for Rosenthal's, Orwin's unweighted mean).
 *
 * <pre>{@code
 * FailSafeN.rosenthal(yi, vi).n();            // one-sided alpha 0.05
 * FailSafeN.rosenthal(yi, vi, 0.01).pValue(); // another alpha
 * FailSafeN.orwin(yi, vi, 0.1).n();           // target mean effect 0.1
 * FailSafeN.rosenberg(yi, vi).meanEffect();
 * }</pre>
 *
 * <ul>
 *   <li>Rosenthal (1979): with z<sub>i</sub> = y<sub>i</sub>/√v<sub>i</sub> and
 *       z̄ = |Σz<sub>i</sub>|/√k, the one-sided p = P(Z &gt; z̄) and
 *       N = k(z̄/z<sub>α</sub>)² − k, where z<sub>α</sub> is the upper α quantile (one-sided;
 *       α = 0.05 by default): the number of studies with z = 0 after which Stouffer's combined
 *       test is no longer significant.</li>
 *   <li>Orwin (1983): with the unweighted mean ȳ and a target effect t (by default ȳ/2; a
 *       target of the opposite sign to ȳ is reflected), N = k(ȳ − t)/t: the number of studies
 *       with effect 0 that bring the mean down to t.</li>
 *   <li>Rosenberg (2005): with w<sub>i</sub> = 1/v<sub>i</sub> and the common-effect estimate
 *       θ̂ = Σw<sub>i</sub>y<sub>i</sub>/Σw<sub>i</sub> (z = θ̂√Σw<sub>i</sub>, two-sided p),
 *       N = k((Σw<sub>i</sub>y<sub>i</sub>/z<sub>α/2</sub>)² − Σw<sub>i</sub>)/Σw<sub>i</sub>:
 *       the number of studies of average weight and effect 0 after which the common-effect
 *       test at two-sided level α is no longer significant.</li>
 * </ul>
 * N is at least 0, and a fractional N is rounded up (one that is whole to within
 * √ε ≈ 1.5·10⁻⁸ is rounded to it), as in metafor.
 *
 * <p>Fail-safe N assumes the missing studies average a null effect and ignores heterogeneity;
 * the Cochrane Handbook (13.3.5) advises against relying on it.
 */
public final class FailSafeN {

  /** The approaches to fail-safe N. */
  public enum Method {
    /** Rosenthal's file drawer number, Stouffer's combined z. */
    ROSENTHAL("Rosenthal"),
    /** Orwin's number for the unweighted mean effect. */
    ORWIN("Orwin"),
    /** Rosenberg's number for the common-effect (inverse-variance) estimate. */
    ROSENBERG("Rosenberg");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    /**
     * The name, as metafor's {@code type}: {@code Rosenthal}, {@code Orwin}, {@code Rosenberg}.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /** metafor's default significance level. */
  private static final double DEFAULT_ALPHA = 0.05;

  /** Below this distance from a whole number N is taken as that number, as in metafor. */
  private static final double WHOLE = Math.sqrt(Math.ulp(1.0));

  private FailSafeN() {}

  /**
   * Rosenthal's fail-safe N at the one-sided level 0.05.
   *
   * @param yi the estimates, finite
   * @param vi their sampling variances, positive
   * @return N and the one-sided p of Stouffer's combined test
   * @throws IllegalArgumentException if an array is null or empty, the lengths differ, or a value
   *     is not finite or (a variance) not positive; the message names the study
   */
  public static FailSafeNResult rosenthal(double[] yi, double[] vi) {
    return rosenthal(yi, vi, DEFAULT_ALPHA);
  }

  /**
   * Rosenthal's fail-safe N at the one-sided level {@code alpha} (metafor's {@code alpha}).
   *
   * @param yi the estimates, finite
   * @param vi their sampling variances, positive
   * @param alpha the one-sided significance level, in (0, 1)
   * @return N and the one-sided p of Stouffer's combined test
   * @throws IllegalArgumentException as {@link #rosenthal(double[], double[])}, or if
   *     {@code alpha} is not in (0, 1)
   */
  public static FailSafeNResult rosenthal(double[] yi, double[] vi, double alpha) {
    double[][] s = studies(yi, vi);
    Checks.level("alpha", alpha);
    double sum = 0;
    for (int i = 0; i < s[0].length; i++) {
      sum += s[0][i] / Math.sqrt(s[1][i]);
    }
    int k = s[0].length;
    double z = Math.abs(sum / Math.sqrt(k));
    double ratio = z / Distributions.normalUpperQuantile(alpha);
    double n = k * ratio * ratio - k;
    return new FailSafeNResult(Method.ROSENTHAL, k, whole(n), OptionalDouble.of(alpha),
        OptionalDouble.of(Distributions.normalUpper(z)), OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  /**
   * Orwin's fail-safe N for metafor's default target, half the mean effect: by construction
   * N is then k (unless the mean is 0, when no target is defined).
   *
   * @param yi the estimates, finite
   * @param vi their sampling variances, positive (checked, not used: the mean is unweighted)
   * @return N, the unweighted mean effect and the target
   * @throws IllegalArgumentException as {@link #rosenthal(double[], double[])}, or if the mean
   *     effect is 0
   */
  public static FailSafeNResult orwin(double[] yi, double[] vi) {
    double[][] s = studies(yi, vi);
    return orwin(s[0], mean(s[0]) / 2, "the default target, half the mean effect,");
  }

  /**
   * Orwin's fail-safe N: the number of studies with effect 0 that bring the unweighted mean
   * effect down to {@code target}. A target of the opposite sign to the mean is reflected
   * (metafor does the same), so only its size matters.
   *
   * @param yi the estimates, finite
   * @param vi their sampling variances, positive (checked, not used: the mean is unweighted)
   * @param target the mean effect to reach, finite and not 0
   * @return N, the unweighted mean effect and the target (with the sign of the mean)
   * @throws IllegalArgumentException as {@link #rosenthal(double[], double[])}, or if
   *     {@code target} is 0 or not finite
   */
  public static FailSafeNResult orwin(double[] yi, double[] vi, double target) {
    double[][] s = studies(yi, vi);
    Checks.finite("target", target);
    return orwin(s[0], target, "target");
  }

  /** The checked copies {@code {y, v}} of at least one study. */
  private static double[][] studies(double[] yi, double[] vi) {
    return StudyData.copy(yi, vi, "number of studies k", 1, "fail-safe N needs a study");
  }

  private static FailSafeNResult orwin(double[] y, double target, String what) {
    if (target == 0) {
      throw new IllegalArgumentException(what + " must not be 0, was " + target
          + ": no number of null studies brings the mean effect to 0 (metafor returns Inf)");
    }
    double mean = mean(y);
    double t = Math.signum(target) != Math.signum(mean) ? -target : target;
    double n = y.length * (mean - t) / t;
    return new FailSafeNResult(Method.ORWIN, y.length, whole(n), OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.of(mean), OptionalDouble.of(t));
  }

  /**
   * Rosenberg's fail-safe N at the two-sided level 0.05.
   *
   * @param yi the estimates, finite
   * @param vi their sampling variances, positive
   * @return N, the common-effect estimate and its two-sided p
   * @throws IllegalArgumentException as {@link #rosenthal(double[], double[])}
   */
  public static FailSafeNResult rosenberg(double[] yi, double[] vi) {
    return rosenberg(yi, vi, DEFAULT_ALPHA);
  }

  /**
   * Rosenberg's fail-safe N at the two-sided level {@code alpha} (metafor's {@code alpha}).
   *
   * @param yi the estimates, finite
   * @param vi their sampling variances, positive
   * @param alpha the two-sided significance level, in (0, 1)
   * @return N, the common-effect estimate and its two-sided p
   * @throws IllegalArgumentException as {@link #rosenthal(double[], double[], double)}
   */
  public static FailSafeNResult rosenberg(double[] yi, double[] vi, double alpha) {
    double[][] s = studies(yi, vi);
    Checks.level("alpha", alpha);
    double sw = 0;
    double swy = 0;
    for (int i = 0; i < s[0].length; i++) {
      sw += 1 / s[1][i];
      swy += s[0][i] / s[1][i];
    }
    double estimate = swy / sw;
    double z = estimate / Math.sqrt(1 / sw);
    double critical = swy / Distributions.normalUpperQuantile(alpha / 2);
    int k = s[0].length;
    double n = k * (critical * critical - sw) / sw;
    return new FailSafeNResult(Method.ROSENBERG, k, whole(n), OptionalDouble.of(alpha),
        OptionalDouble.of(Distributions.normalTwoSided(z)), OptionalDouble.of(estimate),
        OptionalDouble.empty());
  }

  private static double mean(double[] y) {
    double s = 0;
    for (double v : y) {
      s += v;
    }
    return s / y.length;
  }

  /** max(0, n), rounded up unless within √ε of a whole number (then rounded to it). */
  private static long whole(double n) {
    double m = Math.max(0, n);
    return Math.abs(m - Math.rint(m)) >= WHOLE ? (long) Math.ceil(m) : (long) Math.rint(m);
  }
}
