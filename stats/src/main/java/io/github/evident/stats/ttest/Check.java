package io.github.evident.stats.ttest;

/** Argument validation with messages that name the parameter and the offending value. */
final class Check {

  private Check() {}

  static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite but was " + value);
    }
    return value;
  }

  static double sd(String name, double value) {
    finite(name, value);
    if (value < 0) {
      throw new IllegalArgumentException(
          name + " must be >= 0 (a standard deviation) but was " + value);
    }
    return value;
  }

  static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + " but was " + value);
    }
    return value;
  }

  static double correlation(String name, double value) {
    finite(name, value);
    if (value < -1 || value > 1) {
      throw new IllegalArgumentException(name + " must be in [-1, 1] but was " + value);
    }
    return value;
  }

  static double level(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1) but was " + level);
    }
    return level;
  }

  static Alternative alternative(Alternative alternative) {
    if (alternative == null) {
      throw new IllegalArgumentException("alternative must not be null");
    }
    return alternative;
  }

  static double[] sample(String name, double[] values, int min) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (values.length < min) {
      throw new IllegalArgumentException(name + " must hold at least " + min
          + " values but held " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] must be finite but was "
            + values[i]);
      }
    }
    return values;
  }

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
