package io.github.evident.stats.meta;

/**
 * The weighted least-squares fit of a meta-regression for weights w (W = diag w), and the
 * traces of P = W − WX(XᵀWX)⁻¹XᵀW that the τ² estimators need, without ever forming P: with
 * B = (XᵀWX)⁻¹ and g<sub>i</sub> = x<sub>i</sub>ᵀBx<sub>i</sub>, P<sub>ij</sub> =
 * w<sub>i</sub>δ<sub>ij</sub> − w<sub>i</sub>w<sub>j</sub>x<sub>i</sub>ᵀBx<sub>j</sub>, so
 * <ul>
 *   <li>tr(PD) = Σ(w<sub>i</sub> − w<sub>i</sub>²g<sub>i</sub>)d<sub>i</sub>,</li>
 *   <li>Σ<sub>ij</sub>P<sub>ij</sub>²a<sub>i</sub>b<sub>j</sub> =
 *       Σw<sub>i</sub>²a<sub>i</sub>b<sub>i</sub>
 *       − 2Σw<sub>i</sub>³a<sub>i</sub>b<sub>i</sub>g<sub>i</sub>
 *       + tr(B M<sub>a</sub> B M<sub>b</sub>)
 *       with M<sub>a</sub> = Σw<sub>i</sub>²a<sub>i</sub>x<sub>i</sub>x<sub>i</sub>ᵀ,</li>
 *   <li>YᵀPY = Σw<sub>i</sub>e<sub>i</sub>² and YᵀPPY = Σw<sub>i</sub>²e<sub>i</sub>² with the
 *       weighted residuals e = Y − Xβ̂,</li>
 * </ul>
 * each in O(k·p²).
 */
final class Projection {

  private final Design x;
  private final double[] w;
  private final Cholesky xtwx;
  private final double[][] b;
  private final double[] g;

  private Projection(Design x, double[] w, Cholesky xtwx) {
    this.x = x;
    this.w = w;
    this.xtwx = xtwx;
    this.b = xtwx.inverse();
    this.g = new double[x.k()];
    for (int i = 0; i < g.length; i++) {
      g[i] = x.quadratic(i, b);
    }
  }

  /** The projection for weights {@code w} (positive; X of full rank, checked by Design). */
  static Projection of(Design x, double[] w) {
    int[] failed = {-1};
    Cholesky c = Cholesky.factor(x.crossProduct(w), 0, failed);
    if (c == null) {
      throw new ArithmeticException("X'WX is not positive definite (column " + failed[0]
          + "); the weights are too extreme for this design");
    }
    return new Projection(x, w, c);
  }

  /** The weighted least-squares coefficients (scaled design) and residual sums. */
  record Fit(double[] beta, double rss, double rss2) {}

  /** Fits {@code y}: β̂ = BXᵀWy, YᵀPY and YᵀPPY. */
  Fit fit(double[] y) {
    double[] beta = xtwx.solve(x.crossProduct(w, y));
    double rss = 0;
    double rss2 = 0;
    for (int i = 0; i < w.length; i++) {
      double e = y[i] - x.fitted(i, beta);
      double we2 = w[i] * e * e;
      rss += we2;
      rss2 += w[i] * we2;
    }
    return new Fit(beta, rss, rss2);
  }

  /** (XᵀWX)⁻¹ (no copy). */
  double[][] inverse() {
    return b;
  }

  /** log det XᵀWX of the scaled design. */
  double logDeterminant() {
    return xtwx.logDeterminant();
  }

  /** Σw<sub>i</sub>. */
  double sumW() {
    double s = 0;
    for (double wi : w) {
      s += wi;
    }
    return s;
  }

  /** Σw<sub>i</sub>². */
  double sumW2() {
    double s = 0;
    for (double wi : w) {
      s += wi * wi;
    }
    return s;
  }

  /** tr(PD) for the diagonal {@code d}; tr P when {@code d} is null. */
  double trace(double[] d) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      double pii = w[i] - w[i] * w[i] * g[i];
      s += d == null ? pii : pii * d[i];
    }
    return s;
  }

  /** Σ<sub>ij</sub>P<sub>ij</sub>²a<sub>i</sub>b<sub>j</sub>; a null vector stands for ones. */
  double sumOfSquares(double[] a, double[] bVec) {
    int k = w.length;
    double[] da = new double[k];
    double[] db = new double[k];
    double diagonal = 0;
    double cross = 0;
    for (int i = 0; i < k; i++) {
      double ai = a == null ? 1 : a[i];
      double bi = bVec == null ? 1 : bVec[i];
      double w2 = w[i] * w[i];
      da[i] = w2 * ai;
      db[i] = w2 * bi;
      diagonal += w2 * ai * bi;
      cross += w2 * w[i] * ai * bi * g[i];
    }
    double[][] ma = x.crossProduct(da);
    double[][] mb = a == bVec ? ma : x.crossProduct(db);
    return diagonal - 2 * cross + traceOfProducts(ma, mb);
  }

  /** tr(B M<sub>a</sub> B M<sub>b</sub>) for symmetric matrices. */
  private double traceOfProducts(double[][] ma, double[][] mb) {
    double[][] left = multiply(b, ma);
    double[][] right = multiply(b, mb);
    double s = 0;
    for (int r = 0; r < left.length; r++) {
      for (int c = 0; c < left.length; c++) {
        s += left[r][c] * right[c][r];
      }
    }
    return s;
  }

  static double[][] multiply(double[][] l, double[][] r) {
    int n = l.length;
    int m = r[0].length;
    int inner = r.length;
    double[][] out = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double s = 0;
        for (int q = 0; q < inner; q++) {
          s += l[i][q] * r[q][j];
        }
        out[i][j] = s;
      }
    }
    return out;
  }
}
