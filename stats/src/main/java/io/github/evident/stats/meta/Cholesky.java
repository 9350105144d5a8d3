package io.github.evident.stats.meta;

/**
 * The Cholesky factor L (A = LLᵀ) of a small symmetric positive definite matrix, such as the
 * p×p matrix XᵀWX of a meta-regression, with solving, inversion and the log determinant.
 * Meant for a handful of rows: every operation is O(p³) or less.
 */
final class Cholesky {

  private final double[][] lower;
  private final int n;

  private Cholesky(double[][] lower) {
    this.lower = lower;
    this.n = lower.length;
  }

  /**
   * Factors {@code a} (only its lower triangle is read), or reports the first column whose
   * pivot is not above {@code tolerance} times its diagonal entry: that column is (almost) a
   * linear combination of the columns before it.
   *
   * @return the factor, or {@code null} with {@code failedColumn[0]} set to the column
   */
  static Cholesky factor(double[][] a, double tolerance, int[] failedColumn) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double d = a[j][j];
      for (int m = 0; m < j; m++) {
        d -= l[j][m] * l[j][m];
      }
      if (!(d > tolerance * a[j][j])) {
        failedColumn[0] = j;
        return null;
      }
      double ljj = Math.sqrt(d);
      l[j][j] = ljj;
      for (int i = j + 1; i < n; i++) {
        double s = a[i][j];
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        l[i][j] = s / ljj;
      }
    }
    return new Cholesky(l);
  }

  /** Solves A x = b. */
  double[] solve(double[] b) {
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int m = 0; m < i; m++) {
        s -= lower[i][m] * z[m];
      }
      z[i] = s / lower[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = z[i];
      for (int m = i + 1; m < n; m++) {
        s -= lower[m][i] * x[m];
      }
      x[i] = s / lower[i][i];
    }
    return x;
  }

  /** A⁻¹, column by column. */
  double[][] inverse() {
    double[][] inv = new double[n][n];
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = 1;
      double[] col = solve(e);
      for (int i = 0; i < n; i++) {
        inv[i][j] = col[i];
      }
    }
    return inv;
  }

  /** log det A = 2 Σ log L<sub>ii</sub>. */
  double logDeterminant() {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.log(lower[i][i]);
    }
    return 2 * s;
  }

  /** The quadratic form bᵀA⁻¹b. */
  double inverseQuadratic(double[] b) {
    double[] x = solve(b);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += b[i] * x[i];
    }
    return s;
  }
}
