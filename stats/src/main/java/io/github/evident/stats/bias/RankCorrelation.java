package io.github.evident.stats.bias;

import io.github.evident.core.internal.Distributions;
import io.github.evident.stats.internal.StudyData;
import java.util.Arrays;

/**
 * Begg and Mazumdar's rank correlation test, as metafor 3.8-1's {@code ranktest}.
 *
 * <p>With w<sub>i</sub> = 1/v<sub>i</sub>, the common-effect estimate θ̂ = Σw<sub>i</sub>y<sub>i</sub>/Σw<sub>i</sub>
 * and v*<sub>i</sub> = v<sub>i</sub> − 1/Σw<sub>i</sub>, the standardised deviates are
 * y*<sub>i</sub> = (y<sub>i</sub> − θ̂)/√v*<sub>i</sub>. The test is Kendall's τ between
 * y*<sub>i</sub> and v<sub>i</sub>, with R's {@code cor.test(method = "kendall", exact = TRUE)}:
 * without ties the p value comes from the exact distribution of the number of concordant pairs
 * (at any k up to {@value #EXACT_LIMIT}); with a tie in either variable (or more studies), from
 * the normal approximation to S = (concordant − discordant pairs) with the tie-corrected
 * variance and no continuity correction, and τ is Kendall's τ-b.
 */
final class RankCorrelation {

  /**
   * Above this many studies the exact p value (about k³/4 operations, 0.1 s at k = 500) gives
   * way to the normal approximation, which then differs from it by less than 10⁻³ (R's exact
   * computation already fails from k = 171 on, returning NaN).
   */
  static final int EXACT_LIMIT = 500;

  private RankCorrelation() {}

  static RankCorrelationResult test(double[] yi, double[] vi) {
    double[][] s = StudyData.copy(yi, vi, "number of studies k", 2,
        "Kendall's tau needs two studies");
    double[] y = s[0];
    double[] v = s[1];
    double[] deviates = standardisedDeviates(y, v);
    Pairs p = Pairs.of(deviates, v);
    if (p.untiedX() == 0 || p.untiedY() == 0) {
      throw new IllegalArgumentException("Kendall's tau is undefined: "
          + (p.untiedY() == 0 ? "all " + v.length + " variances vi are equal, was " + v[0]
              : "all standardised deviates are equal (identical estimates yi)")
          + "; metafor returns NA");
    }
    double tau = Math.max(-1, Math.min(1,
        p.score() / Math.sqrt((double) p.untiedX() * p.untiedY())));
    int k = y.length;
    long pairs = (long) k * (k - 1) / 2;
    boolean ties = p.untiedX() < pairs || p.untiedY() < pairs;
    if (!ties && k <= EXACT_LIMIT) {
      long concordant = (p.score() + pairs) / 2;
      return new RankCorrelationResult(k, tau, concordant, exactP(concordant, k), true,
          RegressionTests.notes(k));
    }
    double z = p.score() / Math.sqrt(tieCorrectedVariance(deviates, v));
    return new RankCorrelationResult(k, tau, z, Distributions.normalTwoSided(z), false,
        RegressionTests.notes(k));
  }

  /** (y<sub>i</sub> − θ̂)/√(v<sub>i</sub> − 1/Σw), θ̂ the common-effect estimate. */
  private static double[] standardisedDeviates(double[] y, double[] v) {
    double sw = 0;
    double swy = 0;
    for (int i = 0; i < y.length; i++) {
      sw += 1 / v[i];
      swy += y[i] / v[i];
    }
    double theta = swy / sw;
    double[] d = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      d[i] = (y[i] - theta) / Math.sqrt(v[i] - 1 / sw);
    }
    return d;
  }

  /** Two-sided exact p value of T concordant pairs: twice the smaller tail, at most 1. */
  private static double exactP(long concordant, int k) {
    boolean upper = 4 * concordant > (long) k * (k - 1);
    double tail = upper ? Distributions.kendallUpper(concordant, k)
        : Distributions.kendallLower(concordant, k);
    return Math.min(2 * tail, 1.0);
  }

  /**
   * Var(S) under independence with ties: (v₀ − v<sub>t</sub> − v<sub>u</sub>)/18
   * + v₁/(2n(n − 1)) + v₂/(9n(n − 1)(n − 2)), over the sizes t of the tied groups in each
   * variable (Kendall 1970, as R's {@code cor.test}).
   */
  private static double tieCorrectedVariance(double[] x, double[] y) {
    double n = x.length;
    long[] tx = tieSizes(x);
    long[] ty = tieSizes(y);
    double v0 = n * (n - 1) * (2 * n + 5);
    double v1 = sum(tx, 1) * sum(ty, 1);
    double v2 = sum(tx, 2) * sum(ty, 2);
    return (v0 - sum(tx, 0) - sum(ty, 0)) / 18 + v1 / (2 * n * (n - 1))
        + v2 / (9 * n * (n - 1) * (n - 2));
  }

  /** Σ t(t − 1)(2t + 5) for {@code kind} 0, Σ t(t − 1) for 1, Σ t(t − 1)(t − 2) for 2. */
  private static double sum(long[] sizes, int kind) {
    double s = 0;
    for (long t : sizes) {
      double f = kind == 0 ? 2 * t + 5 : kind == 1 ? 1 : t - 2;
      s += (double) t * (t - 1) * f;
    }
    return s;
  }

  /** The sizes of the groups of equal values (of size 1 for an untied value). */
  private static long[] tieSizes(double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    long[] sizes = new long[sorted.length];
    int groups = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        groups++;
      }
      sizes[groups - 1]++;
    }
    return Arrays.copyOf(sizes, groups);
  }

  /** Pair counts: Σ sign(Δx)sign(Δy) and the pairs not tied in x, in y. */
  private record Pairs(long score, long untiedX, long untiedY) {
    static Pairs of(double[] x, double[] y) {
      long score = 0;
      long nx = 0;
      long ny = 0;
      for (int i = 1; i < x.length; i++) {
        for (int j = 0; j < i; j++) {
          int sx = sign(x[i] - x[j]);
          int sy = sign(y[i] - y[j]);
          score += sx * sy;
          nx += sx != 0 ? 1 : 0;
          ny += sy != 0 ? 1 : 0;
        }
      }
      return new Pairs(score, nx, ny);
    }

    private static int sign(double d) {
      return d > 0 ? 1 : d < 0 ? -1 : 0;
    }
  }
}
