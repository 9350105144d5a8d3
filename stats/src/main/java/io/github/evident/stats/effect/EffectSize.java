package io.github.evident.stats.effect;

/**
 * An effect size estimate with its sampling variance.
 *
 * @param estimate the estimate, on the measure's analysis scale (for example a log odds ratio)
 * @param variance the sampling variance of the estimate
 */
public record EffectSize(double estimate, double variance) {

  /**
   * The standard error, the square root of the variance.
   *
   * @return {@code sqrt(variance)}
   */
  public double standardError() {
    return Math.sqrt(variance);
  }
}
