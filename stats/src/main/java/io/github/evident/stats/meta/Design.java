package io.github.evident.stats.meta;

import io.github.evident.core.internal.Format;
import java.util.Arrays;
import java.util.List;

/**
 * The model matrix X = [1, x₁, …, x<sub>m</sub>] of a meta-regression, stored k×p with every
 * moderator centred at its mean and divided by its standard deviation. The fitted model is the
 * same (the columns span the same space), XᵀWX is far better conditioned (a year near 1970 next
 * to the intercept no longer costs half the digits), and {@link Scaling} maps coefficients and
 * their covariance back to the moderators as given.
 */
final class Design {

  /** A moderator whose pivot falls to this fraction of its variance is rejected as redundant. */
  private static final double RANK_TOLERANCE = 1e-10;

  private final double[] x;
  private final int k;
  private final int p;
  private final Scaling scaling;

  private Design(double[] x, int k, int p, Scaling scaling) {
    this.x = x;
    this.k = k;
    this.p = p;
    this.scaling = scaling;
  }

  /**
   * The centres and scales of the moderators: β<sub>j</sub> = β̃<sub>j</sub>/s<sub>j</sub> for a
   * moderator, β₀ = β̃₀ − Σc<sub>j</sub>β̃<sub>j</sub>/s<sub>j</sub> for the intercept.
   */
  record Scaling(List<String> names, double[] centres, double[] scales) {

    /** The row of the scaled design for moderator values {@code values} (length m). */
    double[] row(double[] values) {
      double[] r = new double[values.length + 1];
      r[0] = 1;
      for (int j = 0; j < values.length; j++) {
        r[j + 1] = (values[j] - centres[j]) / scales[j];
      }
      return r;
    }

    /** The transformation T with β = Tβ̃. */
    double[][] toOriginal() {
      int p = centres.length + 1;
      double[][] t = new double[p][p];
      t[0][0] = 1;
      for (int j = 1; j < p; j++) {
        t[0][j] = -centres[j - 1] / scales[j - 1];
        t[j][j] = 1 / scales[j - 1];
      }
      return t;
    }
  }

  /**
   * The scaled design of {@code mods} for k studies.
   *
   * @throws IllegalArgumentException if a moderator is constant or (almost) a linear
   *     combination of the intercept and the moderators before it
   */
  static Design of(Moderators mods, int k) {
    int m = mods.size();
    int p = m + 1;
    double[] centres = new double[m];
    double[] scales = new double[m];
    double[] x = new double[k * p];
    for (int j = 0; j < m; j++) {
      centreAndScale(mods, j, k, centres, scales);
    }
    for (int i = 0; i < k; i++) {
      x[i * p] = 1;
      for (int j = 0; j < m; j++) {
        x[i * p + j + 1] = (mods.value(j, i) - centres[j]) / scales[j];
      }
    }
    Design d = new Design(x, k, p, new Scaling(mods.names(), centres, scales));
    d.checkRank();
    return d;
  }

  private static void centreAndScale(Moderators mods, int j, int k, double[] centres,
      double[] scales) {
    double sum = 0;
    double largest = 0;
    for (int i = 0; i < k; i++) {
      sum += mods.value(j, i);
      largest = Math.max(largest, Math.abs(mods.value(j, i)));
    }
    double mean = sum / k;
    double ss = 0;
    for (int i = 0; i < k; i++) {
      double d = mods.value(j, i) - mean;
      ss += d * d;
    }
    double sd = Math.sqrt(ss / k);
    String name = mods.names().get(j);
    if (!(sd > 1e-12 * largest)) {
      throw new IllegalArgumentException("moderator '" + name + "' is constant (every study "
          + "has " + Format.significant(mods.value(j, 0), 6) + "), so it cannot be told apart "
          + "from the intercept; remove it");
    }
    centres[j] = mean;
    scales[j] = sd;
  }

  /** Rejects a moderator that the intercept and the moderators before it explain. */
  private void checkRank() {
    double[] ones = new double[k];
    Arrays.fill(ones, 1);
    int[] failed = {-1};
    if (Cholesky.factor(crossProduct(ones), RANK_TOLERANCE, failed) == null) {
      int j = failed[0];
      String name = scaling.names().get(j - 1);
      List<String> before = scaling.names().subList(0, j - 1);
      throw new IllegalArgumentException("moderator '" + name + "' is (almost) a linear "
          + "combination of the intercept" + (before.isEmpty() ? "" : " and " + before)
          + ", so the model matrix is not of full rank; remove it");
    }
  }

  /**
   * The design whose row i is row {@code rows[i]} of this one, with the same scaling (centres
   * and standard deviations do not change under a reordering, nor does the rank).
   */
  Design permuted(int[] rows) {
    double[] out = new double[k * p];
    for (int i = 0; i < k; i++) {
      System.arraycopy(x, rows[i] * p, out, i * p, p);
    }
    return new Design(out, k, p, scaling);
  }

  /** Whether rows {@code a} and {@code b} hold the same moderator values. */
  boolean sameRow(int a, int b) {
    for (int j = 0; j < p; j++) {
      if (x[a * p + j] != x[b * p + j]) {
        return false;
      }
    }
    return true;
  }

  int k() {
    return k;
  }

  int p() {
    return p;
  }

  Scaling scaling() {
    return scaling;
  }

  /** Element (i, j) of the scaled design. */
  double at(int i, int j) {
    return x[i * p + j];
  }

  /** XᵀDX for the diagonal {@code d} (p×p, both triangles filled). */
  double[][] crossProduct(double[] d) {
    double[][] a = new double[p][p];
    for (int i = 0; i < k; i++) {
      int base = i * p;
      double di = d[i];
      for (int r = 0; r < p; r++) {
        double xr = di * x[base + r];
        for (int c = 0; c <= r; c++) {
          a[r][c] += xr * x[base + c];
        }
      }
    }
    for (int r = 0; r < p; r++) {
      for (int c = r + 1; c < p; c++) {
        a[r][c] = a[c][r];
      }
    }
    return a;
  }

  /** Xᵀ(d∘y). */
  double[] crossProduct(double[] d, double[] y) {
    double[] b = new double[p];
    for (int i = 0; i < k; i++) {
      double dy = d[i] * y[i];
      for (int r = 0; r < p; r++) {
        b[r] += dy * x[i * p + r];
      }
    }
    return b;
  }

  /** x<sub>i</sub>ᵀβ. */
  double fitted(int i, double[] beta) {
    double s = 0;
    for (int r = 0; r < p; r++) {
      s += x[i * p + r] * beta[r];
    }
    return s;
  }

  /** x<sub>i</sub>ᵀBx<sub>i</sub> for a symmetric p×p matrix B. */
  double quadratic(int i, double[][] b) {
    int base = i * p;
    double s = 0;
    for (int r = 0; r < p; r++) {
      double xr = x[base + r];
      double t = 0;
      for (int c = 0; c < r; c++) {
        t += b[r][c] * x[base + c];
      }
      s += xr * (2 * t + b[r][r] * xr);
    }
    return s;
  }
}
