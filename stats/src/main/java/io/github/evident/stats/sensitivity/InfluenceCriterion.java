package io.github.evident.stats.sensitivity;

import io.github.evident.core.internal.Distributions;
import io.github.evident.core.internal.Format;

/**
 * The criteria by which metafor 3.8-1's {@code influence} marks a study as influential; a study
 * meeting any of them is. With p = 1 coefficient (the pooled estimate) and k studies (Viechtbauer
 * and Cheung 2010):
 */
public enum InfluenceCriterion {
  /** |DFFITS| &gt; 3√(p/(k − p)). */
  DFFITS,
  /** Cook's distance above the median of χ² with p degrees of freedom (pchisq(D, p) &gt; 0.5). */
  COOKS_DISTANCE,
  /** Hat value &gt; 3p/k. */
  HAT,
  /** |DFBETAS| &gt; 1. */
  DFBETAS;

  /**
   * Whether a value meets this criterion for k studies and one coefficient; NaN never does.
   *
   * @param value the diagnostic this criterion reads
   * @param k the number of studies
   * @return {@code true} if the value flags the study
   */
  public boolean flags(double value, int k) {
    if (Double.isNaN(value)) {
      return false;
    }
    switch (this) {
      case DFFITS:
        return Math.abs(value) > threshold(k);
      case COOKS_DISTANCE:
        // pchisq(D, 1) > 0.5 exactly when D exceeds the median qchisq(0.5, 1)
        return value > threshold(k);
      case HAT:
        return value > threshold(k);
      default:
        return Math.abs(value) > 1;
    }
  }

  /**
   * The threshold for k studies: 3/√(k − 1), the median of χ² with 1 degree of freedom
   * (0.4549), 3/k or 1.
   *
   * @param k the number of studies
   * @return the threshold
   */
  public double threshold(int k) {
    switch (this) {
      case DFFITS:
        return 3 * Math.sqrt(1.0 / (k - 1));
      case COOKS_DISTANCE:
        return Distributions.chiSquaredQuantile(0.5, 1);
      case HAT:
        return 3.0 / k;
      default:
        return 1;
    }
  }

  /**
   * The criterion in words for k studies, for example {@code |DFFITS| > 0.8660}.
   *
   * @param k the number of studies
   * @return the description
   */
  public String describe(int k) {
    String t = Format.estimate(threshold(k));
    switch (this) {
      case DFFITS:
        return "|DFFITS| > " + t;
      case COOKS_DISTANCE:
        return "Cook's distance > " + t + " (median of chi-square, 1 df)";
      case HAT:
        return "hat > " + t;
      default:
        return "|DFBETAS| > 1";
    }
  }
}
