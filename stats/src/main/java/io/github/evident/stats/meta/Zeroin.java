package io.github.evident.stats.meta;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's (1973) root finder in the form of Forsythe, Malcolm and Moler (1977), step for step as
 * R's {@code uniroot} performs it, so that roots found with metafor's loose default tolerance
 * ({@code .Machine$double.eps^0.25}) are the same numbers, not merely equally good ones.
 */
final class Zeroin {

  /** metafor's default tolerance for {@code uniroot}: {@code .Machine$double.eps^0.25}. */
  static final double R_TOL = Math.pow(Math.ulp(1.0), 0.25);

  private static final double EPS = Math.ulp(1.0);

  /** A root, whether the search converged, and the number of iterations used. */
  record Root(double x, boolean converged, int iterations) {}

  private Zeroin() {}

  /**
   * Finds a root of {@code f} in {@code [lo, hi]} given {@code f(lo)} and {@code f(hi)} of
   * opposite signs (or one of them zero).
   */
  static Root find(DoubleUnaryOperator f, double lo, double hi, double flo, double fhi,
      double tol, int maxIterations) {
    double a = lo;
    double b = hi;
    double fa = flo;
    double fb = fhi;
    double c = a;
    double fc = fa;
    if (fa == 0.0) {
      return new Root(a, true, 0);
    }
    if (fb == 0.0) {
      return new Root(b, true, 0);
    }
    int budget = maxIterations + 1;
    int used = 0;
    while (budget-- > 0) {
      used++;
      double previousStep = b - a;
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolAct = 2 * EPS * Math.abs(b) + tol / 2;
      double step = (c - b) / 2;
      if (Math.abs(step) <= tolAct || fb == 0.0) {
        return new Root(b, true, used - 1);
      }
      if (Math.abs(previousStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
        step = interpolatedStep(a, fa, b, fb, c, fc, step, tolAct, previousStep);
      }
      if (Math.abs(step) < tolAct) {
        step = step > 0 ? tolAct : -tolAct;
      }
      a = b;
      fa = fb;
      b += step;
      fb = f.applyAsDouble(b);
      if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
        c = a;
        fc = fa;
      }
    }
    return new Root(b, false, maxIterations);
  }

  /**
   * The interpolation step from b: linear (secant) when a = c, else inverse quadratic; the
   * bisection {@code step} is kept when the interpolated one falls outside the bracket or
   * would not shrink fast enough.
   */
  private static double interpolatedStep(double a, double fa, double b, double fb, double c,
      double fc, double step, double tolAct, double previousStep) {
    double p;
    double q;
    double cb = c - b;
    if (a == c) {
      double t1 = fb / fa;
      p = cb * t1;
      q = 1.0 - t1;
    } else {
      double qa = fa / fc;
      double t1 = fb / fc;
      double t2 = fb / fa;
      p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1.0));
      q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
    }
    if (p > 0) {
      q = -q;
    } else {
      p = -p;
    }
    if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2)
        && p < Math.abs(previousStep * q / 2)) {
      return p / q;
    }
    return step;
  }
}
