package io.github.evident.stats.synthesis;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Distributions;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

/**
 * Combines one-sided p values from independent studies (Cochrane Handbook, ch. 12; McKenzie and
 * Brennan 2019).
 *
 * <p>Each {@code p_i} must be a one-sided p value for the same pre-specified direction (for
 * example "the intervention is better"), so that a small {@code p_i} is evidence in that
 * direction and a {@code p_i} near 1 evidence against it. Turn a two-sided p value and the observed
 * direction into a one-sided one with {@link #oneSided(double, boolean)}. The null hypothesis is
 * that there is no effect in any study; a small combined p value says there is an effect in at
 * least one study, not how large it is or that it is the same everywhere.
 *
 * <p>Statistics and null distributions are listed in {@link PValueMethod}. Upper tails are
 * computed directly (survival functions), so combined p values far below {@code 1e-16} keep their
 * relative accuracy; the normal quantile {@code z_i = Phi^-1(1 - p_i)} is computed from {@code
 * p_i}, never from {@code 1 - p_i}. A combined p value below the smallest positive double
 * (about {@code 4.9e-324}) is reported as 0; the statistic still orders such results.
 *
 * <p>Edgington's method uses the exact Irwin-Hall distribution of {@code S = sum p_i} for {@code k
 * <= }{@value #EDGINGTON_EXACT_MAX_K}, evaluated in extended-precision decimal arithmetic because
 * the alternating sum cancels badly in double precision (R's {@code metap::sump} loses about
 * {@code 0.17 k} digits). For larger {@code k} it uses the normal approximation {@code P(S <= s)
 * = Phi((s - k/2) / sqrt(k/12))}, the same as {@code metap::meanp}; the approximation is accurate
 * near the centre but its tails are relatively inaccurate, which is why the exact form is used
 * whenever it is affordable.
 *
 * <p>Validation: at least two p values, each in {@code (0, 1]}; weights finite and positive;
 * sample sizes positive. A p value of exactly 1 is accepted: Stouffer's and the logit method then
 * return a combined p of 1, the limit of an infinitely strong result in the opposite direction.
 * (R's {@code metap} instead drops p values equal to 1 from {@code sumz} and {@code logitp}.)
 *
 * <pre>{@code
 * CombinedPValue r = PValueCombination.fisher(0.01, 0.02, 0.3, 0.5);
 * // Fisher: statistic = 20.83, chi-squared(8), p = 0.007617 (k = 4)
 * }</pre>
 */
public final class PValueCombination {

  /** Largest number of p values for which Edgington's method uses the exact Irwin-Hall tail. */
  public static final int EDGINGTON_EXACT_MAX_K = 100;

  private PValueCombination() {}

  /**
   * Fisher's method: {@code X = -2 sum ln p_i}, p from the upper tail of chi-squared with {@code
   * 2k} df (Fisher 1932).
   *
   * @param p one-sided p values, each in {@code (0, 1]}; read, never modified or kept
   * @return the combined result
   * @throws IllegalArgumentException if fewer than two p values are given or one is out of range
   */
  public static CombinedPValue fisher(double... p) {
    checkP(p);
    double sum = 0.0;
    for (double pi : p) {
      sum += Math.log(pi);
    }
    double x = -2.0 * sum;
    int df = 2 * p.length;
    return new CombinedPValue(
        PValueMethod.FISHER,
        p.length,
        x,
        NullDistribution.CHI_SQUARED,
        OptionalInt.of(df),
        clamp(Distributions.chiSquaredUpper(x, df)));
  }

  /**
   * Stouffer's method: {@code Z = sum z_i / sqrt(k)} with {@code z_i = Phi^-1(1 - p_i)}, p = {@code
   * 1 - Phi(Z)} (Stouffer et al. 1949).
   *
   * @param p one-sided p values, each in {@code (0, 1]}; read, never modified or kept
   * @return the combined result
   * @throws IllegalArgumentException if fewer than two p values are given or one is out of range
   */
  public static CombinedPValue stouffer(double... p) {
    checkP(p);
    double sum = 0.0;
    for (double pi : p) {
      sum += Distributions.normalUpperQuantile(pi);
    }
    double z = sum / Math.sqrt(p.length);
    return normalResult(PValueMethod.STOUFFER, p.length, z);
  }

  /**
   * Weighted Stouffer (Lipták) method with given weights: {@code Z = sum w_i z_i / sqrt(sum
   * w_i^2)}, p = {@code 1 - Phi(Z)} (Lipták 1958). Weights only matter relative to each other.
   *
   * @param p one-sided p values, each in {@code (0, 1]}; read, never modified or kept
   * @param weights one positive finite weight per p value; read, never modified or kept
   * @return the combined result
   * @throws IllegalArgumentException if fewer than two p values are given, lengths differ, or a p
   *     value or weight is out of range
   */
  public static CombinedPValue weightedStouffer(double[] p, double[] weights) {
    checkP(p);
    Checks.notNull("weights", weights);
    if (weights.length != p.length) {
      throw new IllegalArgumentException(
          "weights must have one entry per p value: " + weights.length + " weights for "
              + p.length + " p values");
    }
    for (int i = 0; i < weights.length; i++) {
      Checks.positive("weight of study at index " + i, weights[i]);
    }
    // Scale by the largest weight so that sum w_i^2 cannot overflow.
    double max = 0.0;
    for (double w : weights) {
      max = Math.max(max, w);
    }
    double num = 0.0;
    double sumSq = 0.0;
    for (int i = 0; i < p.length; i++) {
      double w = weights[i] / max;
      num += w * Distributions.normalUpperQuantile(p[i]);
      sumSq += w * w;
    }
    double z = num / Math.sqrt(sumSq);
    return normalResult(PValueMethod.WEIGHTED_STOUFFER, p.length, z);
  }

  /**
   * Weighted Stouffer method with the default weights {@code w_i = sqrt(n_i)}, where {@code n_i}
   * is the sample size of study {@code i}.
   *
   * @param p one-sided p values, each in {@code (0, 1]}; read, never modified or kept
   * @param sampleSizes one positive sample size per p value; read, never modified or kept
   * @return the combined result
   * @throws IllegalArgumentException if fewer than two p values are given, lengths differ, or a p
   *     value or sample size is out of range
   */
  public static CombinedPValue weightedStoufferBySampleSize(double[] p, int[] sampleSizes) {
    checkP(p);
    Checks.notNull("sampleSizes", sampleSizes);
    if (sampleSizes.length != p.length) {
      throw new IllegalArgumentException(
          "sampleSizes must have one entry per p value: " + sampleSizes.length
              + " sample sizes for " + p.length + " p values");
    }
    double[] weights = new double[sampleSizes.length];
    for (int i = 0; i < sampleSizes.length; i++) {
      Checks.positive("sample size of study at index " + i, sampleSizes[i]);
      weights[i] = Math.sqrt(sampleSizes[i]);
    }
    return weightedStouffer(p, weights);
  }

  /**
   * Edgington's method: {@code S = sum p_i}, p = {@code P(S' <= S)} for {@code S'} the sum of
   * {@code k} independent uniforms (Edgington 1972). Exact Irwin-Hall for {@code k <=
   * }{@value #EDGINGTON_EXACT_MAX_K}: {@code P(S' <= s) = (1/k!) sum_{i=0}^{floor(s)} (-1)^i
   * C(k, i) (s - i)^k}; above that the normal approximation with mean {@code k/2} and variance
   * {@code k/12}.
   *
   * @param p one-sided p values, each in {@code (0, 1]}; read, never modified or kept
   * @return the combined result; its distribution says which form was used
   * @throws IllegalArgumentException if fewer than two p values are given or one is out of range
   */
  public static CombinedPValue edgington(double... p) {
    checkP(p);
    int k = p.length;
    double pValue;
    NullDistribution distribution;
    double sum;
    if (k <= EDGINGTON_EXACT_MAX_K) {
      BigDecimal exact = BigDecimal.ZERO;
      for (double pi : p) {
        exact = exact.add(new BigDecimal(pi));
      }
      sum = exact.doubleValue();
      pValue = Distributions.irwinHallLower(exact, k);
      distribution = NullDistribution.IRWIN_HALL;
    } else {
      sum = 0.0;
      for (double pi : p) {
        sum += pi;
      }
      double z = (0.5 * k - sum) / Math.sqrt(k / 12.0);
      pValue = Distributions.normalUpper(z);
      distribution = NullDistribution.IRWIN_HALL_NORMAL_APPROXIMATION;
    }
    return new CombinedPValue(
        PValueMethod.EDGINGTON, k, sum, distribution, OptionalInt.empty(), clamp(pValue));
  }

  /**
   * Tippett's method: the smallest p value, combined p = {@code 1 - (1 - min p_i)^k} (Tippett
   * 1931), computed as {@code -expm1(k log1p(-min p_i))}.
   *
   * @param p one-sided p values, each in {@code (0, 1]}; read, never modified or kept
   * @return the combined result
   * @throws IllegalArgumentException if fewer than two p values are given or one is out of range
   */
  public static CombinedPValue tippett(double... p) {
    checkP(p);
    double min = 1.0;
    for (double pi : p) {
      min = Math.min(min, pi);
    }
    double pValue = -Math.expm1(p.length * Math.log1p(-min));
    return new CombinedPValue(
        PValueMethod.TIPPETT,
        p.length,
        min,
        NullDistribution.MINIMUM_OF_UNIFORMS,
        OptionalInt.empty(),
        clamp(pValue));
  }

  /**
   * The logit method of Mudholkar and George (1979): {@code T = -sum ln(p_i / (1 - p_i)) / sqrt(k
   * pi^2 (5k + 2) / (3 (5k + 4)))}, p from the upper tail of Student t with {@code 5k + 4} df.
   *
   * @param p one-sided p values, each in {@code (0, 1]}; read, never modified or kept
   * @return the combined result
   * @throws IllegalArgumentException if fewer than two p values are given or one is out of range
   */
  public static CombinedPValue logit(double... p) {
    checkP(p);
    int k = p.length;
    double sum = 0.0;
    for (double pi : p) {
      // 1 - pi is exact for pi >= 0.5; for smaller pi log1p keeps the accuracy.
      sum += Math.log(pi) - Math.log1p(-pi);
    }
    double scale = Math.sqrt(k * Math.PI * Math.PI * (5.0 * k + 2) / (3.0 * (5.0 * k + 4)));
    double t = -sum / scale;
    int df = 5 * k + 4;
    return new CombinedPValue(
        PValueMethod.LOGIT,
        k,
        t,
        NullDistribution.STUDENT_T,
        OptionalInt.of(df),
        clamp(Distributions.tUpper(t, df)),
        infiniteStatistic(t));
  }

  /**
   * Turns a two-sided p value into a one-sided one for the pre-specified direction: {@code p/2}
   * when the observed effect is in that direction, {@code 1 - p/2} otherwise.
   *
   * <p>A two-sided p below about {@code 2e-16} in the opposite direction gives exactly 1, the
   * nearest double to {@code 1 - p/2}.
   *
   * @param twoSidedP the two-sided p value, in {@code (0, 1]}
   * @param inHypothesisedDirection whether the observed effect points in the pre-specified
   *     direction
   * @return the one-sided p value
   * @throws IllegalArgumentException if the p value is out of range
   */
  public static double oneSided(double twoSidedP, boolean inHypothesisedDirection) {
    Checks.pValue("two-sided p value", twoSidedP);
    return inHypothesisedDirection ? 0.5 * twoSidedP : 1.0 - 0.5 * twoSidedP;
  }

  /**
   * Turns two-sided p values into one-sided ones, study by study, as {@link #oneSided(double,
   * boolean)} does.
   *
   * @param twoSidedP the two-sided p values, each in {@code (0, 1]}; not modified
   * @param inHypothesisedDirection per study, whether its effect points in the pre-specified
   *     direction; not modified
   * @return a new array of one-sided p values
   * @throws IllegalArgumentException if the lengths differ or a p value is out of range
   */
  public static double[] oneSided(double[] twoSidedP, boolean[] inHypothesisedDirection) {
    if (twoSidedP == null || inHypothesisedDirection == null) {
      throw new IllegalArgumentException("twoSidedP and inHypothesisedDirection must not be null");
    }
    if (twoSidedP.length != inHypothesisedDirection.length) {
      throw new IllegalArgumentException(
          "inHypothesisedDirection must have one entry per p value: "
              + inHypothesisedDirection.length + " directions for " + twoSidedP.length
              + " p values");
    }
    double[] out = new double[twoSidedP.length];
    for (int i = 0; i < out.length; i++) {
      double p = Checks.pValue("two-sided p value of study at index " + i, twoSidedP[i]);
      out[i] = oneSided(p, inHypothesisedDirection[i]);
    }
    return out;
  }

  private static CombinedPValue normalResult(PValueMethod method, int k, double z) {
    return new CombinedPValue(
        method,
        k,
        z,
        NullDistribution.STANDARD_NORMAL,
        OptionalInt.empty(),
        clamp(Distributions.normalUpper(z)),
        infiniteStatistic(z));
  }

  /**
   * The note for a statistic that a p value of exactly 1 made −∞ (Stouffer, logit): the
   * combined p is then 1, its limit, where R's {@code metap} drops such p values instead.
   */
  private static List<String> infiniteStatistic(double statistic) {
    if (!Double.isInfinite(statistic)) {
      return List.of();
    }
    return List.of("A p value of exactly 1 makes the statistic -infinity, so the combined p is "
        + "1 (its limit); R's metap drops p values of 1 from this method instead.");
  }

  private static void checkP(double[] p) {
    Checks.notNull("p values", p);
    if (p.length < 2) {
      throw new IllegalArgumentException(
          "at least two p values are needed to combine, got " + p.length);
    }
    for (int i = 0; i < p.length; i++) {
      Checks.pValue("p value of study at index " + i, p[i]);
    }
  }

  private static double clamp(double p) {
    return Math.max(0.0, Math.min(1.0, p));
  }
}
