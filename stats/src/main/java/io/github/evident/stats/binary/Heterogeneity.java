package io.github.evident.stats.binary;

import io.github.evident.core.internal.Distributions;

/**
 * Cochran's Q around a pooled estimate, with I² and H², as {@code rma.mh} and {@code rma.peto}
 * report them: {@code I² = max(0, 100 (Q − df)/Q)}, {@code H² = Q/df}; with one study Q = 0,
 * p = 1, I² = 0 and H² = 1.
 */
record Heterogeneity(double q, int df, double pValue, double i2, double h2) {

  /** Q with {@code df} degrees of freedom (the number of study-level effects less one). */
  static Heterogeneity of(double q, int df) {
    if (df < 1) {
      return new Heterogeneity(0, 0, 1, 0, 1);
    }
    double clamped = Math.max(0, q);
    return new Heterogeneity(clamped, df, Distributions.chiSquaredUpper(clamped, df),
        Math.max(0, 100 * (clamped - df) / clamped), clamped / df);
  }
}
