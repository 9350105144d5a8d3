package io.github.evident.report.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks: "nice" linear ticks (1, 2, 2.5, 5 × 10^k steps) and ratio ticks on a log axis
 * (1, 2, 4, 10, 20, 50, 100, ... and their reciprocals 0.5, 0.25, 0.1, 0.05, ...).
 */
final class Ticks {

  /** Ratio ticks above 1 in one decade pattern; reciprocals give the ticks below 1. */
  private static final double[] RATIO_UP = {2, 4, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000,
      10000, 20000, 50000, 100000, 1e6, 1e7, 1e8, 1e9, 1e10};

  private Ticks() {}

  /** Displayed tick values covering [lo, hi] (display scale), outermost ticks included. */
  static double[] linear(double lo, double hi, int target) {
    if (!(hi > lo)) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.5;
      lo -= pad;
      hi += pad;
    }
    double step = niceStep((hi - lo) / target);
    double start = Math.floor(lo / step + 1e-9) * step;
    double end = Math.ceil(hi / step - 1e-9) * step;
    int n = (int) Math.round((end - start) / step);
    double[] out = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      out[i] = clean(start + i * step, step);
    }
    return out;
  }

  /** Linear ticks strictly within [lo, hi] (display scale), for fixed axis limits. */
  static double[] linearWithin(double lo, double hi, int target) {
    double step = niceStep((hi - lo) / target);
    double start = Math.ceil(lo / step - 1e-9) * step;
    List<Double> out = new ArrayList<>();
    for (double v = start; v <= hi + step * 1e-9; v += step) {
      out.add(clean(v, step));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Log-axis ticks (display values) covering [lo, hi] (display values, both > 0). */
  static double[] ratio(double lo, double hi, boolean extend) {
    List<Double> all = new ArrayList<>();
    for (int i = RATIO_UP.length - 1; i >= 0; i--) {
      all.add(1 / RATIO_UP[i]);
    }
    all.add(1.0);
    for (double r : RATIO_UP) {
      all.add(r);
    }
    int first = 0;
    int last = all.size() - 1;
    if (extend) {
      while (first + 1 < all.size() && all.get(first + 1) <= lo * (1 + 1e-12)) {
        first++;
      }
      while (last - 1 >= 0 && all.get(last - 1) >= hi * (1 - 1e-12)) {
        last--;
      }
    } else {
      while (first < all.size() && all.get(first) < lo * (1 - 1e-12)) {
        first++;
      }
      while (last >= 0 && all.get(last) > hi * (1 + 1e-12)) {
        last--;
      }
    }
    List<Double> ticks = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      ticks.add(all.get(i));
    }
    if (ticks.size() < 3) {
      // a narrow range: plain decimal ticks, placed on the log axis
      double[] lin = extend ? linear(lo, hi, 4) : linearWithin(lo, hi, 4);
      List<Double> pos = new ArrayList<>();
      for (double v : lin) {
        if (v > 0) {
          pos.add(v);
        }
      }
      if (pos.size() >= 2) {
        return pos.stream().mapToDouble(Double::doubleValue).toArray();
      }
    }
    return ticks.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static double niceStep(double raw) {
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * mag;
  }

  private static double clean(double v, double step) {
    double r = Math.round(v / step * 4) / 4.0 * step;
    return Math.abs(r) < step * 1e-9 ? 0 : Double.parseDouble(String.format(java.util.Locale.ROOT,
        "%.12g", r));
  }
}
