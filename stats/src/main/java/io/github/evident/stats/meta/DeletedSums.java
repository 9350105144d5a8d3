package io.github.evident.stats.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * The weighted sums of k studies less one, Σ<sub>j≠i</sub> a<sub>j</sub>(v<sub>j</sub> + τ²)<sup>−m</sup>
 * for a<sub>j</sub> ∈ {1, c<sub>j</sub>, c<sub>j</sub>²} (c the estimates less their unweighted
 * mean) and m = 1, 2, 3, at any τ², without a pass over the studies where possible.
 *
 * <p>At a reference value τ<sub>r</sub>² the power sums P<sub>a,p</sub> =
 * Σ<sub>j</sub> a<sub>j</sub>u<sub>j</sub><sup>−p</sup> with u<sub>j</sub> = v<sub>j</sub> +
 * τ<sub>r</sub>² are computed once for all studies; leaving study i out subtracts its own terms,
 * and for τ² = τ<sub>r</sub>² + δ the binomial series
 * Σ a<sub>j</sub>(u<sub>j</sub> + δ)<sup>−m</sup> = Σ<sub>n</sub> C(m + n − 1, n)(−δ)<sup>n</sup>
 * P<sub>a,m+n</sub> converges geometrically with ratio |δ|/min u<sub>j</sub>. It is used only
 * when that ratio is at most 0.1, with as many terms as make the first omitted term smaller than
 * 10⁻¹⁷ of the sum of magnitudes, far below the rounding of a direct sum; otherwise the sums are
 * taken directly over the k − 1 studies. The references are the τ² values the fit of all studies
 * visits, near which the fits without one study stay (their τ² differs by O(1/k)).
 */
final class DeletedSums {

  private static final double MAX_RATIO = 0.1;
  private static final double SERIES_TOLERANCE = 1e-17;
  private static final int MAX_TERMS = 24;
  private static final int MAX_POWER = MAX_TERMS + 3;

  /** Cancellation that loses more than this share of the digits triggers a direct sum. */
  private static final double CONDITION = 1e-3;

  /** The sums that one evaluation yields, of c less {@link #centre}. */
  static final class Values {
    /** The centre the c are taken about (0 unless a direct two-pass sum was needed). */
    double centre;
    /** Σw, Σwc, Σwc². */
    double a0;
    double a1;
    double a2;
    /** Σw², Σw²c, Σw²c². */
    double b0;
    double b1;
    double b2;
    /** Σw³. */
    double s3;

    /** As the fitter's sums: weighted mean of c, Q about it, YᵀPPY. */
    Fitter.Sums sums() {
      Fitter.Sums s = new Fitter.Sums();
      double mean = a1 / a0;
      s.s1 = a0;
      s.s2 = b0;
      s.s3 = s3;
      s.mean = mean;
      s.rss = a2 - a1 * mean;
      s.rss2 = b2 - 2 * mean * b1 + mean * mean * b0;
      return s;
    }

    /**
     * Whether the residual sums lose at most three digits to cancellation: Σw(c − μ)² is at
     * least 10⁻³ of Σwc², and likewise with w².
     */
    boolean wellConditioned() {
      double mean = a1 / a0;
      return a2 - a1 * mean >= CONDITION * a2
          && b2 - 2 * mean * b1 + mean * mean * b0 >= CONDITION * b2;
    }
  }

  /** Power sums of all studies at one τ². */
  private static final class Reference {
    final double tau2;
    final double[] p1 = new double[MAX_POWER + 1];
    final double[] pc = new double[MAX_POWER + 1];
    final double[] pcc = new double[MAX_POWER + 1];
    double logSum;

    Reference(double tau2, double[] v, double[] c) {
      this.tau2 = tau2;
      for (int j = 0; j < v.length; j++) {
        double u = v[j] + tau2;
        double x = 1.0 / u;
        double cj = c[j];
        double cc = cj * cj;
        double xp = x;
        for (int p = 1; p <= MAX_POWER; p++) {
          p1[p] += xp;
          pc[p] += cj * xp;
          pcc[p] += cc * xp;
          xp *= x;
        }
        logSum += Math.log(u);
      }
    }
  }

  private final double[] v;
  private final double[] c;
  private final double vMin;
  private final List<Reference> references = new ArrayList<>();

  DeletedSums(double[] v, double[] c, double vMin) {
    this.v = v;
    this.c = c;
    this.vMin = vMin;
  }

  /**
   * Adds a reference value of τ² (at most a few: each costs O(k · 27)); one whose power sums
   * overflow (a sampling variance below about 10⁻¹¹) is not kept.
   */
  void addReference(double tau2) {
    for (Reference r : references) {
      if (r.tau2 == tau2) {
        return;
      }
    }
    Reference r = new Reference(tau2, v, c);
    if (Double.isFinite(r.p1[MAX_POWER]) && Double.isFinite(r.pcc[MAX_POWER])
        && Double.isFinite(r.logSum)) {
      references.add(r);
    }
  }

  /** The sums without study i at τ²; with all studies when i = −1. */
  Values without(int i, double tau2) {
    Reference best = null;
    double bestRatio = MAX_RATIO;
    for (Reference r : references) {
      double ratio = Math.abs(tau2 - r.tau2) / (vMin + r.tau2);
      if (ratio <= bestRatio) {
        best = r;
        bestRatio = ratio;
      }
    }
    Values s = best == null ? direct(i, tau2, 0)
        : series(best, i, tau2 - best.tau2, bestRatio);
    if (s.wellConditioned()) {
      return s;
    }
    // Centre the direct sums at the weighted mean of the k − 1 studies (two passes).
    return direct(i, tau2, s.a1 / s.a0);
  }

  /**
   * An upper bound on Σ<sub>j≠i</sub> log(v<sub>j</sub> + τ²) from the tangent of the concave
   * logarithm at the nearest reference, or the exact sum when there is none; exact at a
   * reference.
   */
  double logSumUpperBound(int i, double tau2) {
    Reference best = null;
    for (Reference r : references) {
      if (best == null || Math.abs(tau2 - r.tau2) < Math.abs(tau2 - best.tau2)) {
        best = r;
      }
    }
    if (best == null) {
      return logSum(i, tau2);
    }
    double ui = v[i] + best.tau2;
    return best.logSum - Math.log(ui) + (tau2 - best.tau2) * (best.p1[1] - 1 / ui);
  }

  /** Σ<sub>j≠i</sub> log(v<sub>j</sub> + τ²), a pass over the studies. */
  double logSum(int i, double tau2) {
    double s = 0;
    for (int j = 0; j < v.length; j++) {
      if (j != i) {
        s += Math.log(v[j] + tau2);
      }
    }
    return s;
  }

  private Values series(Reference r, int i, double delta, double ratio) {
    int terms = 0;
    double bound = ratio;
    while (terms < MAX_TERMS && (terms + 2) * (terms + 3) / 2.0 * bound > SERIES_TOLERANCE) {
      terms++;
      bound *= ratio;
    }
    double x = i < 0 ? 0 : 1.0 / (v[i] + r.tau2);
    double ci = i < 0 ? 0 : c[i];
    double cc = ci * ci;
    double xp = x;
    double t = 1;
    Values s = new Values();
    for (int n = 0; n <= terms; n++) {
      double xp2 = xp * x;
      double xp3 = xp2 * x;
      double t2 = (n + 1) * t;
      s.a0 += t * (r.p1[n + 1] - xp);
      s.a1 += t * (r.pc[n + 1] - ci * xp);
      s.a2 += t * (r.pcc[n + 1] - cc * xp);
      s.b0 += t2 * (r.p1[n + 2] - xp2);
      s.b1 += t2 * (r.pc[n + 2] - ci * xp2);
      s.b2 += t2 * (r.pcc[n + 2] - cc * xp2);
      s.s3 += (n + 1) * (n + 2) / 2.0 * t * (r.p1[n + 3] - xp3);
      xp = xp2;
      t *= -delta;
    }
    return s;
  }

  private Values direct(int i, double tau2, double centre) {
    Values s = new Values();
    s.centre = centre;
    if (i < 0) {
      accumulate(s, 0, v.length, tau2);
    } else {
      accumulate(s, 0, i, tau2);
      accumulate(s, i + 1, v.length, tau2);
    }
    return s;
  }

  private void accumulate(Values s, int from, int to, double tau2) {
    double centre = s.centre;
    double a0 = 0;
    double a1 = 0;
    double a2 = 0;
    double b0 = 0;
    double b1 = 0;
    double b2 = 0;
    double s3 = 0;
    for (int j = from; j < to; j++) {
      double w = 1.0 / (v[j] + tau2);
      double w2 = w * w;
      double cj = c[j] - centre;
      double wc = w * cj;
      double wcc = wc * cj;
      a0 += w;
      a1 += wc;
      a2 += wcc;
      b0 += w2;
      b1 += w * wc;
      b2 += w * wcc;
      s3 += w2 * w;
    }
    s.a0 += a0;
    s.a1 += a1;
    s.a2 += a2;
    s.b0 += b0;
    s.b1 += b1;
    s.b2 += b2;
    s.s3 += s3;
  }
}
