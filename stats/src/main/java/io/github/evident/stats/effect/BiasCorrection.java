package io.github.evident.stats.effect;

/**
 * Whether the log ratio of means ({@link Measure#ROM}) carries the small-sample bias correction.
 *
 * <p>metafor 3.8-1 computes {@code ln(m1/m2)} without correction, and so does
 * {@link EffectSizes#logRatioOfMeans(double, double, int, double, double, int)}; pass
 * {@link #SMALL_SAMPLE} to the overload for the bias-corrected estimator of Lajeunesse (2015),
 * which newer metafor releases apply by default.
 */
public enum BiasCorrection {
  /** No correction: {@code ln(m1/m2)}, as metafor 3.8-1. */
  NONE,
  /**
   * Lajeunesse (2015): {@code ln(m1/m2) + (sd1^2/(n1 m1^2) - sd2^2/(n2 m2^2))/2};
   * the variance is unchanged.
   */
  SMALL_SAMPLE
}
