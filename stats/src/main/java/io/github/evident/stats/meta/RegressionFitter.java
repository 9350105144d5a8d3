package io.github.evident.stats.meta;

import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The arithmetic of a meta-regression, following metafor 3.8-1's {@code rma.uni} with
 * moderators: τ² by the configured estimator, then the weighted least-squares coefficients and
 * the residual heterogeneity. Every quantity comes from a {@link Projection} in O(k·p²).
 */
final class RegressionFitter {

  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private final MetaAnalysis config;
  private final boolean leastSquares;
  private final double[] y;
  private final double[] v;
  /** The estimates centred at their unweighted mean, as metafor uses them for τ². */
  private final double[] ymc;
  private final Design x;
  private final int k;
  private final int p;
  private final List<String> notes = new ArrayList<>();
  /** Whether to compute R², which costs a second, intercept-only fit. */
  private final boolean withR2;

  private RegressionFitter(MetaRegression regression, double[] y, double[] v, Design x,
      boolean withR2) {
    this.withR2 = withR2;
    this.config = regression.settings();
    this.leastSquares = regression.leastSquares();
    this.y = y;
    this.v = v;
    this.x = x;
    this.k = y.length;
    this.p = x.p();
    double mean = Arrays.stream(y).sum() / k;
    this.ymc = new double[k];
    for (int i = 0; i < k; i++) {
      ymc[i] = y[i] - mean;
    }
  }

  /** Fits the model; the arrays are validated private copies. */
  static RegressionResult fit(MetaRegression config, double[] y, double[] v, Design x) {
    return new RegressionFitter(config, y, v, x, true).run();
  }

  /**
   * Fits the model without R² (as metafor's permutation tests refit with {@code skipr2}), one
   * fit and no intercept-only comparison.
   */
  static RegressionResult fitWithoutR2(MetaRegression config, double[] y, double[] v,
      Design x) {
    return new RegressionFitter(config, y, v, x, false).run();
  }

  // ---------------------------------------------------------------------------------------
  // τ² estimation

  private double[] weights(double tau2) {
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      w[i] = 1.0 / (v[i] + tau2);
    }
    return w;
  }

  private Projection at(double tau2) {
    return Projection.of(x, weights(tau2));
  }

  private Fitter.Tau2Fit estimate(Tau2Estimator estimator) {
    return switch (estimator) {
      case DL -> dl();
      case HE -> he();
      case HS, HSK -> hs(estimator);
      case SJ -> sj();
      case ML, REML, EB -> fisherScoring(estimator);
      case PM -> pm();
    };
  }

  /** DerSimonian-Laird: (Q<sub>E</sub> − (k − p))/tr P with weights 1/v. */
  private Fitter.Tau2Fit dl() {
    Projection pr = at(0);
    double trP = pr.trace(null);
    double tau2 = Math.max(0, (pr.fit(ymc).rss() - (k - p)) / trP);
    double se = Math.sqrt(2 * (k - p) + 4 * tau2 * trP + 2 * tau2 * tau2 * pr.sumOfSquares(
        null, null)) / trP;
    return new Fitter.Tau2Fit(Tau2Estimator.DL, tau2, se, 0);
  }

  /** Hunter-Schmidt: (Q<sub>E</sub> − k)/Σw, or (kQ<sub>E</sub>/(k − p) − k)/Σw for HSk. */
  private Fitter.Tau2Fit hs(Tau2Estimator estimator) {
    Projection pr = at(0);
    double rss = pr.fit(ymc).rss();
    double s1 = pr.sumW();
    double raw = estimator == Tau2Estimator.HS ? (rss - k) / s1
        : ((double) k / (k - p) * rss - k) / s1;
    double tau2 = Math.max(0, raw);
    double se = Math.sqrt(2 * (k - p) + 4 * tau2 * pr.trace(null)
        + 2 * tau2 * tau2 * pr.sumOfSquares(null, null)) / s1;
    if (estimator == Tau2Estimator.HSK) {
      se *= (double) k / (k - p);
    }
    return new Fitter.Tau2Fit(estimator, tau2, se, 0);
  }

  /** The ordinary least-squares projection I − X(XᵀX)⁻¹Xᵀ of the Hedges estimator. */
  private Projection ordinary() {
    double[] ones = new double[k];
    Arrays.fill(ones, 1);
    return Projection.of(x, ones);
  }

  /** The Hedges estimate before truncation: (RSS<sub>OLS</sub> − tr(PV))/(k − p). */
  private double heRaw(Projection ols) {
    return (ols.fit(ymc).rss() - ols.trace(v)) / (k - p);
  }

  private Fitter.Tau2Fit he() {
    Projection ols = ordinary();
    double tau2 = Math.max(0, heRaw(ols));
    double se = Math.sqrt(2 * ols.sumOfSquares(v, v) + 4 * tau2 * ols.trace(v)
        + 2 * tau2 * tau2 * (k - p)) / (k - p);
    return new Fitter.Tau2Fit(Tau2Estimator.HE, tau2, se, 0);
  }

  /** Sidik-Jonkman: τ₀²·Q<sub>E</sub>(τ₀²)/(k − p) from τ₀² = Σ(y − ȳ)²/k. */
  private Fitter.Tau2Fit sj() {
    double mean = Arrays.stream(ymc).sum() / k;
    double ss = 0;
    for (double d : ymc) {
      ss += (d - mean) * (d - mean);
    }
    double tau0 = ss / k;
    Projection pr = at(tau0);
    double tau2 = Math.max(0, tau0 * pr.fit(ymc).rss() / (k - p));
    double se = tau0 / (k - p) * Math.sqrt(2 * pr.sumOfSquares(v, v)
        + 4 * tau2 * pr.sumOfSquares(null, v) + 2 * tau2 * tau2 * pr.sumOfSquares(null, null));
    return new Fitter.Tau2Fit(Tau2Estimator.SJ, tau2, se, 0);
  }

  private Fitter.Tau2Fit fisherScoring(Tau2Estimator estimator) {
    double threshold = MetaAnalysis.THRESHOLD;
    double tau2 = Math.max(0, heRaw(ordinary()));
    double change = threshold + 1;
    int iter = 0;
    while (change > threshold) {
      iter++;
      double old = tau2;
      double adj = scoringStep(estimator, at(tau2)) * config.stepAdjustment();
      if (Double.isNaN(adj)) {
        adj = 0;
      }
      if (Double.isInfinite(adj)) {
        throw new NonConvergenceException(estimator, iter, estimator.metaforName()
            + " estimation of the residual tau^2 of the meta-regression (Fisher scoring): the "
            + "scoring step at tau^2 = " + Format.significant(tau2, 6) + " is not "
            + "representable in double precision. Rescale the estimates and variances, or "
            + "choose another estimator or a fallback (withFallback(Tau2Estimator.DL)).");
      }
      adj = Fitter.stepWithinZero(tau2, adj);
      tau2 += adj;
      change = Math.abs(old - tau2);
      if (iter > config.maxIterations()) {
        throw new NonConvergenceException(estimator, config.maxIterations(), String.format(
            Locale.ROOT, "%s estimation of the residual tau^2 of the meta-regression (Fisher "
                + "scoring) did not converge in %d iterations (last tau^2 = %s, last change %s "
                + "> %s). Allow more iterations (withMaxIterations), take smaller steps "
                + "(withStepAdjustment(0.5)), or choose another estimator or a fallback "
                + "(withFallback(Tau2Estimator.DL)).", estimator.metaforName(),
            config.maxIterations(), Format.significant(tau2, 6), Format.significant(change, 3),
            Format.significant(threshold, 3)));
      }
    }
    tau2 = checkAgainstZero(estimator, tau2);
    return new Fitter.Tau2Fit(estimator, tau2, scoringSe(estimator, at(tau2)), iter);
  }

  /** One Fisher scoring step for τ² (before the step adjustment). */
  private double scoringStep(Tau2Estimator estimator, Projection pr) {
    Projection.Fit f = pr.fit(ymc);
    return switch (estimator) {
      case ML -> (f.rss2() - pr.sumW()) / pr.sumW2();
      case REML -> (f.rss2() - pr.trace(null)) / pr.sumOfSquares(null, null);
      default -> (f.rss() * k / (k - p) - k) / pr.sumW();
    };
  }

  private double scoringSe(Tau2Estimator estimator, Projection pr) {
    return switch (estimator) {
      case ML -> Math.sqrt(2 / pr.sumW2());
      case REML -> Math.sqrt(2 / pr.sumOfSquares(null, null));
      default -> ebPmSe(pr.sumW());
    };
  }

  private double ebPmSe(double sumW) {
    return Math.sqrt(2.0 * k * k / (k - p)) / sumW;
  }

  /** metafor's check that ML or REML did not stop at a local maximum above τ² = 0. */
  private double checkAgainstZero(Tau2Estimator estimator, double tau2) {
    if (estimator == Tau2Estimator.EB || !(tau2 > MetaAnalysis.THRESHOLD)
        || logLikelihood(0, estimator) - logLikelihood(tau2, estimator) <= Zeroin.R_TOL) {
      return Math.max(0, tau2);
    }
    notes.add(String.format(Locale.ROOT, "%s: Fisher scoring may have stopped at a local "
        + "maximum (residual tau^2 = %s has a lower likelihood than tau^2 = 0); tau^2 set to 0 "
        + "as metafor does. Check the profile likelihood.", estimator.metaforName(),
        Format.significant(tau2, 6)));
    return 0;
  }

  /** The (restricted) log-likelihood at τ², up to a constant common to every τ². */
  private double logLikelihood(double tau2, Tau2Estimator estimator) {
    Projection pr = at(tau2);
    double rss = pr.fit(ymc).rss();
    double sumLog = 0;
    for (int i = 0; i < k; i++) {
      sumLog += Math.log(v[i] + tau2);
    }
    if (estimator == Tau2Estimator.ML) {
      return -0.5 * k * LOG_2PI - 0.5 * sumLog - 0.5 * rss;
    }
    return -0.5 * (k - p) * LOG_2PI - 0.5 * sumLog - 0.5 * pr.logDeterminant() - 0.5 * rss;
  }

  /** Paule-Mandel: the root of Q<sub>E</sub>(τ²) = k − p on [0, max(100, 10·mad(y)²)]. */
  private Fitter.Tau2Fit pm() {
    double target = k - p;
    double f0 = at(0).fit(ymc).rss() - target;
    if (f0 < 0) {
      return new Fitter.Tau2Fit(Tau2Estimator.PM, 0, ebPmSe(at(0).sumW()), 0);
    }
    double mad = Fitter.mad(y);
    double upper = Math.max(100, 10 * mad * mad);
    double fUpper = at(upper).fit(ymc).rss() - target;
    if (fUpper > 0) {
      throw new NonConvergenceException(Tau2Estimator.PM, 0, String.format(Locale.ROOT,
          "PM estimation of the residual tau^2: Q_E(tau^2) is still above k - p = %d at the "
              + "end of the search interval [0, %s]; choose another estimator or a fallback.",
          k - p, Format.significant(upper, 6)));
    }
    Zeroin.Root root = Zeroin.find(t -> at(t).fit(ymc).rss() - target, 0, upper, f0, fUpper,
        Zeroin.R_TOL, config.maxIterations());
    if (!root.converged()) {
      throw new NonConvergenceException(Tau2Estimator.PM, root.iterations(), String.format(
          Locale.ROOT, "PM estimation of the residual tau^2: the root search did not converge "
              + "in %d iterations (last tau^2 = %s); allow more iterations or choose another "
              + "estimator or a fallback.", root.iterations(),
          Format.significant(root.x(), 6)));
    }
    double tau2 = Math.max(0, root.x());
    return new Fitter.Tau2Fit(Tau2Estimator.PM, tau2, ebPmSe(at(tau2).sumW()), root.iterations());
  }

  /** τ² with the configured estimator, or its fallback if it does not converge. */
  private Fitter.Tau2Fit fitTau2() {
    return Fitter.estimateOrFallBack(config, this::estimate, notes);
  }

  // ---------------------------------------------------------------------------------------
  // The fit

  private RegressionResult run() {
    boolean random = config.model() == MetaResult.Model.RANDOM_EFFECTS;
    MetaResult.Test test = config.knappHartung() ? MetaResult.Test.KNAPP_HARTUNG
        : MetaResult.Test.Z;
    if (test == MetaResult.Test.KNAPP_HARTUNG && !random && !leastSquares) {
      notes.add("The Knapp-Hartung adjustment is not meant for common-effect models (metafor "
          + "warns likewise); it is applied as requested.");
    }
    Fitter.noteVarianceRatio(v, notes);
    Fitter.Tau2Fit tau2Fit = random ? fitTau2() : null;
    double tau2 = tau2Fit == null ? 0 : tau2Fit.tau2();
    Projection pr = at(tau2);
    Projection.Fit fit = pr.fit(y);
    double s2w = test == MetaResult.Test.KNAPP_HARTUNG ? knappHartungFactor(fit.rss()) : 1;
    RegressionResult.Builder b = new RegressionResult.Builder(config.model(), test,
        config.level(), k, x.scaling(), fit.beta(), scale(pr.inverse(), s2w));
    if (tau2Fit != null) {
      b.tau2(tau2Fit.estimator(), tau2, tau2Fit.se(), tau2Fit.iterations());
    }
    residualHeterogeneity(b, tau2Fit);
    if (withR2) {
      b.r2(r2(random, tau2, tau2Fit));
    }
    return b.notes(notes).leastSquares(leastSquares).build();
  }

  /** QE with its p value, I² and H² from the fixed-effects weights 1/v. */
  private void residualHeterogeneity(RegressionResult.Builder b, Fitter.Tau2Fit tau2Fit) {
    boolean random = tau2Fit != null;
    double tau2 = random ? tau2Fit.tau2() : 0;
    Projection fe = at(0);
    double qe = Math.max(0, fe.fit(ymc).rss());
    double vt = (k - p) / fe.trace(null);
    if (random && tau2Fit.estimator().isIterative() && vt < Zeroin.R_TOL) {
      notes.add(String.format(Locale.ROOT, "The typical sampling variance %s is below the "
          + "absolute tolerances metafor stops its tau^2 iterations at, so the %s estimate of "
          + "the residual tau^2 can be far from its exact value, as in metafor. Multiply the "
          + "estimates by 100 or 1000 and fit again.", Format.significant(vt, 3),
          tau2Fit.estimator().metaforName()));
    }
    double i2;
    double h2;
    if (random) {
      i2 = 100 * tau2 / (vt + tau2);
      h2 = tau2 / vt + 1;
    } else {
      i2 = qe > 0 ? Math.max(0, 100 * (qe - (k - p)) / qe) : 0;
      h2 = qe / (k - p);
    }
    b.residual(qe, i2, h2);
  }

  /**
   * metafor's R²: for random effects 100·max(0, (τ²₀ − τ²)/τ²₀) against the intercept-only fit
   * with the same estimator (0 when τ²₀ = 0, absent when that fit fails); for the common-effect
   * model the adjusted R² of the weighted least-squares fit. Absent without moderators.
   */
  private double r2(boolean random, double tau2, Fitter.Tau2Fit tau2Fit) {
    if (p == 1) {
      return Double.NaN;
    }
    if (!random) {
      return commonEffectR2();
    }
    MetaAnalysis interceptOnly = MetaAnalysis.randomEffects(tau2Fit.estimator())
        .withMaxIterations(config.maxIterations())
        .withStepAdjustment(config.stepAdjustment())
        .withHeterogeneityIntervals(false);
    double tau2Re;
    try {
      tau2Re = Fitter.fit(interceptOnly, y, v).tau2();
    } catch (NonConvergenceException e) {
      notes.add("R^2 is not given: the intercept-only model it compares with did not "
          + "converge (" + e.getMessage() + ")");
      return Double.NaN;
    }
    return tau2Re == 0 ? 0 : Math.max(0, 100 * (tau2Re - tau2) / tau2Re);
  }

  /** 100·max(0, 1 − (Q<sub>E</sub>/Q)(k − 1)/(k − p)), as {@code lm}'s adjusted R². */
  private double commonEffectR2() {
    double min = Arrays.stream(y).min().orElseThrow();
    double max = Arrays.stream(y).max().orElseThrow();
    if (min == max) {
      return 0;
    }
    double[] w = weights(0);
    double sw = 0;
    double swy = 0;
    for (int i = 0; i < k; i++) {
      sw += w[i];
      swy += w[i] * y[i];
    }
    double mean = swy / sw;
    double total = 0;
    for (int i = 0; i < k; i++) {
      total += w[i] * (y[i] - mean) * (y[i] - mean);
    }
    double residual = at(0).fit(y).rss();
    return Math.max(0, 100 * (1 - residual / total * (k - 1) / (k - p)));
  }

  /** The Knapp-Hartung factor s² = Σw(y − Xβ̂)²/(k − p). */
  private double knappHartungFactor(double rss) {
    return Fitter.knappHartungFactor(rss, k - p,
        "the model fits the " + k + " estimates exactly", "standard errors");
  }

  private static double[][] scale(double[][] m, double factor) {
    double[][] out = new double[m.length][];
    for (int r = 0; r < m.length; r++) {
      out[r] = m[r].clone();
      for (int c = 0; c < m.length; c++) {
        out[r][c] *= factor;
      }
    }
    return out;
  }

}
