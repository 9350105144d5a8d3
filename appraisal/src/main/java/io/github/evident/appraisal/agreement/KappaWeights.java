package io.github.evident.appraisal.agreement;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Agreement weights {@code w_ij} for weighted kappa: how much credit a pair of ratings in
 * categories {@code i} (rater 1) and {@code j} (rater 2) earns, with {@code w_ii = 1} for exact
 * agreement and {@code 0 <= w_ij <= 1}.
 *
 * <p>For {@code k} ordered categories (Cohen 1968; Fleiss and Cohen 1973):
 *
 * <ul>
 *   <li>{@link #UNWEIGHTED}: {@code w_ij = 1} if {@code i = j}, else 0 (Cohen's kappa);
 *   <li>{@link #LINEAR}: {@code w_ij = 1 - |i - j| / (k - 1)} (Cicchetti-Allison);
 *   <li>{@link #QUADRATIC}: {@code w_ij = 1 - (i - j)^2 / (k - 1)^2} (Fleiss-Cohen);
 *   <li>{@link #of(double[][])}: any matrix of agreement weights.
 * </ul>
 *
 * <p>These are the weights of statsmodels {@code cohens_kappa(table, wt="linear")} and
 * {@code wt="quadratic"}, written as agreement weights ({@code 1 - } statsmodels' disagreement
 * weights). With two categories all three built-in schemes coincide.
 */
public final class KappaWeights {

  /** No partial credit: Cohen's (unweighted) kappa. */
  public static final KappaWeights UNWEIGHTED = new KappaWeights(Kind.UNWEIGHTED, null);

  /** Linear weights {@code 1 - |i - j| / (k - 1)}. */
  public static final KappaWeights LINEAR = new KappaWeights(Kind.LINEAR, null);

  /** Quadratic weights {@code 1 - (i - j)^2 / (k - 1)^2}. */
  public static final KappaWeights QUADRATIC = new KappaWeights(Kind.QUADRATIC, null);

  private enum Kind {
    UNWEIGHTED,
    LINEAR,
    QUADRATIC,
    CUSTOM
  }

  private final Kind kind;
  private final double[][] matrix;

  private KappaWeights(Kind kind, double[][] matrix) {
    this.kind = kind;
    this.matrix = matrix;
  }

  /**
   * Custom agreement weights, for example to give half credit to adjacent categories only.
   *
   * @param agreementWeights a square {@code k x k} matrix with {@code w_ii = 1} and every entry
   *     in {@code [0, 1]}; row {@code i} is rater 1's category {@code i}; copied
   * @return the weights, usable with tables of exactly {@code k} categories
   * @throws IllegalArgumentException if the matrix is null, empty, not square, has fewer than 2
   *     rows, or an entry is NaN, outside {@code [0, 1]}, or a diagonal entry is not 1
   */
  public static KappaWeights of(double[][] agreementWeights) {
    Checks.notNull("agreementWeights", agreementWeights);
    int k = agreementWeights.length;
    if (k < 2) {
      throw new IllegalArgumentException(
          "agreementWeights must have at least 2 categories, was " + k);
    }
    double[][] copy = new double[k][];
    for (int i = 0; i < k; i++) {
      double[] row = agreementWeights[i];
      Checks.notNull("agreementWeights row " + i, row);
      if (row.length != k) {
        throw new IllegalArgumentException(
            "agreementWeights must be square: row " + i + " has " + row.length
                + " entries but there are " + k + " rows");
      }
      for (int j = 0; j < k; j++) {
        double w = row[j];
        Checks.probability("agreementWeights[" + i + "][" + j + "]", w);
      }
      if (row[i] != 1.0) {
        throw new IllegalArgumentException(
            "agreementWeights[" + i + "][" + i + "] (exact agreement) must be 1, was " + row[i]);
      }
      copy[i] = row.clone();
    }
    return new KappaWeights(Kind.CUSTOM, copy);
  }

  /**
   * The agreement weight of cell {@code (i, j)} in a table of {@code k} categories.
   *
   * @param i rater 1's category, {@code 0 <= i < k}
   * @param j rater 2's category, {@code 0 <= j < k}
   * @param k the number of categories, at least 2
   * @return {@code w_ij}
   * @throws IllegalArgumentException if these are custom weights for a different {@code k}, or
   *     an index is out of range
   */
  public double weight(int i, int j, int k) {
    checkCategories(k);
    if (i < 0 || i >= k || j < 0 || j >= k) {
      throw new IllegalArgumentException(
          "category indices (" + i + ", " + j + ") must be in [0, " + k + ")");
    }
    return w(i, j, k);
  }

  /** Unchecked weight; callers have run {@link #checkCategories(int)}. */
  double w(int i, int j, int k) {
    switch (kind) {
      case UNWEIGHTED:
        return i == j ? 1.0 : 0.0;
      case LINEAR:
        return 1.0 - (double) Math.abs(i - j) / (k - 1);
      case QUADRATIC:
        double d = (double) (i - j) * (i - j);
        return 1.0 - d / ((double) (k - 1) * (k - 1));
      default:
        return matrix[i][j];
    }
  }

  /** Disagreement weight {@code 1 - w_ij}, computed without cancellation for built-in kinds. */
  double d(int i, int j, int k) {
    switch (kind) {
      case UNWEIGHTED:
        return i == j ? 0.0 : 1.0;
      case LINEAR:
        return (double) Math.abs(i - j) / (k - 1);
      case QUADRATIC:
        return (double) (i - j) * (i - j) / ((double) (k - 1) * (k - 1));
      default:
        return 1.0 - matrix[i][j];
    }
  }

  void checkCategories(int k) {
    if (kind == Kind.CUSTOM && matrix.length != k) {
      throw new IllegalArgumentException(
          "weights are " + matrix.length + " x " + matrix.length + " but the table has " + k
              + " categories");
    }
  }

  boolean isUnweighted() {
    return kind == Kind.UNWEIGHTED;
  }

  /**
   * A short label: {@code unweighted}, {@code linear weights}, {@code quadratic weights}, or
   * {@code custom weights} with the matrix, such as {@code custom weights [[1, 0.5], [0.5, 1]]}.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return switch (kind) {
      case UNWEIGHTED -> "unweighted";
      case LINEAR -> "linear weights";
      case QUADRATIC -> "quadratic weights";
      case CUSTOM -> "custom weights " + Arrays.stream(matrix)
          .map(row -> Arrays.stream(row).mapToObj(w -> Format.significant(w, 6))
              .collect(Collectors.joining(", ", "[", "]")))
          .collect(Collectors.joining(", ", "[", "]"));
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KappaWeights other
        && kind == other.kind
        && Arrays.deepEquals(matrix, other.matrix);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + Arrays.deepHashCode(matrix);
  }
}
