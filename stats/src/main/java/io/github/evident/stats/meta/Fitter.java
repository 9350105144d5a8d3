package io.github.evident.stats.meta;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Distributions;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * The arithmetic of an intercept-only meta-analysis, following metafor 3.8-1's {@code rma.uni},
 * {@code confint.rma.uni} and {@code predict.rma}. Every quantity is a sum over studies, so a fit
 * costs O(k) per iteration and never forms a k×k matrix: with weights w and
 * S<sub>j</sub> = Σw<sup>j</sup>, the matrix P = W − wwᵀ/S₁ has tr P = S₁ − S₂/S₁ and
 * Σ P<sub>ij</sub>² = S₂ − 2S₃/S₁ + S₂²/S₁².
 */
final class Fitter {

  private static final double LOG_2PI = Math.log(2 * Math.PI);
  private static final double DOUBLE_EPS = Math.ulp(1.0);

  private final MetaAnalysis config;
  private final double[] y;
  private final double[] v;
  /** The estimates centred at their unweighted mean, as metafor uses them for τ². */
  private final double[] ymc;
  private final int k;
  /** The smallest sampling variance, which sets the scale of the weights. */
  private final double vMin;
  private final List<String> notes = new ArrayList<>();

  private Fitter(MetaAnalysis config, double[] y, double[] v) {
    this.config = config;
    this.y = y;
    this.v = v;
    this.k = y.length;
    this.vMin = Arrays.stream(v).min().orElseThrow();
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += y[i];
    }
    double mean = sum / k;
    double correction = 0;
    for (int i = 0; i < k; i++) {
      correction += y[i] - mean;
    }
    mean += correction / k;
    this.ymc = new double[k];
    for (int i = 0; i < k; i++) {
      ymc[i] = y[i] - mean;
    }
  }

  /** Fits the model; {@code y} and {@code v} are validated private copies. */
  static MetaResult fit(MetaAnalysis config, double[] y, double[] v) {
    return new Fitter(config, y, v).run();
  }

  // ---------------------------------------------------------------------------------------
  // Weighted sums

  /**
   * Sums over studies for weights w = 1/(v + tau2), residuals taken about the weighted mean.
   * The sums hold the weights scaled by 2<sup>−e</sup> (e = 0 unless the weights are near the
   * ends of the double range), so that Σw³ stays representable; {@link #unscale} undoes the
   * scaling of a result. Scaling by a power of two is exact, so with e = 0 or not the numbers
   * are the same wherever both are representable.
   */
  static final class Sums {
    /** The scale exponent: every weight in the sums is w·2<sup>−e</sup>. */
    int e;
    double s1;
    double s2;
    double s3;
    double mean;
    /** Σ w (y − μ̂)², the generalised Q statistic. */
    double rss;
    /** Σ w² (y − μ̂)² = YᵀPPY. */
    double rss2;

    /** tr P in units of the scaled weights. */
    double traceP() {
      return s1 - s2 / s1;
    }

    /** Σ P<sub>ij</sub>² in units of the squared scaled weights. */
    double sumPP() {
      return s2 - 2 * s3 / s1 + s2 * s2 / (s1 * s1);
    }

    /** A quantity of n powers of the scaled weights in units of the true weights. */
    double unscale(double x, int n) {
      return e == 0 ? x : Math.scalb(x, n * e);
    }
  }

  /**
   * The scale exponent for weights 1/(v + τ²) of which the largest is 1/(vMin + τ²): 0 in the
   * ordinary range, else that weight's binary exponent.
   */
  static int scaleExponent(double vMin, double tau2) {
    int e = -Math.getExponent(vMin + tau2);
    return Math.abs(e) < 300 ? 0 : e;
  }

  private Sums sums(double[] yy, double[] v, double tau2) {
    Sums s = new Sums();
    s.e = scaleExponent(vMin, tau2);
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double swy = 0;
    int n = yy.length;
    for (int i = 0; i < n; i++) {
      double w = weight(v[i], tau2, s.e);
      double w2 = w * w;
      s1 += w;
      s2 += w2;
      s3 += w2 * w;
      swy += w * yy[i];
    }
    double mean = swy / s1;
    double rss = 0;
    double rss2 = 0;
    for (int i = 0; i < n; i++) {
      double w = weight(v[i], tau2, s.e);
      double r = yy[i] - mean;
      double wr2 = w * r * r;
      rss += wr2;
      rss2 += w * wr2;
    }
    s.s1 = s1;
    s.s2 = s2;
    s.s3 = s3;
    s.mean = mean;
    s.rss = rss;
    s.rss2 = rss2;
    return s;
  }

  /** The weight 1/(v + τ²) scaled by 2<sup>−e</sup>. */
  private static double weight(double v, double tau2, int e) {
    return e == 0 ? 1.0 / (v + tau2) : 1.0 / Math.scalb(v + tau2, e);
  }

  /** The centre of the one-pass Q: the weighted mean found by the previous evaluation. */
  private double pilot;

  /**
   * The generalised Q statistic Σ (y − μ̂(τ²))²/(v + τ²) in one pass over the studies: with a
   * pilot centre m close to μ̂, Σw(y − μ̂)² = Σw(y − m)² − (Σw(y − m))²/Σw loses no precision.
   * The pilot is the previous evaluation's μ̂ (the root searches call this repeatedly with
   * nearby τ²).
   */
  private double q(double tau2) {
    double m = pilot;
    double s1 = 0;
    double swd = 0;
    double swd2 = 0;
    for (int i = 0; i < k; i++) {
      double w = 1.0 / (v[i] + tau2);
      double d = ymc[i] - m;
      double wd = w * d;
      s1 += w;
      swd += wd;
      swd2 += wd * d;
    }
    double shift = swd / s1;
    pilot = m + shift;
    return Math.max(0, swd2 - shift * swd);
  }

  // ---------------------------------------------------------------------------------------
  // τ² estimation

  /** A τ² estimate. */
  record Tau2Fit(Tau2Estimator estimator, double tau2, double se, int iterations) {}

  private Tau2Fit estimate(Tau2Estimator estimator) {
    switch (estimator) {
      case DL:
        return dl();
      case HE:
        return he();
      case HS:
      case HSK:
        return hs(estimator);
      case SJ:
        return sj();
      case ML:
      case REML:
      case EB:
        return fisherScoring(estimator);
      case PM:
        return pm();
      default:
        throw new AssertionError(estimator);
    }
  }

  private Tau2Fit dl() {
    return dl(k, sums(ymc, v, 0));
  }

  /** DerSimonian-Laird from the sums at τ² = 0. */
  static Tau2Fit dl(int k, Sums s) {
    double trP = s.traceP();
    double tau2 = Math.max(0, (s.rss - s.unscale(k - 1, -1)) / trP);
    double se = momentSe(k, trP, tau2, s);
    return new Tau2Fit(Tau2Estimator.DL, tau2, se, 0);
  }

  private Tau2Fit hs(Tau2Estimator estimator) {
    return hs(estimator, k, sums(ymc, v, 0));
  }

  /** Hunter-Schmidt (with or without the small-sample correction) from the sums at τ² = 0. */
  static Tau2Fit hs(Tau2Estimator estimator, int k, Sums s) {
    double raw = estimator == Tau2Estimator.HS
        ? (s.rss - s.unscale(k, -1)) / s.s1
        : ((double) k / (k - 1) * s.rss - s.unscale(k, -1)) / s.s1;
    double tau2 = Math.max(0, raw);
    double se = momentSe(k, s.s1, tau2, s);
    if (estimator == Tau2Estimator.HSK) {
      se *= (double) k / (k - 1);
    }
    return new Tau2Fit(estimator, tau2, se, 0);
  }

  /**
   * The standard error of a method-of-moments τ² with fixed-effect weights:
   * √((2(k − 1) + 4τ² tr P + 2τ⁴ Σ P<sub>ij</sub>²) / scale²), where the scale is tr P for
   * DerSimonian-Laird and S₁ for Hunter-Schmidt.
   */
  private static double momentSe(int k, double scale, double tau2, Sums s) {
    double t = s.unscale(tau2, 1);
    return s.unscale(Math.sqrt(1 / (scale * scale)
        * (2 * (k - 1) + 4 * t * s.traceP() + 2 * t * t * s.sumPP())), -1);
  }

  /** The unweighted mean of the centred estimates (not exactly 0 in floating point). */
  private double centredMean() {
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += ymc[i];
    }
    return sum / k;
  }

  /** The Hedges estimate before truncation. */
  private double heRaw() {
    double m = centredMean();
    double rss = 0;
    double sv = 0;
    for (int i = 0; i < k; i++) {
      double r = ymc[i] - m;
      rss += r * r;
      sv += v[i];
    }
    double trPV = sv - sv / k;
    return (rss - trPV) / (k - 1);
  }

  private Tau2Fit he() {
    double sv = 0;
    double sv2 = 0;
    for (int i = 0; i < k; i++) {
      sv += v[i];
      sv2 += v[i] * v[i];
    }
    return he(k, heRaw(), sv, sv2);
  }

  /** The Hedges estimate from its raw value, Σv and Σv². */
  static Tau2Fit he(int k, double raw, double sv, double sv2) {
    double tau2 = Math.max(0, raw);
    double trPV = sv - sv / k;
    double sumPVPV = sv2 - 2 * sv2 / k + sv * sv / ((double) k * k);
    double se = Math.sqrt(1 / ((double) (k - 1) * (k - 1))
        * (2 * sumPVPV + 4 * tau2 * trPV + 2 * tau2 * tau2 * (k - 1)));
    return new Tau2Fit(Tau2Estimator.HE, tau2, se, 0);
  }

  private Tau2Fit sj() {
    double m = centredMean();
    double ss = 0;
    for (int i = 0; i < k; i++) {
      double r = ymc[i] - m;
      ss += r * r;
    }
    double tau0 = ss / (k - 1) * (k - 1) / k;
    Sums s = sums(ymc, v, tau0);
    double tau2 = Math.max(0, tau0 * s.unscale(s.rss, 1) / (k - 1));
    // Σ P_ij² v_i v_j and Σ P_ij² v_j for P built from w = 1/(v + τ₀²).
    double a = 0;
    double b = 0;
    double c = 0;
    double d = 0;
    for (int i = 0; i < k; i++) {
      double w = 1.0 / (v[i] + tau0);
      double w2v = w * w * v[i];
      a += w2v * v[i];
      b += w2v * w * v[i];
      c += w2v;
      d += w2v * w;
    }
    double s1 = s.unscale(s.s1, 1);
    double sumPVPV = a - 2 * b / s1 + c * c / (s1 * s1);
    double sumPVP = c - 2 * d / s1 + s.unscale(s.s2, 2) * c / (s1 * s1);
    double se = Math.sqrt(tau0 * tau0 / ((double) (k - 1) * (k - 1))
        * (2 * sumPVPV + 4 * tau2 * sumPVP + 2 * tau2 * tau2 * s.unscale(s.sumPP(), 2)));
    return new Tau2Fit(Tau2Estimator.SJ, tau2, se, 0);
  }

  private Tau2Fit fisherScoring(Tau2Estimator estimator) {
    return fisherScoring(estimator, config, k, heRaw(), t -> sums(ymc, v, t),
        t -> logLikelihood(0, estimator) - logLikelihood(t, estimator) > Zeroin.R_TOL, notes);
  }

  /**
   * Fisher scoring for τ² from the (untruncated) HE start, with the sums at any τ² from
   * {@code sumsAt}; {@code belowZero} says whether the likelihood at τ² = 0 exceeds that at
   * τ² by more than the tolerance (metafor's check for a local maximum).
   */
  static Tau2Fit fisherScoring(Tau2Estimator estimator, MetaAnalysis config, int k,
      double heStart, DoubleFunction<Sums> sumsAt, DoublePredicate belowZero,
      List<String> notes) {
    double threshold = MetaAnalysis.THRESHOLD;
    int maxIterations = config.maxIterations();
    double stepAdjustment = config.stepAdjustment();
    double tau2 = Math.max(0, heStart);
    double change = threshold + 1;
    int iter = 0;
    while (change > threshold) {
      iter++;
      double old = tau2;
      double adj = scoringStep(estimator, k, sumsAt.apply(tau2));
      adj *= stepAdjustment;
      if (Double.isNaN(adj)) {
        adj = 0;
      }
      if (Double.isInfinite(adj)) {
        throw new NonConvergenceException(estimator, iter, estimator.metaforName()
            + " estimation of tau^2 (Fisher scoring): the scoring step at tau^2 = "
            + Format.significant(tau2, 6) + " is not representable in double precision. "
            + "Rescale the estimates and variances, or use another estimator, e.g. "
            + "withFallback(Tau2Estimator.DL).");
      }
      adj = stepWithinZero(tau2, adj);
      tau2 += adj;
      change = Math.abs(old - tau2);
      if (iter > maxIterations) {
        throw new NonConvergenceException(estimator, maxIterations, estimator.metaforName()
            + " estimation of tau^2 (Fisher scoring) did not converge in " + maxIterations
            + " iterations (last tau^2 = " + Format.significant(tau2, 6) + ", last change "
            + Format.significant(change, 3) + " > threshold " + Format.significant(threshold, 3)
            + "). Try more iterations (withMaxIterations), a smaller step "
            + "(withStepAdjustment(0.5)), or another estimator, e.g. "
            + "withFallback(Tau2Estimator.DL) or Tau2Estimator.PM.");
      }
    }
    if (estimator != Tau2Estimator.EB && tau2 > threshold && belowZero.test(tau2)) {
      notes.add(String.format(Locale.ROOT, "%s: Fisher scoring may have stopped at a local "
          + "maximum (tau^2 = %s has a lower likelihood than tau^2 = 0); tau^2 set to 0 as "
          + "metafor does. Check the profile likelihood.", estimator.metaforName(),
          Format.significant(tau2, 6)));
      tau2 = 0;
    }
    tau2 = Math.max(0, tau2);
    return new Tau2Fit(estimator, tau2, scoringSe(estimator, k, sumsAt.apply(tau2)), iter);
  }

  /**
   * A finite step halved until τ² + step is not negative; a finite step reaches 0 within
   * about 2100 halvings, so the loop is bounded.
   */
  static double stepWithinZero(double tau2, double step) {
    double adj = step;
    for (int i = 0; i < 2200 && tau2 + adj < 0; i++) {
      adj /= 2;
    }
    return tau2 + adj < 0 ? -tau2 : adj;
  }

  /** One Fisher scoring step for τ² (before the step adjustment), from the sums at τ². */
  private static double scoringStep(Tau2Estimator estimator, int k, Sums s) {
    if (estimator == Tau2Estimator.ML) {
      return (s.rss2 - s.unscale(s.s1, -1)) / s.s2;
    } else if (estimator == Tau2Estimator.REML) {
      return (s.rss2 - s.unscale(s.traceP(), -1)) / s.sumPP();
    }
    return (s.rss * k / (k - 1) - s.unscale(k, -1)) / s.s1;
  }

  /** The standard error of a Fisher-scoring τ² from the inverse information at τ². */
  private static double scoringSe(Tau2Estimator estimator, int k, Sums s) {
    if (estimator == Tau2Estimator.ML) {
      return s.unscale(Math.sqrt(2 / s.s2), -1);
    } else if (estimator == Tau2Estimator.REML) {
      return s.unscale(Math.sqrt(2 / s.sumPP()), -1);
    }
    return ebPmSe(k, s);
  }

  private static double ebPmSe(int k, Sums s) {
    return s.unscale(Math.sqrt(2.0 * k * k / (k - 1) / (s.s1 * s.s1)), -1);
  }

  /** The (restricted) log-likelihood at τ², as metafor's check against τ² = 0 computes it. */
  private double logLikelihood(double tau2, Tau2Estimator estimator) {
    Sums s = sums(ymc, v, tau2);
    double sumLog = 0;
    for (int i = 0; i < k; i++) {
      sumLog += Math.log(v[i] + tau2);
    }
    double rss = s.unscale(s.rss, 1);
    if (estimator == Tau2Estimator.ML) {
      return -0.5 * k * LOG_2PI - 0.5 * sumLog - 0.5 * rss;
    }
    double logS1 = Math.log(s.s1) + s.e * Math.log(2);
    return -0.5 * (k - 1) * LOG_2PI - 0.5 * sumLog - 0.5 * logS1 - 0.5 * rss;
  }

  private Tau2Fit pm() {
    double target = k - 1;
    double f0 = q(0) - target;
    if (f0 < 0) {
      Sums s = sums(ymc, v, 0);
      return new Tau2Fit(Tau2Estimator.PM, 0, ebPmSe(k, s), 0);
    }
    double mad = mad(y);
    double upper = Math.max(100, 10 * mad * mad);
    double fUpper = q(upper) - target;
    if (fUpper > 0) {
      throw new NonConvergenceException(Tau2Estimator.PM, 0, String.format(Locale.ROOT,
          "PM estimation of tau^2: Q(tau^2) is still above k - 1 = %d at the end of the search "
              + "interval [0, %s]; try another estimator, e.g. "
              + "withFallback(Tau2Estimator.DL).", k - 1, Format.significant(upper, 6)));
    }
    Zeroin.Root root = Zeroin.find(t -> q(t) - target, 0, upper, f0, fUpper,
        Zeroin.R_TOL, config.maxIterations());
    if (!root.converged()) {
      throw new NonConvergenceException(Tau2Estimator.PM, root.iterations(), String.format(
          Locale.ROOT, "PM estimation of tau^2: root finding did not converge in %d "
              + "iterations (last tau^2 = %s). Try more iterations (withMaxIterations) or "
              + "another estimator, e.g. withFallback(Tau2Estimator.DL).",
          root.iterations(), Format.significant(root.x(), 6)));
    }
    double tau2 = Math.max(0, root.x());
    Sums s = sums(ymc, v, tau2);
    return new Tau2Fit(Tau2Estimator.PM, tau2, ebPmSe(k, s), root.iterations());
  }

  /**
   * R's {@code mad}: 1.4826 times the median absolute deviation from the median. The medians
   * are found by selection, in expected O(k) time instead of a sort's O(k log k); they are the
   * same numbers.
   */
  static double mad(double[] x) {
    double[] work = x.clone();
    double median = median(work);
    for (int i = 0; i < work.length; i++) {
      work[i] = Math.abs(work[i] - median);
    }
    return 1.4826 * median(work);
  }

  /** R's {@code median} of a non-empty array, reordering the array. */
  static double median(double[] a) {
    int n = a.length;
    int half = n / 2;
    double upper = select(a, half);
    if (n % 2 == 1) {
      return upper;
    }
    // select leaves the half smallest values before index half: the lower middle is their max.
    double lower = a[0];
    for (int i = 1; i < half; i++) {
      lower = Math.max(lower, a[i]);
    }
    return (lower + upper) / 2;
  }

  /**
   * The value of rank {@code rank} (0-based) of a NaN-free array, reordering it so that no value
   * before that index is larger and none after it is smaller: Hoare's selection with a
   * median-of-three pivot, falling back to sorting the remaining range if partitioning makes
   * poor progress (so the worst case stays O(k log k)).
   */
  static double select(double[] a, int rank) {
    int lo = 0;
    int hi = a.length - 1;
    int budget = 2 * (32 - Integer.numberOfLeadingZeros(a.length)) + 8;
    while (hi > lo) {
      if (budget-- == 0) {
        Arrays.sort(a, lo, hi + 1);
        return a[rank];
      }
      int mid = (lo + hi) >>> 1;
      double pivot = medianOfThree(a[lo], a[mid], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      // Now a[lo..j] <= pivot, a[j+1..i-1] == pivot, a[i..hi] >= pivot.
      if (rank <= j) {
        hi = j;
      } else if (rank >= i) {
        lo = i;
      } else {
        return a[rank];
      }
    }
    return a[rank];
  }

  private static double medianOfThree(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  // ---------------------------------------------------------------------------------------
  // The fit

  private MetaResult run() {
    double alpha = 1 - config.level();
    boolean random = config.model() == MetaResult.Model.RANDOM_EFFECTS;
    MetaResult.Test test = chooseTest(config, k, random, notes);
    noteVarianceRatio(v, notes);
    Tau2Fit tau2Fit = random ? fitTau2() : null;
    double tau2 = tau2Fit == null ? 0 : tau2Fit.tau2();
    Pooled pooled = pool(tau2, test, alpha);
    Heterogeneity het = heterogeneity(tau2, random);
    HeterogeneityIntervals hetCi = random && k > 1 && config.heterogeneityIntervals()
        ? heterogeneityIntervals(tau2, alpha, het.vt()) : HeterogeneityIntervals.NONE;
    return result(config, k, test, tau2Fit, pooled, het, hetCi, notes);
  }

  /**
   * The result from its parts: the τ² fit (null for a common-effect model), the pooled
   * estimate, the heterogeneity statistics and their intervals; adds the note on a typical
   * sampling variance below metafor's tolerances.
   */
  static MetaResult result(MetaAnalysis config, int k, MetaResult.Test test, Tau2Fit tau2Fit,
      Pooled pooled, Heterogeneity het, HeterogeneityIntervals hetCi, List<String> notes) {
    boolean random = tau2Fit != null;
    double tau2 = random ? tau2Fit.tau2() : 0;
    Optional<Interval> prediction = random
        ? Optional.of(pooled.predictionInterval(tau2)) : Optional.empty();
    if (random && k > 1 && het.vt() < Zeroin.R_TOL
        && (tau2Fit.estimator().isIterative() || hetCi.tau2().isPresent())) {
      noteBelowTolerance(het.vt(), tau2Fit.estimator().isIterative(), hetCi.tau2().isPresent(),
          notes);
    }
    OptionalDouble seTau2 = tau2Fit == null || !Double.isFinite(tau2Fit.se())
        ? OptionalDouble.empty() : OptionalDouble.of(tau2Fit.se());
    return new MetaResult(config.model(),
        tau2Fit == null ? Optional.empty() : Optional.of(tau2Fit.estimator()),
        test, config.level(), k, pooled.estimate(), pooled.se(), pooled.statistic(),
        pooled.testDf(), pooled.pValue(), pooled.ci(), prediction,
        tau2, seTau2, hetCi.tau2(), het.i2(), hetCi.i2(), het.h2(), hetCi.h2(), het.q(), k - 1,
        het.qP(), tau2Fit == null ? 0 : tau2Fit.iterations(), notes);
  }

  /** The test of the pooled estimate: Knapp-Hartung if asked for and possible, else z. */
  static MetaResult.Test chooseTest(MetaAnalysis config, int k, boolean random,
      List<String> notes) {
    MetaResult.Test test = config.knappHartung() ? MetaResult.Test.KNAPP_HARTUNG
        : MetaResult.Test.Z;
    if (test == MetaResult.Test.KNAPP_HARTUNG && k == 1) {
      test = MetaResult.Test.Z;
      notes.add("k = 1: the Knapp-Hartung t test has 0 degrees of freedom; the z test was used "
          + "instead (as metafor does).");
    }
    if (test == MetaResult.Test.KNAPP_HARTUNG && !random) {
      notes.add("The Knapp-Hartung adjustment is not meant for common-effect models (metafor "
          + "warns likewise); it is applied as requested.");
    }
    return test;
  }

  /** Notes sampling variances whose ratio (largest to smallest) is 10⁷ or more. */
  static void noteVarianceRatio(double[] v, List<String> notes) {
    noteVarianceRatio(Arrays.stream(v).min().orElseThrow(), Arrays.stream(v).max().orElseThrow(),
        notes);
  }

  /** Notes a ratio of the largest to the smallest sampling variance of 10⁷ or more. */
  static void noteVarianceRatio(double vMin, double vMax, List<String> notes) {
    if (vMax / vMin >= 1e7) {
      notes.add(String.format(Locale.ROOT, "The largest sampling variance is %s times the "
          + "smallest; results may be numerically unstable (metafor warns likewise).",
          Format.significant(vMax / vMin, 3)));
    }
  }

  /** τ² with the configured estimator (or its fallback); 0 without an interval when k = 1. */
  private Tau2Fit fitTau2() {
    if (k == 1) {
      notes.add("k = 1: heterogeneity is not estimable; tau^2 is set to 0 and no confidence "
          + "interval for tau^2, I^2 or H^2 is given.");
      return new Tau2Fit(config.estimator(), 0, Double.NaN, 0);
    }
    return estimateOrFallBack(config, this::estimate, notes);
  }

  /**
   * τ² with the configured estimator, or, if it does not converge and a fallback was
   * requested, with the fallback, explained in a note.
   */
  static Tau2Fit estimateOrFallBack(MetaAnalysis config,
      Function<Tau2Estimator, Tau2Fit> estimate, List<String> notes) {
    try {
      return estimate.apply(config.estimator());
    } catch (NonConvergenceException e) {
      Tau2Estimator fallback = config.fallback();
      if (fallback == null) {
        throw e;
      }
      notes.add(e.getMessage() + " Fell back to " + fallback.metaforName() + " as requested.");
      return estimate.apply(fallback);
    }
  }

  /** The pooled estimate with its test; {@code variance} includes the Knapp-Hartung factor. */
  record Pooled(double estimate, double variance, double se, double statistic,
      OptionalInt testDf, double pValue, double crit, Interval ci) {

    /** The prediction interval: the estimate ± crit·√(variance + τ²). */
    Interval predictionInterval(double tau2) {
      double half = crit * Math.sqrt(variance + tau2);
      return Interval.of(estimate - half, estimate + half);
    }
  }

  /** The inverse-variance weighted mean with weights 1/(v + τ²), tested by z or Knapp-Hartung. */
  private Pooled pool(double tau2, MetaResult.Test test, double alpha) {
    int e = scaleExponent(vMin, tau2);
    double s1 = 0;
    double swy = 0;
    for (int i = 0; i < k; i++) {
      double w = weight(v[i], tau2, e);
      s1 += w;
      swy += w * y[i];
    }
    double variance = e == 0 ? 1 / s1 : Math.scalb(1 / s1, -e);
    return pool(k, swy / s1, variance, m -> knappHartungRss(m, tau2), test, alpha);
  }

  /**
   * The pooled estimate Σwy/Σw with its variance 1/Σw from the sums at τ̂², with the
   * Knapp-Hartung weighted residual sum of squares about an estimate from {@code khRss} when
   * that test is used.
   */
  static Pooled pool(int k, double estimate, double variance, DoubleUnaryOperator khRss,
      MetaResult.Test test, double alpha) {
    OptionalInt testDf = OptionalInt.empty();
    double crit;
    double pValue;
    double se;
    double statistic;
    if (test == MetaResult.Test.KNAPP_HARTUNG) {
      variance *= knappHartungFactor(khRss.applyAsDouble(estimate), k - 1,
          "the " + k + " estimates are practically identical", "standard error");
      se = Math.sqrt(variance);
      statistic = estimate / se;
      testDf = OptionalInt.of(k - 1);
      pValue = Distributions.tTwoSided(statistic, k - 1);
      crit = Distributions.tUpperQuantile(alpha / 2, k - 1);
    } else {
      se = Math.sqrt(variance);
      statistic = estimate / se;
      pValue = Distributions.normalTwoSided(statistic);
      crit = Distributions.normalUpperQuantile(alpha / 2);
    }
    Interval ci = Interval.of(estimate - crit * se, estimate + crit * se);
    return new Pooled(estimate, variance, se, statistic, testDf, pValue, crit, ci);
  }

  /** The weighted residual sum of squares Σ(y − estimate)²/(v + τ²). */
  private double knappHartungRss(double estimate, double tau2) {
    double rss = 0;
    for (int i = 0; i < k; i++) {
      double r = y[i] - estimate;
      rss += r * r / (v[i] + tau2);
    }
    return rss;
  }

  /**
   * The Knapp-Hartung factor: the weighted residual sum of squares over its degrees of
   * freedom; rejected, with {@code why} and the name of the {@code errors} that would be 0,
   * when the sum is practically 0.
   */
  static double knappHartungFactor(double rss, int df, String why, String errors) {
    if (rss <= DOUBLE_EPS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "Knapp-Hartung test: the "
          + "weighted residual sum of squares is %s (%s), so the adjusted %s would be 0; use "
          + "the z test", Format.significant(rss, 3), why, errors));
    }
    return rss / df;
  }

  /** Cochran's Q with its p value, I², H² and the typical sampling variance vt. */
  record Heterogeneity(double q, double qP, double i2, double h2, double vt) {}

  /** Heterogeneity statistics, always with the fixed-effect weights 1/v. */
  private Heterogeneity heterogeneity(double tau2, boolean random) {
    return heterogeneity(k, k == 1 ? null : sums(ymc, v, 0), tau2, random);
  }

  /** Heterogeneity statistics from the sums at τ² = 0 (ignored when k = 1). */
  static Heterogeneity heterogeneity(int k, Sums fe, double tau2, boolean random) {
    if (k == 1) {
      return new Heterogeneity(0, 1, 0, 1, 0);
    }
    double qStat = Math.max(0, fe.unscale(fe.rss, 1));
    double qP = Distributions.chiSquaredUpper(qStat, k - 1);
    double vt = (k - 1) / fe.unscale(fe.traceP(), 1);
    double i2;
    double h2;
    if (random) {
      i2 = Math.min(100, 100 * tau2 / (vt + tau2));
      h2 = tau2 / vt + 1;
    } else {
      i2 = qStat > 0 ? Math.max(0, percentAbove(qStat, k - 1)) : 0;
      h2 = qStat / (k - 1);
    }
    return new Heterogeneity(qStat, qP, i2, h2, vt);
  }

  /** 100(q − df)/q, without overflow for q near the largest double. */
  private static double percentAbove(double q, int df) {
    double percent = 100 * (q - df) / q;
    return Double.isInfinite(percent) ? 100 * ((q - df) / q) : percent;
  }

  /** The Q-profile intervals of τ², I² and H², all empty when τ² has none. */
  record HeterogeneityIntervals(Optional<Interval> tau2, Optional<Interval> i2,
      Optional<Interval> h2) {

    static final HeterogeneityIntervals NONE =
        new HeterogeneityIntervals(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The Q-profile interval of τ², carried over to I² and H² through vt. */
  private HeterogeneityIntervals heterogeneityIntervals(double tau2, double alpha, double vt) {
    Interval t = qProfile(tau2, alpha);
    if (t == null) {
      return HeterogeneityIntervals.NONE;
    }
    return new HeterogeneityIntervals(Optional.of(t),
        Optional.of(Interval.of(100 * t.lower() / (vt + t.lower()),
            100 * t.upper() / (vt + t.upper()))),
        Optional.of(Interval.of(t.lower() / vt + 1, t.upper() / vt + 1)));
  }

  /** Notes a typical sampling variance below metafor's absolute tolerances on τ². */
  private static void noteBelowTolerance(double vt, boolean iterative, boolean intervals,
      List<String> notes) {
    notes.add(String.format(Locale.ROOT, "The typical sampling variance %s is below the "
        + "absolute tolerances on tau^2 that metafor uses (%s for Fisher scoring, %s for "
        + "the Paule-Mandel and Q-profile root searches), so %s can be far from their exact "
        + "values, as in metafor. Rescale the estimates (e.g. multiply them by 100 or 1000) "
        + "and fit again.", Format.significant(vt, 3), Format.significant(MetaAnalysis.THRESHOLD, 1),
        Format.significant(Zeroin.R_TOL, 2),
        iterative && intervals
            ? "the iterative tau^2 estimate and the confidence intervals of tau^2, I^2 and H^2"
            : intervals ? "the confidence intervals of tau^2, I^2 and H^2"
                : "the iterative tau^2 estimate"));
  }

  /**
   * The Q-profile confidence interval for τ² (Viechtbauer 2007), with metafor's search interval
   * [0, max(100, 10τ̂²)], tolerance and edge cases; {@code null} if a bound cannot be found.
   */
  private Interval qProfile(double tau2, double alpha) {
    double upperLimit = Math.max(100, tau2 * 10);
    int df = k - 1;
    double critU = Distributions.chiSquaredQuantile(1 - alpha / 2, df);
    double critL = Distributions.chiSquaredQuantile(alpha / 2, df);
    double qMax = q(upperLimit);
    double qMin = q(0);
    double lb;
    double ub;
    if (qMin < critL) {
      lb = 0;
      ub = 0;
      notes.add(String.format(Locale.ROOT, "Q-profile: Q(tau^2 = 0) = %s is below the "
          + "%s%% lower chi-square quantile %s, so the confidence interval for tau^2 is "
          + "empty; reported as [0, 0] as metafor does (the data are more homogeneous than "
          + "expected).", Format.estimate(qMin), Format.level(alpha / 2),
          Format.estimate(critL)));
    } else if (qMax > critL) {
      ub = upperLimit;
      notes.add(String.format(Locale.ROOT, "Q-profile: the upper %s%% confidence bound for "
          + "tau^2 lies above the search limit %s and is reported as that limit (metafor "
          + "prints '>').",
          Format.level(1 - alpha), Format.significant(upperLimit, 6)));
    } else {
      OptionalDouble root = qRoot(critL, upperLimit, qMin, qMax, "upper");
      if (root.isEmpty()) {
        return null;
      }
      ub = root.getAsDouble();
    }
    if (qMax > critU) {
      lb = upperLimit;
      ub = upperLimit;
      notes.add(String.format(Locale.ROOT, "Q-profile: both bounds for tau^2 lie above the "
          + "search limit %s and are reported as that limit (metafor prints '>').",
          Format.significant(upperLimit, 6)));
    } else if (qMin < critU) {
      lb = 0;
    } else {
      OptionalDouble root = qRoot(critU, upperLimit, qMin, qMax, "lower");
      if (root.isEmpty()) {
        return null;
      }
      lb = root.getAsDouble();
    }
    return Interval.of(lb, ub);
  }

  /**
   * The τ² in [0, upperLimit] where Q(τ²) equals {@code crit}; empty, with a note naming the
   * {@code bound}, if the search does not converge.
   */
  private OptionalDouble qRoot(double crit, double upperLimit, double qMin, double qMax,
      String bound) {
    Zeroin.Root r = Zeroin.find(t -> q(t) - crit, 0, upperLimit, qMin - crit,
        qMax - crit, Zeroin.R_TOL, 1000);
    if (!r.converged()) {
      notes.add("Q-profile: the search for the " + bound + " bound of tau^2 did not converge; "
          + "no confidence interval for tau^2, I^2 and H^2 is given.");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(r.x());
  }
}
