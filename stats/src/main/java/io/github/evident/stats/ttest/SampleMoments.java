package io.github.evident.stats.ttest;

/** The mean and sample variance of a sample, as the t tests need them. */
final class SampleMoments {

  private SampleMoments() {}

  /** Mean and sample variance (n - 1 denominator), two-pass for accuracy. */
  static double[] meanVariance(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double mean = sum / x.length;
    double ss = 0;
    double comp = 0;
    for (double v : x) {
      double dev = v - mean;
      ss += dev * dev;
      comp += dev;
    }
    double var = (ss - comp * comp / x.length) / (x.length - 1);
    return new double[] {mean + comp / x.length, Math.max(0, var)};
  }
}
