package io.github.evident.stats.bias;

import io.github.evident.core.internal.Checks;

/** Checks and copies the estimates and sampling variances the methods here take. */
final class Studies {

  private Studies() {}

  /**
   * Checks {@code yi} and {@code vi} and returns copies of them.
   *
   * @param yi the estimates, finite
   * @param vi the sampling variances, finite and positive
   * @param minK the fewest studies the method accepts
   * @param why why it needs that many, for the message
   * @return {@code {yi.clone(), vi.clone()}}
   * @throws IllegalArgumentException naming the field, the value and the study index (0-based)
   */
  static double[][] copy(double[] yi, double[] vi, int minK, String why) {
    Checks.notNull("yi", yi);
    Checks.notNull("vi", vi);
    if (yi.length != vi.length) {
      throw new IllegalArgumentException("yi and vi must have the same length, were "
          + yi.length + " and " + vi.length);
    }
    Checks.atLeast("number of studies k", yi.length, minK, why);
    double[] y = yi.clone();
    double[] v = vi.clone();
    for (int i = 0; i < y.length; i++) {
      Checks.finite("yi[" + i + "] (study " + i + ")", y[i]);
      Checks.positive("vi[" + i + "] (study " + i + ")", v[i]);
    }
    return new double[][] {y, v};
  }
}
