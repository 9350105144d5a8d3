package io.github.evident.stats.ttest;

import io.github.evident.core.Interval;
import java.util.Locale;

/** Shared text formatting of test results. */
final class Format {

  private Format() {}

  static String df(double df) {
    return df == Math.rint(df) ? String.valueOf((long) df) : String.format(Locale.ROOT, "%.3f", df);
  }

  static String percent(double level) {
    double p = level * 100;
    return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.2f", p);
  }

  static String alternative(Alternative a) {
    switch (a) {
      case GREATER:
        return "one-sided, greater";
      case LESS:
        return "one-sided, less";
      default:
        return "two-sided";
    }
  }

  static String interval(Interval ci) {
    return "[" + bound(ci.lower()) + ", " + bound(ci.upper()) + "]";
  }

  private static String bound(double x) {
    if (Double.isInfinite(x)) {
      return x > 0 ? "Inf" : "-Inf";
    }
    return String.format(Locale.ROOT, "%.4f", x);
  }
}
