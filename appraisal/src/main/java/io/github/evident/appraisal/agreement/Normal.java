package io.github.evident.appraisal.agreement;

import org.apache.commons.math3.special.Erf;

/** Standard normal quantiles and tail probabilities (keeps commons-math3 out of the API). */
final class Normal {

  private static final double SQRT2 = Math.sqrt(2.0);

  private Normal() {}

  /** The two-sided critical value {@code z_{1 - (1 - level) / 2}}. */
  static double criticalValue(double level) {
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException("level must be in (0, 1), was " + level);
    }
    return SQRT2 * Erf.erfInv(level);
  }

  /** The two-sided p value {@code 2 (1 - Phi(|z|))}, accurate in the far tail. */
  static double twoSidedP(double z) {
    return Erf.erfc(Math.abs(z) / SQRT2);
  }
}
