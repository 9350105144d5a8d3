package io.github.evident.stats.synthesis;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A summary of effect estimates for a synthesis without meta-analysis (Cochrane Handbook, ch.
 * 12; McKenzie and Brennan 2019): median, quartiles, interquartile range and range, when estimates
 * are on a common metric but lack valid variances. It describes the spread of observed effects,
 * not the uncertainty of an average.
 *
 * <p>Quantiles follow R's default, {@code quantile(x, type = 7)} (Hyndman and Fan 1996,
 * definition 7): for sorted {@code x_1 <= ... <= x_k} and probability {@code q}, with {@code h =
 * (k - 1) q + 1}, {@code j = floor(h)} and {@code g = h - j}, the quantile is {@code (1 - g) x_j +
 * g x_(j+1)}. So the median of an even number of estimates is the mean of the middle two.
 *
 * @param estimates the estimates in the order given, with their optional study ids
 * @param minimum the smallest estimate
 * @param lowerQuartile the 25% quantile (type 7)
 * @param median the 50% quantile
 * @param upperQuartile the 75% quantile (type 7)
 * @param maximum the largest estimate
 */
public record EffectEstimateSummary(
    List<StudyEstimate> estimates,
    double minimum,
    double lowerQuartile,
    double median,
    double upperQuartile,
    double maximum) {

  /**
   * Validates and copies the estimates.
   *
   * @throws IllegalArgumentException if there is no estimate, one is null, or a summary value
   *     differs from the one the estimates give
   */
  public EffectEstimateSummary {
    if (estimates == null || estimates.isEmpty()) {
      throw new IllegalArgumentException("at least one estimate is needed");
    }
    estimates = Checks.list("estimates", estimates);
    double[] x = sortedEstimates(estimates);
    check("minimum", minimum, x[0]);
    check("lowerQuartile", lowerQuartile, quantile(x, 0.25));
    check("median", median, quantile(x, 0.5));
    check("upperQuartile", upperQuartile, quantile(x, 0.75));
    check("maximum", maximum, x[x.length - 1]);
  }

  private static void check(String name, double given, double computed) {
    if (Double.compare(given, computed) != 0) {
      throw new IllegalArgumentException(
          name + " does not match the estimates: was " + given + ", the estimates give "
              + computed);
    }
  }

  private static double[] sortedEstimates(List<StudyEstimate> estimates) {
    double[] x = new double[estimates.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = estimates.get(i).estimate();
    }
    Arrays.sort(x);
    return x;
  }

  /**
   * Summarises estimates without study ids.
   *
   * @param estimates the estimates, at least one, all finite; read, never modified or kept
   * @return the summary
   * @throws IllegalArgumentException if there is no estimate or one is NaN or infinite (the
   *     message gives its index)
   */
  public static EffectEstimateSummary of(double... estimates) {
    if (estimates == null || estimates.length == 0) {
      throw new IllegalArgumentException("at least one estimate is needed");
    }
    List<StudyEstimate> list = new ArrayList<>(estimates.length);
    for (int i = 0; i < estimates.length; i++) {
      Checks.finite("estimate of study at index " + i, estimates[i]);
      list.add(StudyEstimate.of(estimates[i]));
    }
    return of(list);
  }

  /**
   * Summarises estimates, keeping their study ids.
   *
   * @param estimates the estimates, at least one; copied
   * @return the summary
   * @throws IllegalArgumentException if there is no estimate or one is null
   */
  public static EffectEstimateSummary of(List<StudyEstimate> estimates) {
    if (estimates == null || estimates.isEmpty()) {
      throw new IllegalArgumentException("at least one estimate is needed");
    }
    List<StudyEstimate> copy = Checks.list("estimates", estimates);
    double[] x = sortedEstimates(copy);
    return new EffectEstimateSummary(
        copy,
        x[0],
        quantile(x, 0.25),
        quantile(x, 0.5),
        quantile(x, 0.75),
        x[x.length - 1]);
  }

  /**
   * The type 7 quantile of sorted data, computed as R does.
   *
   * @param sorted the data in ascending order, at least one value
   * @param probability the probability in {@code [0, 1]}
   * @return the quantile
   */
  static double quantile(double[] sorted, double probability) {
    int n = sorted.length;
    double index = (n - 1) * probability; // zero-based
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double q = sorted[lo];
    double h = index - lo;
    if (hi != lo && sorted[hi] != q) {
      q = (1 - h) * q + h * sorted[hi];
    }
    return q;
  }

  /**
   * The number of estimates.
   *
   * @return {@code k}
   */
  public int k() {
    return estimates.size();
  }

  /**
   * The interquartile range, {@code upperQuartile - lowerQuartile}.
   *
   * @return the IQR
   */
  public double interquartileRange() {
    return upperQuartile - lowerQuartile;
  }

  /**
   * The quartiles as an interval {@code [lowerQuartile, upperQuartile]}.
   *
   * @return the interquartile interval
   */
  public Interval quartiles() {
    return Interval.of(lowerQuartile, upperQuartile);
  }

  /**
   * The range as an interval {@code [minimum, maximum]}.
   *
   * @return the range
   */
  public Interval range() {
    return Interval.of(minimum, maximum);
  }

  /**
   * A study with the smallest estimate (the first one given when tied).
   *
   * @return that study's estimate and id
   */
  public StudyEstimate minimumStudy() {
    return extreme(minimum);
  }

  /**
   * A study with the largest estimate (the first one given when tied).
   *
   * @return that study's estimate and id
   */
  public StudyEstimate maximumStudy() {
    return extreme(maximum);
  }

  private StudyEstimate extreme(double value) {
    for (StudyEstimate e : estimates) {
      if (e.estimate() == value) {
        return e;
      }
    }
    throw new IllegalStateException("no estimate equals " + value);
  }

  /**
   * Multi-line summary: k, median, quartiles, IQR, range and the studies at the extremes.
   *
   * @return the summary
   */
  public String summary() {
    return "Summary of " + k() + " effect estimates (quantile type 7)\n"
        + "  median          " + Format.estimate(median) + "\n"
        + "  quartiles       " + Format.estimate(lowerQuartile) + " to "
        + Format.estimate(upperQuartile) + " (IQR " + Format.estimate(interquartileRange())
        + ")\n"
        + "  range           " + Format.estimate(minimum) + " to " + Format.estimate(maximum)
        + "\n"
        + "  smallest        " + minimumStudy() + "\n"
        + "  largest         " + maximumStudy() + "\n";
  }

  /**
   * One line, for example {@code k = 5, median 0.3000 (IQR 0.1200 to 0.4500, range -1.2000 to
   * 1.9000)}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return "k = " + k() + ", median " + Format.estimate(median) + " (IQR "
        + Format.estimate(lowerQuartile) + " to " + Format.estimate(upperQuartile) + ", range "
        + Format.estimate(minimum) + " to " + Format.estimate(maximum) + ")";
  }
}
