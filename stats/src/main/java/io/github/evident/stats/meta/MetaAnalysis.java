package io.github.evident.stats.meta;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.internal.StudyData;
import io.github.evident.stats.internal.SubsetFitting;
import java.util.List;
import java.util.Objects;

/**
 * A configured common-effect or random-effects meta-analysis of k effect sizes y<sub>i</sub>
 * with sampling variances v<sub>i</sub> (an intercept-only model, as metafor's {@code rma}).
 * Instances are immutable: every {@code withX} method returns a new, reconfigured instance.
 *
 * <pre>{@code
 * MetaResult r = MetaAnalysis.randomEffects(Tau2Estimator.REML)
 *     .withKnappHartung()
 *     .fit(yi, vi);
 * System.out.println(r.summary());
 * }</pre>
 *
 * <p>The pooled estimate is μ̂ = Σw*<sub>i</sub>y<sub>i</sub>/Σw*<sub>i</sub> with
 * w*<sub>i</sub> = 1/(v<sub>i</sub> + τ²) (τ² = 0 for the common-effect model) and standard error
 * 1/√Σw*<sub>i</sub>. The z test uses the normal distribution; the Knapp and Hartung (2003)
 * test (Hartung-Knapp-Sidik-Jonkman) multiplies the variance by
 * s² = Σw*<sub>i</sub>(y<sub>i</sub> − μ̂)²/(k − 1), without truncating s² at 1, and uses the t
 * distribution with k − 1 degrees of freedom, as metafor's {@code test = "knha"}.
 *
 * <p>Defaults are metafor 3.8-1's: REML, z test, 95% level, Fisher scoring with step
 * adjustment 1, at most 100 iterations and convergence threshold 10⁻⁵ on τ².
 */
public final class MetaAnalysis {

  static {
    SubsetFitting.Holder.register(new SubsetFits());
  }

  /** Convergence threshold on the change of τ² between Fisher scoring iterations (metafor). */
  static final double THRESHOLD = 1e-5;

  /** metafor's default maximum number of iterations. */
  static final int DEFAULT_MAX_ITERATIONS = 100;

  private final MetaResult.Model model;
  private final Tau2Estimator estimator;
  private final boolean knappHartung;
  private final double level;
  private final int maxIterations;
  private final double stepAdjustment;
  private final Tau2Estimator fallback;
  private final boolean heterogeneityIntervals;

  private MetaAnalysis(MetaResult.Model model, Tau2Estimator estimator, boolean knappHartung,
      double level, int maxIterations, double stepAdjustment, Tau2Estimator fallback,
      boolean heterogeneityIntervals) {
    this.model = model;
    this.estimator = estimator;
    this.knappHartung = knappHartung;
    this.level = level;
    this.maxIterations = maxIterations;
    this.stepAdjustment = stepAdjustment;
    this.fallback = fallback;
    this.heterogeneityIntervals = heterogeneityIntervals;
  }

  /**
   * A random-effects meta-analysis with the REML estimator of τ² (metafor's default).
   *
   * @return the configured analysis
   */
  public static MetaAnalysis randomEffects() {
    return randomEffects(Tau2Estimator.REML);
  }

  /**
   * A random-effects meta-analysis with the given estimator of τ².
   *
   * @param estimator the τ² estimator
   * @return the configured analysis
   * @throws IllegalArgumentException if {@code estimator} is null
   */
  public static MetaAnalysis randomEffects(Tau2Estimator estimator) {
    Checks.notNull("estimator", estimator);
    return new MetaAnalysis(MetaResult.Model.RANDOM_EFFECTS, estimator, false, 0.95,
        DEFAULT_MAX_ITERATIONS, 1.0, null, true);
  }

  /**
   * A common-effect (equal-effects, "fixed-effect") meta-analysis: τ² = 0, inverse-variance
   * weights 1/v<sub>i</sub> (metafor's {@code method = "EE"}). It has no prediction interval
   * and no confidence interval for τ².
   *
   * @return the configured analysis
   */
  public static MetaAnalysis commonEffect() {
    return new MetaAnalysis(MetaResult.Model.COMMON_EFFECT, null, false, 0.95,
        DEFAULT_MAX_ITERATIONS, 1.0, null, true);
  }

  /**
   * Uses the Knapp and Hartung (2003) t test (HKSJ) for the pooled estimate, its confidence
   * and prediction intervals, as metafor's {@code test = "knha"}.
   *
   * @return a new analysis with the Knapp-Hartung test
   */
  public MetaAnalysis withKnappHartung() {
    return withKnappHartung(true);
  }

  /**
   * Chooses between the Knapp-Hartung t test ({@code true}) and the z test ({@code false}).
   *
   * @param enabled whether to use the Knapp-Hartung test
   * @return a new analysis
   */
  public MetaAnalysis withKnappHartung(boolean enabled) {
    return new MetaAnalysis(model, estimator, enabled, level, maxIterations, stepAdjustment,
        fallback, heterogeneityIntervals);
  }

  /**
   * Sets the confidence level of every interval (estimate, prediction, τ², I², H²).
   *
   * @param level the level, strictly between 0 and 1, e.g. 0.95
   * @return a new analysis
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   */
  public MetaAnalysis withLevel(double level) {
    Checks.level("level", level);
    return new MetaAnalysis(model, estimator, knappHartung, level, maxIterations,
        stepAdjustment, fallback, heterogeneityIntervals);
  }

  /**
   * Sets the maximum number of iterations of Fisher scoring (ML, REML, EB) and of the root
   * search (PM); metafor's {@code control = list(maxiter = ...)}, default 100.
   *
   * @param maxIterations the maximum, at least 1
   * @return a new analysis
   * @throws IllegalArgumentException if {@code maxIterations < 1}
   */
  public MetaAnalysis withMaxIterations(int maxIterations) {
    Checks.atLeast("maxIterations", maxIterations, 1);
    return new MetaAnalysis(model, estimator, knappHartung, level, maxIterations,
        stepAdjustment, fallback, heterogeneityIntervals);
  }

  /**
   * Multiplies every Fisher scoring step by this factor (metafor's
   * {@code control = list(stepadj = ...)}, default 1). A factor below 1 helps when scoring
   * oscillates; it also changes where the iteration stops within the convergence threshold,
   * so reproducing a metafor fit needs the same factor.
   *
   * @param stepAdjustment the factor, in (0, 1]
   * @return a new analysis
   * @throws IllegalArgumentException if the factor is not in (0, 1]
   */
  public MetaAnalysis withStepAdjustment(double stepAdjustment) {
    if (!(stepAdjustment > 0 && stepAdjustment <= 1)) {
      throw new IllegalArgumentException(
          "stepAdjustment must be in (0, 1], was " + stepAdjustment);
    }
    return new MetaAnalysis(model, estimator, knappHartung, level, maxIterations,
        stepAdjustment, fallback, heterogeneityIntervals);
  }

  /**
   * Falls back to another τ² estimator when the chosen one does not converge (metafor's
   * {@code method = c("REML", "DL")}). The result then reports the estimator actually used
   * in {@link MetaResult#tau2Estimator()} and explains the fallback in
   * {@link MetaResult#notes()}. Without a fallback, non-convergence throws
   * {@link NonConvergenceException}.
   *
   * @param fallback the estimator to use instead, e.g. {@link Tau2Estimator#DL}
   * @return a new analysis
   * @throws IllegalArgumentException if {@code fallback} is null
   * @throws IllegalStateException if this is a common-effect analysis (it estimates no τ²)
   */
  public MetaAnalysis withFallback(Tau2Estimator fallback) {
    Checks.notNull("fallback", fallback);
    if (model == MetaResult.Model.COMMON_EFFECT) {
      throw new IllegalStateException("a common-effect analysis estimates no tau^2, so it "
          + "cannot fall back to another tau^2 estimator");
    }
    return new MetaAnalysis(model, estimator, knappHartung, level, maxIterations,
        stepAdjustment, fallback, heterogeneityIntervals);
  }

  /**
   * Chooses whether a random-effects fit computes the Q-profile confidence intervals of τ²,
   * I² and H² (Viechtbauer 2007; metafor's {@code confint}), which is the default. Without
   * them {@link MetaResult#tau2Ci()}, {@link MetaResult#i2Ci()} and {@link MetaResult#h2Ci()}
   * are empty and every other number is unchanged; a fit then saves the two root searches of
   * the Q profile, which a simulation study of the pooled estimate does not need.
   *
   * <pre>{@code
   * MetaAnalysis fast = MetaAnalysis.randomEffects(Tau2Estimator.REML)
   *     .withKnappHartung()
   *     .withHeterogeneityIntervals(false);
   * }</pre>
   *
   * @param enabled whether to compute the intervals
   * @return a new analysis
   */
  public MetaAnalysis withHeterogeneityIntervals(boolean enabled) {
    return new MetaAnalysis(model, estimator, knappHartung, level, maxIterations,
        stepAdjustment, fallback, enabled);
  }

  /**
   * Fits the model to estimates and sampling variances. The arrays are copied, never kept.
   *
   * @param yi the effect size estimates, finite
   * @param vi their sampling variances, finite and positive
   * @return the fit
   * @throws IllegalArgumentException if an array is null or empty, their lengths differ, or a
   *     value is NaN, infinite or (for a variance) not positive, or outside the range in which
   *     the fit is representable in double precision (a variance below about 5.6e-309 or above
   *     4.5e307, an estimate more than 1e150 from the mean of the estimates, or estimates so far
   *     apart for their variances that Q overflows); the message names the study index
   *     (0-based) and the value. Also with the Knapp-Hartung test when the estimates are
   *     practically identical (the adjusted standard error would be 0; metafor reports 0)
   * @throws NonConvergenceException if an iterative τ² estimator does not converge and no
   *     fallback was requested
   */
  public MetaResult fit(double[] yi, double[] vi) {
    StudyData.sameLength(yi, vi);
    if (yi.length == 0) {
      throw new IllegalArgumentException("no studies: yi and vi are empty (k = 0)");
    }
    double[][] data = StudyData.copy(yi, vi);
    return Fitter.fit(this, data[0], data[1]);
  }

  /**
   * Fits the model to effect sizes (their {@code estimate()} and {@code variance()}).
   *
   * @param effects the effect sizes, at least one
   * @return the fit
   * @throws IllegalArgumentException as {@link #fit(double[], double[])}, or if the list or
   *     an element is null
   * @throws NonConvergenceException as {@link #fit(double[], double[])}
   */
  public MetaResult fit(List<EffectSize> effects) {
    Checks.notNull("effects", effects);
    int k = effects.size();
    double[] y = new double[k];
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      EffectSize e = effects.get(i);
      Checks.notNull("effects[" + i + "] (study " + i + ")", e);
      y[i] = e.estimate();
      v[i] = e.variance();
    }
    return fit(y, v);
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

  boolean heterogeneityIntervals() {
    return heterogeneityIntervals;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MetaAnalysis)) {
      return false;
    }
    MetaAnalysis m = (MetaAnalysis) o;
    return model == m.model && estimator == m.estimator && knappHartung == m.knappHartung
        && Double.compare(level, m.level) == 0 && maxIterations == m.maxIterations
        && Double.compare(stepAdjustment, m.stepAdjustment) == 0 && fallback == m.fallback
        && heterogeneityIntervals == m.heterogeneityIntervals;
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, estimator, knappHartung, level, maxIterations, stepAdjustment,
        fallback, heterogeneityIntervals);
  }

  /**
   * The settings in words, for example {@code random-effects meta-analysis (REML), Knapp-Hartung
   * t test, 95% level}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(model == MetaResult.Model.COMMON_EFFECT
        ? "common-effect meta-analysis"
        : "random-effects meta-analysis (" + estimator.metaforName() + ")");
    sb.append(knappHartung ? ", Knapp-Hartung t test" : ", z test");
    sb.append(", ").append(Format.level(level)).append("% level");
    if (fallback != null) {
      sb.append(", fallback ").append(fallback.metaforName());
    }
    if (maxIterations != DEFAULT_MAX_ITERATIONS) {
      sb.append(", at most ").append(maxIterations).append(" iterations");
    }
    if (stepAdjustment != 1.0) {
      sb.append(", step adjustment ").append(Format.significant(stepAdjustment, 6));
    }
    if (!heterogeneityIntervals && model == MetaResult.Model.RANDOM_EFFECTS) {
      sb.append(", no heterogeneity intervals");
    }
    return sb.toString();
  }

}
