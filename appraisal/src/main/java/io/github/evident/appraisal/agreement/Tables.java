package io.github.evident.appraisal.agreement;

import io.github.evident.core.internal.Checks;

/** Validation and copying of count tables. */
final class Tables {

  private Tables() {}

  /**
   * Copies a square table of counts after checking it: not null or empty, square, at least two
   * categories, no negative count, positive total.
   */
  static int[][] squareCopy(int[][] table, String name) {
    Checks.notNull(name, table);
    int k = table.length;
    if (k == 0) {
      throw new IllegalArgumentException(name + " must not be empty (0 rows)");
    }
    int[][] copy = new int[k][];
    long total = 0;
    for (int i = 0; i < k; i++) {
      int[] row = table[i];
      Checks.notNull(name + " row " + i, row);
      if (row.length != k) {
        throw new IllegalArgumentException(
            name + " must be square (rater 1 in rows, rater 2 in columns): row " + i + " has "
                + row.length + " columns but the table has " + k + " rows");
      }
      for (int j = 0; j < k; j++) {
        Checks.nonNegative(name + "[" + i + "][" + j + "]", row[j]);
        total += row[j];
      }
      copy[i] = row.clone();
    }
    if (k < 2) {
      throw new IllegalArgumentException(
          name + " must have at least 2 categories, was " + k
              + " (agreement is trivial with a single category)");
    }
    if (total == 0) {
      throw new IllegalArgumentException(name + " must contain at least one rated subject, total was 0");
    }
    return copy;
  }

  static long total(int[][] table) {
    long total = 0;
    for (int[] row : table) {
      for (int c : row) {
        total += c;
      }
    }
    return total;
  }

  /** Row proportions {@code p_i.} (rater 1's marginal distribution). */
  static double[] rowProportions(int[][] t, double n) {
    double[] p = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      long s = 0;
      for (int c : t[i]) {
        s += c;
      }
      p[i] = s / n;
    }
    return p;
  }

  /** Column proportions {@code p_.j} (rater 2's marginal distribution). */
  static double[] columnProportions(int[][] t, double n) {
    int k = t.length;
    long[] s = new long[k];
    for (int[] row : t) {
      for (int j = 0; j < k; j++) {
        s[j] += row[j];
      }
    }
    double[] p = new double[k];
    for (int j = 0; j < k; j++) {
      p[j] = s[j] / n;
    }
    return p;
  }
}
