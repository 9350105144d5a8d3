package io.github.evident.stats.bias;

import io.github.evident.core.internal.Format;
import io.github.evident.stats.meta.MetaResult;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The result of {@link TrimAndFill}: the estimated number of missing studies k₀, the side, the
 * filled studies and the meta-analysis of the observed and filled studies together.
 */
public final class TrimAndFillResult {

  private final TrimAndFill.Estimator estimator;
  private final TrimAndFill.Side side;
  private final boolean sideEstimated;
  private final int k;
  private final int k0;
  private final double k0StandardError;
  private final double[] filledEstimates;
  private final double[] filledVariances;
  private final MetaResult result;
  private final int iterations;

  TrimAndFillResult(TrimAndFill.Estimator estimator, TrimAndFill.Side side,
      boolean sideEstimated, int k, int k0, double k0StandardError, double[] filledEstimates,
      double[] filledVariances, MetaResult result, int iterations) {
    this.estimator = estimator;
    this.side = side;
    this.sideEstimated = sideEstimated;
    this.k = k;
    this.k0 = k0;
    this.k0StandardError = k0StandardError;
    this.filledEstimates = filledEstimates.clone();
    this.filledVariances = filledVariances.clone();
    this.result = result;
    this.iterations = iterations;
  }

  /**
   * The estimator of k₀ used.
   *
   * @return L0 or R0
   */
  public TrimAndFill.Estimator estimator() {
    return estimator;
  }

  /**
   * The side where studies were taken to be missing.
   *
   * @return left or right
   */
  public TrimAndFill.Side side() {
    return side;
  }

  /**
   * Whether the side was estimated from the data (rather than given).
   *
   * @return {@code true} if estimated
   */
  public boolean sideEstimated() {
    return sideEstimated;
  }

  /**
   * The number of observed studies.
   *
   * @return k
   */
  public int k() {
    return k;
  }

  /**
   * The estimated number of missing studies.
   *
   * @return k₀, at least 0
   */
  public int k0() {
    return k0;
  }

  /**
   * The standard error of k₀ (metafor's {@code se.k0}), from the last iteration's unrounded
   * estimate. For L0 it is {@code NaN} when the variance formula is negative there (which
   * happens for a clearly negative unrounded k₀), as in metafor.
   *
   * @return the standard error, or {@code NaN}
   */
  public double k0StandardError() {
    return k0StandardError;
  }

  /**
   * For the R0 estimator, the probability of a rightmost run at least as long as observed if
   * no study were missing, 2<sup>−(k₀ + 1)</sup> (metafor's {@code p.k0}); empty for L0.
   *
   * @return the p value of k₀
   */
  public OptionalDouble k0PValue() {
    return estimator == TrimAndFill.Estimator.R0
        ? OptionalDouble.of(Math.pow(0.5, k0 + 1)) : OptionalDouble.empty();
  }

  /**
   * The estimates of the filled studies, 2μ̂ − y<sub>i</sub> for the trimmed studies, from the
   * least to the most extreme trimmed study (metafor's order).
   *
   * @return a copy, of length k₀
   */
  public double[] filledEstimates() {
    return filledEstimates.clone();
  }

  /**
   * The sampling variances of the filled studies, those of the studies they mirror.
   *
   * @return a copy, of length k₀
   */
  public double[] filledVariances() {
    return filledVariances.clone();
  }

  /**
   * The meta-analysis of the k observed and k₀ filled studies (the original fit when k₀ = 0).
   *
   * @return the fit
   */
  public MetaResult result() {
    return result;
  }

  /**
   * The iterations of trimming and re-estimation until k₀ settled.
   *
   * @return the number of iterations
   */
  public int iterations() {
    return iterations;
  }

  /**
   * A multi-line report: the estimated number of missing studies with its standard error and
   * side, the filled studies and the fit with them.
   *
   * @return the report
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Trim-and-Fill (").append(estimator)
        .append(", side ").append(side.label()).append(sideEstimated ? ", estimated" : ", given")
        .append("; ").append(Format.count(iterations, "iteration", "iterations")).append(")\n\n")
        .append("Estimated number of missing studies on the ").append(side.label())
        .append(" side: ").append(k0).append(" (SE = ").append(Format.estimate(k0StandardError))
        .append(')');
    k0PValue().ifPresent(p -> sb.append(", ").append(Format.p(p)));
    sb.append("\n");
    for (int j = 0; j < k0; j++) {
      sb.append("Filled ").append(j + 1).append(": yi = ")
          .append(Format.estimate(filledEstimates[j])).append(", vi = ")
          .append(Format.estimate(filledVariances[j])).append('\n');
    }
    return sb.append('\n').append(result.summary()).toString();
  }

  /**
   * One line, for example {@code trim and fill (L0): 1 study filled on the right (SE 2.4528);
   * random-effects meta-analysis ...}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "trim and fill (" + estimator + "): " + Format.count(k0, "study", "studies")
        + " filled on the " + side.label() + " (SE " + Format.estimate(k0StandardError) + "); "
        + result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrimAndFillResult r && estimator == r.estimator && side == r.side
        && sideEstimated == r.sideEstimated && k == r.k && k0 == r.k0
        && Double.compare(k0StandardError, r.k0StandardError) == 0
        && Arrays.equals(filledEstimates, r.filledEstimates)
        && Arrays.equals(filledVariances, r.filledVariances) && result.equals(r.result)
        && iterations == r.iterations;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * result.hashCode() + Arrays.hashCode(filledEstimates)) + k0;
  }
}
