package io.github.evident.stats.bias;

import io.github.evident.core.internal.Checks;
import io.github.evident.stats.internal.StudyData;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.NonConvergenceException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Duval and Tweedie's (2000) trim-and-fill method, as metafor 3.8-1's {@code trimfill}. A
 * configured, immutable object: {@code TrimAndFill.withDefaults().withEstimator(Estimator.R0)}.
 *
 * <pre>{@code
 * TrimAndFillResult tf = TrimAndFill.withDefaults().fit(MetaAnalysis.randomEffects(), yi, vi);
 * tf.k0(); tf.side(); tf.filledEstimates(); tf.result().estimate();
 * TrimAndFill.withDefaults().withEstimator(TrimAndFill.Estimator.R0)
 *     .withSide(TrimAndFill.Side.LEFT).fit(MetaAnalysis.randomEffects(Tau2Estimator.DL), yi, vi);
 * }</pre>
 *
 * <p>The studies are sorted so that the side where studies are thought to be missing comes
 * first (for the right side the estimates are negated). Starting from k₀ = 0, the k₀ most
 * extreme studies on the other side are trimmed, the pooled estimate μ̂ of the remaining k − k₀
 * is found with the analysis's τ² estimator, the deviations y<sub>i</sub> − μ̂ of all k
 * studies are ranked by absolute value, and k₀ is estimated again:
 * <ul>
 *   <li>L0: k₀ = (4S<sub>r</sub> − k(k + 1))/(2k − 1), S<sub>r</sub> the sum of the ranks of the
 *       positive deviations, with standard error 4√Var(S<sub>r</sub>)/(2k − 1);</li>
 *   <li>R0: k₀ = γ* − 1, γ* the number of positive deviations beyond the largest negative one
 *       (the rightmost run), with standard error √(2 max(0, k₀) + 2) and
 *       P(γ* ≥ observed) = 2<sup>−(k₀ + 1)</sup>;</li>
 * </ul>
 * each rounded (half to even) and at least 0, until k₀ no longer changes. The k₀ trimmed
 * studies are then mirrored about the last μ̂: filled estimates 2μ̂ − y<sub>i</sub> with the
 * same variances, and the analysis is fitted again to the k + k₀ studies.
 *
 * <p>Absolute deviations equal to within 10⁻¹⁰ of the largest |y<sub>i</sub>| share their mean
 * rank. metafor ranks them in the order of the sorted estimates instead, so that for a study
 * and its mirror image about μ̂ the rounding error of μ̂ decides which gets the higher rank;
 * with L0 that alone fills a study into a perfectly symmetric funnel about half the time. The
 * results differ only when such ties occur.
 *
 * <p>Unless given with {@link #withSide(Side)}, the side is estimated as metafor does: the
 * meta-regression of y<sub>i</sub> on √v<sub>i</sub> with the analysis's τ² estimator; a
 * negative slope puts the missing studies on the right, otherwise on the left.
 *
 * <p>The fits within the iteration use the analysis's τ² estimator and its iteration settings
 * with the z test; the final fit is the analysis itself (its test and level). metafor refits
 * with {@code rma}'s defaults apart from the estimator, so its final fit differs from this one
 * only for an analysis with the Knapp-Hartung test, another level or other iteration settings.
 *
 * <p>Trim and fill assumes that the asymmetry is due to publication bias; with heterogeneity
 * it can add studies that were never missing (Cochrane Handbook 13.3.5.6). Read its result as
 * a sensitivity analysis, not as a corrected estimate.
 */
public final class TrimAndFill {

  /** The side of the funnel plot where studies are taken to be missing. */
  public enum Side {
    /** Missing studies with small estimates (metafor's {@code "left"}). */
    LEFT,
    /** Missing studies with large estimates (metafor's {@code "right"}). */
    RIGHT;

    /**
     * The label in text: {@code left} or {@code right}.
     *
     * @return the label
     */
    public String label() {
      return this == LEFT ? "left" : "right";
    }
  }

  /** The estimator of the number of missing studies k₀. */
  public enum Estimator {
    /** Duval and Tweedie's L0, from the sum of positive ranks (metafor's default). */
    L0,
    /** Duval and Tweedie's R0, from the rightmost run of positive ranks. */
    R0
  }

  /** metafor's default maximum number of iterations. */
  private static final int DEFAULT_MAX_ITERATIONS = 100;

  /** Absolute deviations this close, relative to the largest |estimate|, are ties. */
  private static final double TIE = 1e-10;

  private final Estimator estimator;
  private final Optional<Side> side;
  private final int maxIterations;

  private TrimAndFill(Estimator estimator, Optional<Side> side, int maxIterations) {
    this.estimator = estimator;
    this.side = side;
    this.maxIterations = maxIterations;
  }

  /**
   * Trim and fill with metafor's defaults: estimator L0, side estimated, at most 100 iterations.
   *
   * @return the configured method
   */
  public static TrimAndFill withDefaults() {
    return new TrimAndFill(Estimator.L0, Optional.empty(), DEFAULT_MAX_ITERATIONS);
  }

  /**
   * The same method with another estimator of k₀ (metafor's {@code estimator}).
   *
   * @param estimator L0 or R0
   * @return a new configured method
   * @throws IllegalArgumentException if {@code estimator} is null
   */
  public TrimAndFill withEstimator(Estimator estimator) {
    Checks.notNull("estimator", estimator);
    return new TrimAndFill(estimator, side, maxIterations);
  }

  /**
   * The same method with the side of the missing studies given (metafor's {@code side})
   * instead of estimated.
   *
   * @param side where studies are missing
   * @return a new configured method
   * @throws IllegalArgumentException if {@code side} is null
   */
  public TrimAndFill withSide(Side side) {
    Checks.notNull("side", side);
    return new TrimAndFill(estimator, Optional.of(side), maxIterations);
  }

  /**
   * The same method with another limit on the iterations of trimming and re-estimation
   * (metafor's {@code maxiter}, default 100).
   *
   * @param maxIterations the limit, at least 1
   * @return a new configured method
   * @throws IllegalArgumentException if {@code maxIterations < 1}
   */
  public TrimAndFill withMaxIterations(int maxIterations) {
    Checks.atLeast("maxIterations", maxIterations, 1);
    return new TrimAndFill(estimator, side, maxIterations);
  }

  /**
   * Estimates the number of missing studies, fills them in and fits the analysis to all.
   * The arrays are copied, never kept or changed.
   *
   * @param analysis the meta-analysis, as configured for the studies
   * @param yi the estimates, finite
   * @param vi their sampling variances, positive
   * @return k₀, its standard error, the side, the filled studies and the fit with them
   * @throws IllegalArgumentException if an argument is null, the lengths differ, a value is not
   *     finite or (a variance) not positive (the message names the study), or there are fewer
   *     than 3 studies
   * @throws ArithmeticException if k₀ has not settled after the maximum number of iterations
   *     (the message gives the last values)
   * @throws NonConvergenceException if a fit's τ² estimator does not converge and the analysis
   *     has no fallback
   */
  public TrimAndFillResult fit(MetaAnalysis analysis, double[] yi, double[] vi) {
    Checks.notNull("analysis", analysis);
    double[][] s = StudyData.copy(yi, vi, "number of studies k", 3,
        "metafor stops at k = 1 and cannot estimate the side from 2 studies");
    Side chosen = side.orElseGet(() -> SideEstimate.of(analysis, s[0], s[1]));
    Iteration it = iterate(analysis, chosen, s[0], s[1]);
    double[] filledY = it.filledEstimates();
    double[] filledV = it.filledVariances();
    MetaResult result = analysis.fit(concat(s[0], filledY), concat(s[1], filledV));
    return new TrimAndFillResult(estimator, chosen, side.isEmpty(), s[0].length, it.k0(),
        it.se(), filledY, filledV, result, it.iterations());
  }

  /** Trims, re-estimates and re-ranks until k₀ is stable. */
  private Iteration iterate(MetaAnalysis analysis, Side chosen, double[] yi, double[] vi) {
    double sign = chosen == Side.RIGHT ? -1 : 1;
    int k = yi.length;
    Integer[] order = IntStream.range(0, k).boxed()
        .sorted(Comparator.comparingDouble(i -> sign * yi[i])).toArray(Integer[]::new);
    double[] z = new double[k];
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      z[i] = sign * yi[order[i]];
      v[i] = vi[order[i]];
    }
    MetaAnalysis inner = analysis.withKnappHartung(false).withHeterogeneityIntervals(false);
    int k0 = 0;
    int[] history = new int[maxIterations];
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      int previous = k0;
      double mu = inner.fit(Arrays.copyOf(z, k - previous), Arrays.copyOf(v, k - previous))
          .estimate();
      Step step = estimate(z, mu);
      k0 = step.k0();
      history[iteration - 1] = k0;
      if (k0 == previous) {
        return new Iteration(sign, z, v, step, iteration);
      }
    }
    throw new ArithmeticException("trim and fill did not converge: k0 did not settle in "
        + maxIterations + " iterations (last values " + last(history) + ")");
  }

  /** k₀ and its standard error from the ranks of the deviations from {@code mu}. */
  private Step estimate(double[] z, double mu) {
    int k = z.length;
    double[] c = new double[k];
    for (int i = 0; i < k; i++) {
      c[i] = z[i] - mu;
    }
    double[] rank = ranks(c, z);
    double raw;
    double se;
    if (estimator == Estimator.L0) {
      double sr = 0;
      for (int i = 0; i < k; i++) {
        sr += c[i] > 0 ? rank[i] : 0;
      }
      raw = (4.0 * sr - (double) k * (k + 1)) / (2.0 * k - 1);
      se = 4 * Math.sqrt(varianceOfSr(k, raw)) / (2.0 * k - 1);
    } else {
      double largestNegative = 0;
      for (int i = 0; i < k; i++) {
        largestNegative = c[i] < 0 ? Math.max(largestNegative, rank[i]) : largestNegative;
      }
      raw = k - largestNegative - 1;
      se = Math.sqrt(2 * Math.max(0, raw) + 2);
    }
    return new Step((int) Math.max(0, Math.rint(raw)), Math.max(0, se), mu);
  }

  /**
   * Var(S<sub>r</sub>) = (k(k + 1)(2k + 1) + 10k₀³ + 27k₀² + 17k₀ − 18kk₀² − 18kk₀ + 6k²k₀)/24
   * at the unrounded k₀ (Duval and Tweedie 2000).
   */
  private static double varianceOfSr(int k, double k0) {
    double kk = k;
    return (kk * (kk + 1) * (2 * kk + 1) + 10 * k0 * k0 * k0 + 27 * k0 * k0 + 17 * k0
        - 18 * kk * k0 * k0 - 18 * kk * k0 + 6 * kk * kk * k0) / 24;
  }

  /**
   * Ranks 1..k of |c|. Values of |c| equal to within {@link #TIE} times the largest |z| share
   * their mean rank: a study and its mirror image about μ̂ are tied, whatever the rounding of
   * μ̂. (metafor ranks ties by position, so that rounding error decides such a tie.)
   */
  private static double[] ranks(double[] c, double[] z) {
    double tol = TIE * Arrays.stream(z).map(Math::abs).max().orElse(0);
    Integer[] byAbs = IntStream.range(0, c.length).boxed()
        .sorted(Comparator.comparingDouble(i -> Math.abs(c[i]))).toArray(Integer[]::new);
    double[] rank = new double[c.length];
    for (int from = 0, to; from < byAbs.length; from = to) {
      to = from + 1;
      while (to < byAbs.length && Math.abs(c[byAbs[to]]) - Math.abs(c[byAbs[from]]) <= tol) {
        to++;
      }
      for (int r = from; r < to; r++) {
        rank[byAbs[r]] = (from + 1 + to) / 2.0;
      }
    }
    return rank;
  }

  private static String last(int[] history) {
    int from = Math.max(0, history.length - 6);
    return Arrays.toString(Arrays.copyOfRange(history, from, history.length));
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** One estimate of k₀: its rounded value, standard error and the centre used. */
  private record Step(int k0, double se, double mu) {}

  /** The settled iteration on the sorted, sign-adjusted estimates z. */
  private record Iteration(double sign, double[] z, double[] v, Step step, int iterations) {
    int k0() {
      return step.k0();
    }

    double se() {
      return step.se();
    }

    /** 2μ̂ − y for the k₀ most extreme studies, on the original scale, in sorted order. */
    double[] filledEstimates() {
      int k = z.length;
      double[] out = new double[k0()];
      for (int j = 0; j < out.length; j++) {
        out[j] = sign * (2 * step.mu() - z[k - k0() + j]);
      }
      return out;
    }

    double[] filledVariances() {
      return Arrays.copyOfRange(v, z.length - k0(), z.length);
    }
  }

  /**
   * The configured method in words, for example {@code trim and fill (L0, side estimated)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "trim and fill (" + estimator + ", side " + side.map(Side::label).orElse("estimated")
        + (maxIterations != DEFAULT_MAX_ITERATIONS ? ", at most " + maxIterations
            + " iterations" : "") + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrimAndFill t && estimator == t.estimator && side.equals(t.side)
        && maxIterations == t.maxIterations;
  }

  @Override
  public int hashCode() {
    return Objects.hash(estimator, side, maxIterations);
  }
}
