package io.github.evident.stats.sensitivity;

import io.github.evident.core.internal.Checks;

/** Checks and copies the studies given to a sensitivity analysis. */
final class Inputs {

  private Inputs() {}

  /**
   * Validated copies of the estimates and variances.
   *
   * @param yi the estimates
   * @param vi the sampling variances
   * @param minK the fewest studies the analysis needs
   * @param why why it needs them, for the message
   * @return {@code {y, v}}, copies
   * @throws IllegalArgumentException if an array is null, the lengths differ, there are fewer
   *     than {@code minK} studies, an estimate is not finite or a variance is not positive
   */
  static double[][] copy(double[] yi, double[] vi, int minK, String why) {
    Checks.notNull("yi", yi);
    Checks.notNull("vi", vi);
    if (yi.length != vi.length) {
      throw new IllegalArgumentException("yi and vi must have the same length, were "
          + yi.length + " and " + vi.length);
    }
    Checks.atLeast("k (the number of studies)", yi.length, minK, why);
    double[] y = yi.clone();
    double[] v = vi.clone();
    for (int i = 0; i < y.length; i++) {
      Checks.finite("yi[" + i + "] (study " + i + ")", y[i]);
      Checks.positive("vi[" + i + "] (study " + i + ")", v[i]);
    }
    return new double[][] {y, v};
  }
}
