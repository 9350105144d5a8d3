package io.github.evident.stats.effect;

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
      throw new IllegalArgumentException(name + " must be >= 0 (a standard deviation) but was "
          + value);
    }
    return value;
  }

  static double positive(String name, double value) {
    finite(name, value);
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0 but was " + value);
    }
    return value;
  }

  static int atLeast(String name, int value, int min, String why) {
    if (value < min) {
      throw new IllegalArgumentException(
          name + " must be >= " + min + " (" + why + ") but was " + value);
    }
    return value;
  }

  static int count(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0 (a count) but was " + value);
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

  static double probability(String name, double value) {
    finite(name, value);
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1] but was " + value);
    }
    return value;
  }

  /** Rejects a zero variance, which would give a study infinite weight. */
  static double nonZeroVariance(double variance, Measure measure, String inputs) {
    if (!(variance > 0) || !Double.isFinite(variance)) {
      throw new IllegalArgumentException("the sampling variance of " + measure + " is " + variance
          + " for " + inputs + "; a study with this variance cannot be weighted");
    }
    return variance;
  }
}
