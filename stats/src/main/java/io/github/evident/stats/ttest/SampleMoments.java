package io.github.evident.stats.ttest;

/**
 * The mean and sample standard deviation of a sample, as the t tests need them, for any finite
 * sample: the values are scaled by a power of two near their largest magnitude first (an exact
 * operation), so neither the sum nor the sum of squares overflows or underflows.
 */
final class SampleMoments {

  private SampleMoments() {}

  /** Mean and sample SD (n − 1 denominator), two-pass with a compensating correction. */
  static double[] meanSd(double[] x) {
    double max = 0;
    for (double v : x) {
      max = Math.max(max, Math.abs(v));
    }
    double scale = max == 0 ? 1 : Math.scalb(1.0, Math.getExponent(max));
    double sum = 0;
    for (double v : x) {
      sum += v / scale;
    }
    double mean = sum / x.length;
    double ss = 0;
    double comp = 0;
    for (double v : x) {
      double dev = v / scale - mean;
      ss += dev * dev;
      comp += dev;
    }
    double var = (ss - comp * comp / x.length) / (x.length - 1);
    return new double[] {(mean + comp / x.length) * scale, Math.sqrt(Math.max(0, var)) * scale};
  }
}
