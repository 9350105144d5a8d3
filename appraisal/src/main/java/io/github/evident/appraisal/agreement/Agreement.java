package io.github.evident.appraisal.agreement;

import io.github.evident.core.internal.Checks;

/**
 * Agreement statistics for reviewers who rate the same subjects (studies, outcomes, domains).
 *
 * <p>Two-rater methods take a square table of counts {@code table[i][j]}: the number of subjects
 * rater 1 put in category {@code i} and rater 2 in category {@code j} (build one from labels with
 * {@link ContingencyTable#of(java.util.List, java.util.List, java.util.List)}). Fleiss' kappa takes
 * a subjects x categories table of counts. Arrays are copied, never kept or changed.
 *
 * <pre>{@code
 * int[][] t = {{11, 3, 1}, {2, 14, 4}, {0, 3, 22}};
 * Agreement.percentAgreement(t);                      // 78.33
 * Agreement.cohensKappa(t).ci();                      // [0.5049, 0.8255]
 * Agreement.weightedKappa(t, KappaWeights.QUADRATIC); // kappa 0.7876
 * Agreement.gwetAc1(t).ac1();
 * }</pre>
 *
 * <p>References: Cohen J (1960) Educ Psychol Meas 20:37-46; Cohen J (1968) Psychol Bull
 * 70:213-220; Fleiss JL, Cohen J, Everitt BS (1969) Psychol Bull 72:323-327; Fleiss JL (1971)
 * Psychol Bull 76:378-382; Fleiss JL, Nee JCM, Landis JR (1979) Psychol Bull 86:974-977; Gwet KL
 * (2008) Br J Math Stat Psychol 61:29-48.
 */
public final class Agreement {

  private static final String TABLE = "table";

  private Agreement() {}

  /**
   * Percent agreement {@code 100 sum_i table[i][i] / n}.
   *
   * @param table square table of counts, rater 1 in rows, rater 2 in columns
   * @return the percentage of subjects both raters put in the same category, in {@code [0, 100]}
   * @throws IllegalArgumentException if the table is null, empty, not square, has a single
   *     category, a negative count, or no subject
   */
  public static double percentAgreement(int[][] table) {
    int[][] t = Tables.squareCopy(table, TABLE);
    long agree = 0;
    for (int i = 0; i < t.length; i++) {
      agree += t[i][i];
    }
    return 100.0 * agree / Tables.total(t);
  }

  /**
   * Percent agreement of a contingency table built from labels.
   *
   * @param table the table
   * @return the percentage, in {@code [0, 100]}
   * @throws IllegalArgumentException if the table is null
   * @see #percentAgreement(int[][])
   */
  public static double percentAgreement(ContingencyTable<?> table) {
    return percentAgreement(counts(table));
  }

  /**
   * Cohen's (unweighted) kappa with the Fleiss-Cohen-Everitt (1969) standard errors.
   *
   * @param table square table of counts, rater 1 in rows, rater 2 in columns
   * @return the result
   * @throws IllegalArgumentException if the table is null, empty, not square, has a single
   *     category, a negative count or no subject, or if kappa is undefined because the chance
   *     agreement {@code p_e} is 1 (both raters used only the same single category)
   * @see KappaResult
   */
  public static KappaResult cohensKappa(int[][] table) {
    return weightedKappa(table, KappaWeights.UNWEIGHTED);
  }

  /**
   * Cohen's (unweighted) kappa of a contingency table built from labels.
   *
   * @param table the table
   * @return the result
   * @throws IllegalArgumentException as {@link #cohensKappa(int[][])}
   */
  public static KappaResult cohensKappa(ContingencyTable<?> table) {
    return cohensKappa(counts(table));
  }

  /**
   * Weighted kappa (Cohen 1968) with the Fleiss-Cohen-Everitt (1969) standard errors.
   *
   * @param table square table of counts, rater 1 in rows, rater 2 in columns, categories in
   *     their natural order (weights depend on it)
   * @param weights the agreement weights, e.g. {@link KappaWeights#LINEAR}
   * @return the result
   * @throws IllegalArgumentException if the table is invalid (see {@link #cohensKappa(int[][])}),
   *     {@code weights} is null or has a different number of categories, or the weighted chance
   *     agreement {@code p_e} is 1 so that kappa is undefined
   * @see KappaResult
   */
  public static KappaResult weightedKappa(int[][] table, KappaWeights weights) {
    int[][] t = Tables.squareCopy(table, TABLE);
    Checks.notNull("weights", weights);
    int k = t.length;
    weights.checkCategories(k);
    long total = Tables.total(t);
    double n = total;
    double[] pr = Tables.rowProportions(t, n);
    double[] pc = Tables.columnProportions(t, n);
    Disagreement d = Disagreement.of(t, n, pr, pc, weights);
    if (!(d.expected() > 0.0)) {
      throw new IllegalArgumentException(
          "kappa is undefined for this " + TABLE + ": the chance agreement p_e is 1 (with "
              + weights + " weights every pair of marginal categories counts as full agreement,"
              + " e.g. both raters used only one and the same category); report percent"
              + " agreement instead");
    }
    double kappa = 1.0 - d.observed() / d.expected();
    double po = 1.0 - d.observed();
    double pe = 1.0 - d.expected();
    double oneMinusKappa = 1.0 - kappa;
    double[] ab = d.varianceSums(t, n, pr, pc, weights, oneMinusKappa);
    double denominator = n * d.expected() * d.expected();
    double c = kappa - pe * oneMinusKappa;
    double var = (ab[0] - c * c) / denominator;
    double var0 = (ab[1] - pe * pe) / denominator;
    return new KappaResult(
        weights, kappa, Math.sqrt(Math.max(var, 0.0)), Math.sqrt(Math.max(var0, 0.0)), po, pe,
        total);
  }

  /**
   * The observed and chance-expected weighted disagreement (1 − p_o and 1 − p_e, summed
   * directly to avoid cancellation) and the mean weights w̄<sub>i.</sub> = Σ<sub>j</sub>
   * p<sub>.j</sub> w<sub>ij</sub>, w̄<sub>.j</sub> = Σ<sub>i</sub> p<sub>i.</sub>
   * w<sub>ij</sub>.
   */
  private record Disagreement(double observed, double expected, double[] wRow, double[] wCol) {

    static Disagreement of(int[][] t, double n, double[] pr, double[] pc, KappaWeights weights) {
      int k = t.length;
      double dObserved = 0.0;
      double dExpected = 0.0;
      double[] wRow = new double[k];
      double[] wCol = new double[k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          double d = weights.d(i, j, k);
          double w = weights.w(i, j, k);
          dObserved += d * t[i][j];
          dExpected += d * pr[i] * pc[j];
          wRow[i] += pc[j] * w;
          wCol[j] += pr[i] * w;
        }
      }
      dObserved /= n;
      return new Disagreement(dObserved, dExpected, wRow, wCol);
    }

    /**
     * The sums of the Fleiss-Cohen-Everitt variances: {a, b} with
     * a = Σ p<sub>ij</sub> (w<sub>ij</sub> − (w̄<sub>i.</sub> + w̄<sub>.j</sub>)(1 − κ))²
     * and b = Σ p<sub>i.</sub> p<sub>.j</sub> (w<sub>ij</sub> − (w̄<sub>i.</sub> +
     * w̄<sub>.j</sub>))².
     */
    double[] varianceSums(int[][] t, double n, double[] pr, double[] pc, KappaWeights weights,
        double oneMinusKappa) {
      int k = t.length;
      double a = 0.0;
      double b = 0.0;
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          double w = weights.w(i, j, k);
          double s = wRow[i] + wCol[j];
          if (t[i][j] != 0) {
            double r = w - s * oneMinusKappa;
            a += t[i][j] / n * r * r;
          }
          double r0 = w - s;
          b += pr[i] * pc[j] * r0 * r0;
        }
      }
      return new double[] {a, b};
    }
  }

  /**
   * Weighted kappa of a contingency table built from labels, with the categories in the
   * table's order.
   *
   * @param table the table
   * @param weights the agreement weights
   * @return the result
   * @throws IllegalArgumentException as {@link #weightedKappa(int[][], KappaWeights)}
   */
  public static KappaResult weightedKappa(ContingencyTable<?> table, KappaWeights weights) {
    return weightedKappa(counts(table), weights);
  }

  /**
   * Gwet's AC1 for two raters (Gwet 2008) with its variance.
   *
   * @param table square table of counts, rater 1 in rows, rater 2 in columns
   * @return the result
   * @throws IllegalArgumentException if the table is null, empty, not square, has a single
   *     category, a negative count or no subject
   * @see GwetAc1Result
   */
  public static GwetAc1Result gwetAc1(int[][] table) {
    int[][] t = Tables.squareCopy(table, TABLE);
    int q = t.length;
    long total = Tables.total(t);
    double n = total;
    double[] pr = Tables.rowProportions(t, n);
    double[] pc = Tables.columnProportions(t, n);
    double[] pi = new double[q];
    double pa = 0.0;
    double pe = 0.0;
    for (int k = 0; k < q; k++) {
      pi[k] = (pr[k] + pc[k]) / 2.0;
      pa += t[k][k];
      pe += pi[k] * (1.0 - pi[k]);
    }
    pa /= n;
    pe /= q - 1;
    // pe <= 1/q <= 1/2, so 1 - pe >= 1/2: AC1 is always defined
    double ac1 = (pa - pe) / (1.0 - pe);
    double f = 2.0 * (1.0 - ac1) / (q - 1);
    double sum = 0.0;
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        if (t[k][l] != 0) {
          double r = (k == l ? 1.0 : 0.0) - f * (1.0 - (pi[k] + pi[l]) / 2.0);
          sum += t[k][l] / n * r * r;
        }
      }
    }
    double c = pa - 2.0 * (1.0 - ac1) * pe;
    double var = (sum - c * c) / (n * (1.0 - pe) * (1.0 - pe));
    return new GwetAc1Result(ac1, Math.sqrt(Math.max(var, 0.0)), pa, pe, total);
  }

  /**
   * Gwet's AC1 of a contingency table built from labels.
   *
   * @param table the table
   * @return the result
   * @throws IllegalArgumentException as {@link #gwetAc1(int[][])}
   */
  public static GwetAc1Result gwetAc1(ContingencyTable<?> table) {
    return gwetAc1(counts(table));
  }

  /**
   * Fleiss' kappa for {@code m >= 2} raters per subject (Fleiss 1971) with the Fleiss-Nee-Landis
   * (1979) standard error under {@code H0: kappa = 0}.
   *
   * @param counts subjects x categories: {@code counts[i][j]} is the number of raters who put
   *     subject {@code i} in category {@code j}; every row must sum to the same {@code m >= 2}
   * @return the result
   * @throws IllegalArgumentException if {@code counts} is null or empty, ragged, has fewer than 2
   *     categories, a negative count, rows with different or fewer than 2 ratings, or if kappa is
   *     undefined because every rating is in one category
   * @see FleissKappaResult
   */
  public static FleissKappaResult fleissKappa(int[][] counts) {
    FleissTally tally = FleissTally.of(counts);
    int subjects = counts.length;
    int k = tally.columnTotals.length;
    long m = tally.m;
    double nm = (double) subjects * m;
    double[] p = new double[k];
    double pe = 0.0;
    double pq = 0.0;
    double pqqp = 0.0;
    for (int j = 0; j < k; j++) {
      p[j] = tally.columnTotals[j] / nm;
      double qj = (nm - tally.columnTotals[j]) / nm;
      pe += p[j] * p[j];
      pq += p[j] * qj;
      pqqp += p[j] * qj * (qj - p[j]);
    }
    if (!(pq > 0.0)) {
      throw new IllegalArgumentException(
          "Fleiss' kappa is undefined for these counts: every rating is in one category, so the"
              + " chance agreement is 1");
    }
    double pbar = tally.sumPi / subjects;
    double kappa = (pbar - pe) / pq; // 1 - sum p_j^2 = sum p_j q_j
    double se0 =
        Math.sqrt(2.0 / (nm * (m - 1))) * Math.sqrt(Math.max(pq * pq - pqqp, 0.0)) / pq;
    return new FleissKappaResult(kappa, se0, pbar, pe, subjects, (int) m, p);
  }

  /**
   * The checked rows of a Fleiss table: column totals, the raters per subject m and the sum over
   * subjects of the pairwise agreement P<sub>i</sub> = (Σ<sub>j</sub> n<sub>ij</sub>² − m) /
   * (m(m − 1)).
   */
  private static final class FleissTally {
    final long[] columnTotals;
    long m = -1;
    double sumPi = 0.0;

    private FleissTally(int k) {
      columnTotals = new long[k];
    }

    static FleissTally of(int[][] counts) {
      Checks.notNull("counts", counts);
      if (counts.length == 0) {
        throw new IllegalArgumentException("counts must not be empty (0 subjects)");
      }
      Checks.notNull("counts row 0", counts[0]);
      int k = counts[0].length;
      if (k < 2) {
        throw new IllegalArgumentException("counts must have at least 2 categories, was " + k);
      }
      FleissTally tally = new FleissTally(k);
      for (int i = 0; i < counts.length; i++) {
        tally.add(i, counts[i]);
      }
      return tally;
    }

    private void add(int i, int[] row) {
      int k = columnTotals.length;
      Checks.notNull("counts row " + i, row);
      if (row.length != k) {
        throw new IllegalArgumentException(
            "counts row " + i + " has " + row.length + " categories but row 0 has " + k);
      }
      long rowTotal = 0;
      long squares = 0;
      for (int j = 0; j < k; j++) {
        int c = row[j];
        Checks.nonNegative("counts[" + i + "][" + j + "]", c);
        rowTotal += c;
        squares += (long) c * c;
        columnTotals[j] += c;
      }
      if (m < 0) {
        m = rowTotal;
        if (m < 2) {
          throw new IllegalArgumentException(
              "counts row 0 has " + m + " ratings; Fleiss' kappa needs at least 2 per subject");
        }
      } else if (rowTotal != m) {
        throw new IllegalArgumentException(
            "counts row " + i + " has " + rowTotal + " ratings but row 0 has " + m
                + "; Fleiss' kappa needs the same number of raters for every subject");
      }
      sumPi += (double) (squares - m) / ((double) m * (m - 1));
    }
  }

  private static int[][] counts(ContingencyTable<?> table) {
    Checks.notNull("table", table);
    return table.countsView();
  }
}
