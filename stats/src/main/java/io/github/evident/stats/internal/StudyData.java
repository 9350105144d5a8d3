package io.github.evident.stats.internal;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;

/**
 * Checks and copies the estimates y<sub>i</sub> and sampling variances v<sub>i</sub> every
 * meta-analytic method takes, including the range in which their sums stay representable in
 * double precision.
 */
public final class StudyData {

  /** The largest distance of an estimate from the others that can be squared and summed. */
  public static final double MAX_DEVIATION = 1e150;

  /** The smallest variance whose weight 1/v is finite. */
  public static final double MIN_VARIANCE = 1 / Double.MAX_VALUE;

  /** The largest variance whose weight 1/v is a normal (not denormalised) number. */
  public static final double MAX_VARIANCE = 1 / Double.MIN_NORMAL;

  private StudyData() {}

  /**
   * Checks that neither array is null and that their lengths are equal.
   *
   * @param yi the estimates
   * @param vi the sampling variances
   * @throws IllegalArgumentException if not
   */
  public static void sameLength(double[] yi, double[] vi) {
    Checks.notNull("yi", yi);
    Checks.notNull("vi", vi);
    if (yi.length != vi.length) {
      throw new IllegalArgumentException("yi and vi must have the same length, were "
          + yi.length + " and " + vi.length);
    }
  }

  /**
   * Checks the arrays, their number of studies and every value, and returns copies.
   *
   * @param yi the estimates, finite
   * @param vi the sampling variances, finite and positive
   * @param kField the name of the number of studies, for the message
   * @param minK the fewest studies the method accepts
   * @param why why it needs that many, for the message
   * @return {@code {yi.clone(), vi.clone()}}
   * @throws IllegalArgumentException naming the field, the value and the study index (0-based)
   */
  public static double[][] copy(double[] yi, double[] vi, String kField, int minK,
      String why) {
    sameLength(yi, vi);
    Checks.atLeast(kField, yi.length, minK, why);
    return copy(yi, vi);
  }

  /**
   * Checks every value of two arrays of equal length and returns copies: each estimate
   * finite, each variance positive with a finite weight 1/v, and the estimates close enough
   * to each other (at most {@link #MAX_DEVIATION} from their mean, and Σ(y − ȳ)²/v finite)
   * that the heterogeneity statistics are representable.
   *
   * @param yi the estimates
   * @param vi the sampling variances
   * @return {@code {yi.clone(), vi.clone()}}
   * @throws IllegalArgumentException naming the field, the value and the study index (0-based)
   */
  public static double[][] copy(double[] yi, double[] vi) {
    double[] y = yi.clone();
    double[] v = vi.clone();
    for (int i = 0; i < y.length; i++) {
      Checks.finite(field("yi", i), y[i]);
      Checks.positive(field("vi", i), v[i]);
      if (v[i] < MIN_VARIANCE || v[i] > MAX_VARIANCE) {
        throw new IllegalArgumentException(field("vi", i) + " = " + v[i] + " is outside the "
            + "representable range [" + Format.significant(MIN_VARIANCE, 3) + ", "
            + Format.significant(MAX_VARIANCE, 3) + "] of a sampling variance (its weight "
            + "1/vi must be a finite, normal double); rescale the estimates and variances");
      }
    }
    checkSpread(y, v);
    return new double[][] {y, v};
  }

  /** Rejects estimates too far apart for Σ(y − ȳ)²/v, naming the furthest study. */
  private static void checkSpread(double[] y, double[] v) {
    double mean = 0;
    for (double x : y) {
      mean += x / y.length;
    }
    double q = 0;
    int worst = 0;
    double worstTerm = -1;
    double worstDeviation = 0;
    for (int i = 0; i < y.length; i++) {
      double d = Math.abs(y[i] - mean);
      double term = d > MAX_DEVIATION ? Double.POSITIVE_INFINITY : d * d / v[i];
      q += term;
      if (term > worstTerm) {
        worst = i;
        worstTerm = term;
        worstDeviation = d;
      }
    }
    if (!(q * 16 < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(field("yi", worst) + " = " + y[worst] + " is "
          + Format.significant(worstDeviation, 3) + " from the mean of the estimates, which "
          + (worstDeviation > MAX_DEVIATION ? "is more than " + Format.significant(
              MAX_DEVIATION, 3) + ", so squared deviations are not representable"
              : "with its variance " + v[worst] + " makes the heterogeneity statistic Q "
                  + "not representable")
          + "; rescale the estimates and variances");
    }
  }

  private static String field(String name, int i) {
    return name + "[" + i + "] (study " + i + ")";
  }
}
