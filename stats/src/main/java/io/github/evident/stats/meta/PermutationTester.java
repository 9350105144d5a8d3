package io.github.evident.stats.meta;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The arithmetic of {@link MetaRegression#permutationTest}, following metafor 3.8-1's
 * {@code permutest.rma.uni}: the rows of the moderators are permuted over the studies (the
 * estimates and variances stay in place), the model is refitted once per permutation without
 * R², and each p value is the share of permutations whose statistic reaches the observed one.
 */
final class PermutationTester {

  /** metafor's default number of iterations, {@code iter = 1000}. */
  static final int DEFAULT_PERMUTATIONS = 1000;
  /** metafor's {@code comptol}: a permuted statistic within √ε below the observed one counts. */
  private static final double TIE_TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private final MetaRegression regression;
  private final double[] y;
  private final double[] v;
  private final Design x;
  private final double[] observedStatistic;
  private final double observedQm;
  private final long[] coefficientHits;
  private long qmHits;
  private int fitted;
  private int failed;
  private final List<String> failures = new ArrayList<>();

  private PermutationTester(MetaRegression regression, double[] y, double[] v, Design x,
      RegressionResult observed) {
    this.regression = regression;
    this.y = y;
    this.v = v;
    this.x = x;
    this.observedStatistic = observed.coefficients().stream()
        .mapToDouble(c -> Math.abs(c.statistic())).toArray();
    this.observedQm = observed.qm();
    this.coefficientHits = new long[observedStatistic.length];
  }

  /** Runs the exact test when there are at most {@code n} distinct permutations, else n draws. */
  static PermutationResult run(MetaRegression regression, double[] y, double[] v, Design x,
      RegressionResult observed, int n, Long seed) {
    PermutationTester t = new PermutationTester(regression, y, v, x, observed);
    int[] labels = rowLabels(x);
    BigInteger distinct = distinctPermutations(labels);
    if (distinct.compareTo(BigInteger.valueOf(n)) <= 0) {
      t.exact(labels);
      return t.result(observed, distinct.intValueExact(), true, null);
    }
    long s = seed != null ? seed : new SplittableRandom().nextLong();
    t.random(n, s);
    return t.result(observed, n, false, s);
  }

  /**
   * A label for each study's row of moderator values, equal labels for equal rows, numbered in
   * order of first appearance.
   */
  static int[] rowLabels(Design x) {
    int k = x.k();
    int[] labels = new int[k];
    int[] representative = new int[k];
    int count = 0;
    for (int i = 0; i < k; i++) {
      labels[i] = -1;
      for (int g = 0; g < count && labels[i] < 0; g++) {
        if (x.sameRow(i, representative[g])) {
          labels[i] = g;
        }
      }
      if (labels[i] < 0) {
        representative[count] = i;
        labels[i] = count++;
      }
    }
    return labels;
  }

  /** The number of distinct arrangements of the labels, k!/Π(n<sub>g</sub>!). */
  static BigInteger distinctPermutations(int[] labels) {
    int[] sizes = new int[labels.length];
    for (int label : labels) {
      sizes[label]++;
    }
    BigInteger out = factorial(labels.length);
    for (int size : sizes) {
      out = out.divide(factorial(size));
    }
    return out;
  }

  private static BigInteger factorial(int n) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= n; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f;
  }

  /** Every distinct arrangement of the rows once, the observed one included. */
  private void exact(int[] labels) {
    int k = labels.length;
    int[] representative = new int[k];
    for (int i = k - 1; i >= 0; i--) {
      representative[labels[i]] = i;
    }
    int[] arrangement = labels.clone();
    Arrays.sort(arrangement);
    int[] rows = new int[k];
    do {
      for (int i = 0; i < k; i++) {
        rows[i] = representative[arrangement[i]];
      }
      tally(rows);
    } while (nextArrangement(arrangement));
  }

  /**
   * Steps {@code a} to the next arrangement in lexicographic order, which visits each distinct
   * arrangement of a multiset once; false after the last.
   */
  static boolean nextArrangement(int[] a) {
    int i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = a.length - 1;
    while (a[j] <= a[i]) {
      j--;
    }
    swap(a, i, j);
    for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
      swap(a, l, r);
    }
    return true;
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /**
   * The observed order and n − 1 uniformly random permutations (Fisher-Yates); a permutation
   * whose fit fails is replaced by another draw, as metafor does, until as many fits have failed
   * as were requested.
   */
  private void random(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int k = y.length;
    int[] rows = new int[k];
    for (int i = 0; i < k; i++) {
      rows[i] = i;
    }
    countObserved();
    while (fitted < n) {
      for (int i = k - 1; i > 0; i--) {
        swap(rows, i, rng.nextInt(i + 1));
      }
      tally(rows);
      if (failed >= n) {
        throw new NonConvergenceException(regression.settings().estimator(), 0, "permutation "
            + "test: the fits of " + failed + " random permutations failed before " + n
            + " succeeded; the first failure: " + failures.get(0));
      }
    }
  }

  /** The observed statistics count as one permutation of the approximate test. */
  private void countObserved() {
    fitted++;
    qmHits++;
    for (int j = 0; j < coefficientHits.length; j++) {
      coefficientHits[j]++;
    }
  }

  /** Fits the model with study i given row {@code rows[i]} and counts its statistics. */
  private void tally(int[] rows) {
    RegressionResult r;
    try {
      r = RegressionFitter.fitWithoutR2(regression, y, v, x.permuted(rows));
    } catch (ArithmeticException e) {
      failed++;
      if (failures.isEmpty()) {
        failures.add(e.getMessage());
      }
      return;
    }
    fitted++;
    if (r.qm() >= observedQm - TIE_TOLERANCE) {
      qmHits++;
    }
    List<Coefficient> cs = r.coefficients();
    for (int j = 0; j < coefficientHits.length; j++) {
      if (Math.abs(cs.get(j).statistic()) >= observedStatistic[j] - TIE_TOLERANCE) {
        coefficientHits[j]++;
      }
    }
  }

  private PermutationResult result(RegressionResult observed, int permutations, boolean exact,
      Long seed) {
    double[] p = new double[coefficientHits.length];
    for (int j = 0; j < p.length; j++) {
      p[j] = Math.min(1, (double) coefficientHits[j] / fitted);
    }
    return new PermutationResult(observed, p, (double) qmHits / fitted, permutations, exact,
        failed, seed, failures.isEmpty() ? null : failures.get(0));
  }
}
