package io.github.evident.stats.meta;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.Objects;

/**
 * A configured meta-regression: a mixed-effects (or common-effect) model of k effect sizes
 * y<sub>i</sub> with sampling variances v<sub>i</sub> on numeric moderators, as metafor 3.8-1's
 * {@code rma(yi, vi, mods = ~ ...)}. Instances are immutable: every {@code withX} method
 * returns a new, reconfigured instance.
 *
 * <pre>{@code
 * MetaRegression reg = MetaRegression.randomEffects(Tau2Estimator.REML).withKnappHartung();
 * Moderators mods = Moderators.of(List.of("ablat", "year"), ablat, year);
 * RegressionResult r = reg.fit(yi, vi, mods);
 * r.coefficient("ablat"); r.r2(); r.predict(30, 1970);
 * }</pre>
 *
 * <p>The model is y = Xβ + u + ε with X = [1, moderators] (p columns), u ~ N(0, τ²) the
 * residual heterogeneity and ε<sub>i</sub> ~ N(0, v<sub>i</sub>). With
 * W = diag(1/(v<sub>i</sub> + τ²)), β̂ = (XᵀWX)⁻¹XᵀWy with covariance (XᵀWX)⁻¹; the Knapp and
 * Hartung (2003) test multiplies it by s² = Σw<sub>i</sub>(y<sub>i</sub> − x<sub>i</sub>ᵀβ̂)²/(k − p)
 * and uses t (coefficients) and F (omnibus test) distributions with k − p denominator degrees
 * of freedom. τ² is estimated by every {@link Tau2Estimator} as metafor generalises it to
 * moderators (k − p in place of k − 1, the projection P = W − WX(XᵀWX)⁻¹XᵀW in place of its
 * intercept-only form). Each iteration costs O(k·p²); no k×k matrix is formed.
 *
 * <p>Defaults are metafor's: REML, z test, 95% level, Fisher scoring with step adjustment 1, at
 * most 100 iterations and convergence threshold 10⁻⁵ on τ². The model needs at least p + 1
 * studies.
 *
 * <p>Meta-regression compares studies, not patients: its associations are observational, need
 * about ten studies per moderator (Cochrane Handbook, chapter 10.11) and should be
 * pre-specified.
 */
public final class MetaRegression {

  private final MetaResult.Model model;
  private final Tau2Estimator estimator;
  private final boolean knappHartung;
  private final double level;
  private final int maxIterations;
  private final double stepAdjustment;
  private final Tau2Estimator fallback;
  /** Whether this is {@link #weightedLeastSquares()}, which asks for no Knapp-Hartung note. */
  private final boolean leastSquares;

  private MetaRegression(MetaResult.Model model, Tau2Estimator estimator, boolean knappHartung,
      double level, int maxIterations, double stepAdjustment, Tau2Estimator fallback) {
    this(model, estimator, knappHartung, level, maxIterations, stepAdjustment, fallback, false);
  }

  private MetaRegression(MetaResult.Model model, Tau2Estimator estimator, boolean knappHartung,
      double level, int maxIterations, double stepAdjustment, Tau2Estimator fallback,
      boolean leastSquares) {
    this.model = model;
    this.estimator = estimator;
    this.knappHartung = knappHartung;
    this.level = level;
    this.maxIterations = maxIterations;
    this.stepAdjustment = stepAdjustment;
    this.fallback = fallback;
    this.leastSquares = leastSquares && model == MetaResult.Model.COMMON_EFFECT && knappHartung;
  }

  /**
   * A mixed-effects meta-regression with the REML estimator of τ² (metafor's default).
   *
   * @return the configured regression
   */
  public static MetaRegression randomEffects() {
    return randomEffects(Tau2Estimator.REML);
  }

  /**
   * A mixed-effects meta-regression with the given estimator of residual τ².
   *
   * @param estimator the τ² estimator
   * @return the configured regression
   * @throws IllegalArgumentException if {@code estimator} is null
   */
  public static MetaRegression randomEffects(Tau2Estimator estimator) {
    Checks.notNull("estimator", estimator);
    return new MetaRegression(MetaResult.Model.RANDOM_EFFECTS, estimator, false, 0.95,
        MetaAnalysis.DEFAULT_MAX_ITERATIONS, 1.0, null);
  }

  /**
   * A common-effect (fixed-effects) meta-regression: τ² = 0, weights 1/v<sub>i</sub>
   * (metafor's {@code method = "EE"}).
   *
   * @return the configured regression
   */
  public static MetaRegression commonEffect() {
    return new MetaRegression(MetaResult.Model.COMMON_EFFECT, null, false, 0.95,
        MetaAnalysis.DEFAULT_MAX_ITERATIONS, 1.0, null);
  }

  /**
   * Weighted least squares with weights 1/v<sub>i</sub> and an estimated residual variance, as
   * R's {@code lm(yi ~ mods, weights = 1/vi)}: the common-effect regression with the
   * Knapp-Hartung factor s² = Q<sub>E</sub>/(k − p) on the covariance and t and F tests with
   * k − p degrees of freedom. This is the model of Egger's regression test (metafor's
   * {@code regtest(model = "lm")}); unlike {@code commonEffect().withKnappHartung()} the
   * result carries no note that the adjustment is unusual for a common-effect model.
   *
   * @return the configured regression
   */
  public static MetaRegression weightedLeastSquares() {
    return new MetaRegression(MetaResult.Model.COMMON_EFFECT, null, true, 0.95,
        MetaAnalysis.DEFAULT_MAX_ITERATIONS, 1.0, null, true);
  }

  /**
   * The regression configured as {@code analysis} is: same model, τ² estimator, fallback,
   * test, level, maximum iterations and step adjustment, as metafor refits a model with
   * moderators (for example in {@code regtest}).
   *
   * @param analysis a configured meta-analysis
   * @return the configured regression
   * @throws IllegalArgumentException if {@code analysis} is null
   */
  public static MetaRegression like(MetaAnalysis analysis) {
    Checks.notNull("analysis", analysis);
    return new MetaRegression(analysis.model(), analysis.estimator(), analysis.knappHartung(),
        analysis.level(), analysis.maxIterations(), analysis.stepAdjustment(),
        analysis.fallback());
  }

  /**
   * Uses the Knapp and Hartung (2003) tests: t for each coefficient, F for the omnibus test
   * (metafor's {@code test = "knha"}).
   *
   * @return a new regression
   */
  public MetaRegression withKnappHartung() {
    return withKnappHartung(true);
  }

  /**
   * Chooses between the Knapp-Hartung tests ({@code true}) and the z and χ² tests
   * ({@code false}).
   *
   * @param enabled whether to use the Knapp-Hartung tests
   * @return a new regression
   */
  public MetaRegression withKnappHartung(boolean enabled) {
    return new MetaRegression(model, estimator, enabled, level, maxIterations, stepAdjustment,
        fallback, leastSquares);
  }

  /**
   * Sets the confidence level of the coefficient, prediction and confidence intervals.
   *
   * @param level the level, strictly between 0 and 1
   * @return a new regression
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   */
  public MetaRegression withLevel(double level) {
    Checks.level("level", level);
    return new MetaRegression(model, estimator, knappHartung, level, maxIterations,
        stepAdjustment, fallback, leastSquares);
  }

  /**
   * Sets the maximum number of iterations of Fisher scoring (ML, REML, EB) and of the root
   * search (PM), metafor's {@code control = list(maxiter = ...)}, default 100.
   *
   * @param maxIterations the maximum, at least 1
   * @return a new regression
   * @throws IllegalArgumentException if {@code maxIterations < 1}
   */
  public MetaRegression withMaxIterations(int maxIterations) {
    Checks.atLeast("maxIterations", maxIterations, 1);
    return new MetaRegression(model, estimator, knappHartung, level, maxIterations,
        stepAdjustment, fallback, leastSquares);
  }

  /**
   * Multiplies every Fisher scoring step by this factor (metafor's
   * {@code control = list(stepadj = ...)}, default 1).
   *
   * @param stepAdjustment the factor, in (0, 1]
   * @return a new regression
   * @throws IllegalArgumentException if the factor is not in (0, 1]
   */
  public MetaRegression withStepAdjustment(double stepAdjustment) {
    if (!(stepAdjustment > 0 && stepAdjustment <= 1)) {
      throw new IllegalArgumentException(
          "stepAdjustment must be in (0, 1], was " + stepAdjustment);
    }
    return new MetaRegression(model, estimator, knappHartung, level, maxIterations,
        stepAdjustment, fallback, leastSquares);
  }

  /**
   * Falls back to another τ² estimator when the chosen one does not converge (metafor's
   * {@code method = c("REML", "DL")}); the result names the estimator used and says why in its
   * notes. Without a fallback, non-convergence throws {@link NonConvergenceException}.
   *
   * @param fallback the estimator to use instead
   * @return a new regression
   * @throws IllegalArgumentException if {@code fallback} is null
   * @throws IllegalStateException for a common-effect regression (it estimates no τ²)
   */
  public MetaRegression withFallback(Tau2Estimator fallback) {
    Checks.notNull("fallback", fallback);
    if (model == MetaResult.Model.COMMON_EFFECT) {
      throw new IllegalStateException("a common-effect regression estimates no tau^2, so it "
          + "cannot fall back to another tau^2 estimator");
    }
    return new MetaRegression(model, estimator, knappHartung, level, maxIterations,
        stepAdjustment, fallback, leastSquares);
  }

  /**
   * Fits the model. The arrays are copied, never kept.
   *
   * @param yi the effect size estimates, finite
   * @param vi their sampling variances, finite and positive
   * @param mods the moderators, one value per study ({@link Moderators#none()} for the
   *     intercept-only model)
   * @return the fit
   * @throws IllegalArgumentException if an argument is null, the lengths differ, a value is not
   *     finite or (for a variance) not positive (the message names the study index), there are
   *     fewer than p + 1 studies for p coefficients, a moderator is constant or a linear
   *     combination of the others (the message names it), or, with the Knapp-Hartung test, the
   *     model fits the estimates exactly
   * @throws NonConvergenceException if an iterative τ² estimator does not converge and no
   *     fallback was requested
   */
  public RegressionResult fit(double[] yi, double[] vi, Moderators mods) {
    Checks.notNull("yi", yi);
    Checks.notNull("vi", vi);
    Checks.notNull("mods", mods);
    int k = yi.length;
    if (vi.length != k) {
      throw new IllegalArgumentException("yi and vi must have the same length, were " + k
          + " and " + vi.length);
    }
    if (mods.studies() >= 0 && mods.studies() != k) {
      throw new IllegalArgumentException("the moderators have " + mods.studies()
          + " values each, but there are k = " + k + " studies");
    }
    int p = mods.size() + 1;
    if (k < p + 1) {
      throw new IllegalArgumentException("k = " + k + " studies are too few for " + p
          + " coefficients" + (model == MetaResult.Model.RANDOM_EFFECTS ? " and tau^2" : "")
          + ": at least p + 1 = " + (p + 1) + " are needed");
    }
    double[] y = yi.clone();
    double[] v = vi.clone();
    for (int i = 0; i < k; i++) {
      Checks.finite("yi[" + i + "] (study " + i + ")", y[i]);
      Checks.positive("vi[" + i + "] (study " + i + ")", v[i]);
    }
    return RegressionFitter.fit(this, y, v, Design.of(mods, k));
  }

  MetaResult.Model model() {
    return model;
  }

  Tau2Estimator estimator() {
    return estimator;
  }

  boolean knappHartung() {
    return knappHartung;
  }

  double level() {
    return level;
  }

  int maxIterations() {
    return maxIterations;
  }

  double stepAdjustment() {
    return stepAdjustment;
  }

  Tau2Estimator fallback() {
    return fallback;
  }

  boolean leastSquares() {
    return leastSquares;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MetaRegression m)) {
      return false;
    }
    return model == m.model && estimator == m.estimator && knappHartung == m.knappHartung
        && Double.compare(level, m.level) == 0 && maxIterations == m.maxIterations
        && Double.compare(stepAdjustment, m.stepAdjustment) == 0 && fallback == m.fallback
        && leastSquares == m.leastSquares;
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, estimator, knappHartung, level, maxIterations, stepAdjustment,
        fallback, leastSquares);
  }

  /**
   * The settings in words, for example {@code mixed-effects meta-regression (REML),
   * Knapp-Hartung tests, 95% level}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(leastSquares
        ? "weighted least-squares regression (weights 1/vi, estimated residual variance)"
        : model == MetaResult.Model.COMMON_EFFECT ? "common-effect meta-regression"
        : "mixed-effects meta-regression (" + estimator.metaforName() + ")");
    if (!leastSquares) {
      sb.append(knappHartung ? ", Knapp-Hartung tests" : ", z tests");
    }
    sb.append(", ").append(Format.level(level)).append("% level");
    if (fallback != null) {
      sb.append(", fallback ").append(fallback.metaforName());
    }
    if (maxIterations != MetaAnalysis.DEFAULT_MAX_ITERATIONS) {
      sb.append(", at most ").append(maxIterations).append(" iterations");
    }
    if (stepAdjustment != 1.0) {
      sb.append(", step adjustment ").append(Format.significant(stepAdjustment, 6));
    }
    return sb.toString();
  }
}
