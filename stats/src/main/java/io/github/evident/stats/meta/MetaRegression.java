package io.github.evident.stats.meta;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.internal.StudyData;
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
 * Hartung (2003) test multiplies it by
 * s² = Σw<sub>i</sub>(y<sub>i</sub> − x<sub>i</sub>ᵀβ̂)²/(k − p) and uses t (coefficients)
 * and F (omnibus test) distributions with k − p denominator degrees of freedom. τ² is
 * estimated by every {@link Tau2Estimator} as metafor generalises it to moderators (k − p in
 * place of k − 1, the projection P = W − WX(XᵀWX)⁻¹XᵀW in place of its intercept-only form).
 * Each iteration costs O(k·p²); no k×k matrix is formed.
 *
 * <p>Defaults are metafor's: REML, z test, 95% level, Fisher scoring with step adjustment 1, at
 * most 100 iterations and convergence threshold 10⁻⁵ on τ². The model needs at least p + 1
 * studies.
 *
 * <p>{@link #permutationTest} tests the coefficients and the moderators by permuting the
 * moderators over the studies, as metafor's {@code permutest}: exact when there are at most
 * {@link #withPermutations n} distinct permutations, otherwise from n random ones
 * ({@link #withSeed}); it suits few studies, where the model-based p values are unreliable.
 *
 * <p>Meta-regression compares studies, not patients: its associations are observational, need
 * about ten studies per moderator (Cochrane Handbook, chapter 10.11) and should be
 * pre-specified.
 */
public final class MetaRegression {

  /**
   * The model, estimator, fallback, test, level and iteration control, kept as the
   * intercept-only analysis they describe (its heterogeneity-interval option is not used).
   */
  private final MetaAnalysis settings;
  /** Whether this is {@link #weightedLeastSquares()}, which asks for no Knapp-Hartung note. */
  private final boolean leastSquares;
  /** The permutations of {@link #permutationTest}: the limit for exactness and the draws. */
  private final int permutations;
  /** The seed of the random permutations, or null to draw one. */
  private final Long seed;

  private MetaRegression(MetaAnalysis settings, boolean leastSquares) {
    this(settings, leastSquares, PermutationTester.DEFAULT_PERMUTATIONS, null);
  }

  private MetaRegression(MetaAnalysis settings, boolean leastSquares, int permutations,
      Long seed) {
    this.settings = settings.withHeterogeneityIntervals(true);
    this.leastSquares = leastSquares && settings.model() == MetaResult.Model.COMMON_EFFECT
        && settings.knappHartung();
    this.permutations = permutations;
    this.seed = seed;
  }

  private MetaRegression with(MetaAnalysis newSettings) {
    return new MetaRegression(newSettings, leastSquares, permutations, seed);
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
    return new MetaRegression(MetaAnalysis.randomEffects(estimator), false);
  }

  /**
   * A common-effect (fixed-effects) meta-regression: τ² = 0, weights 1/v<sub>i</sub>
   * (metafor's {@code method = "EE"}).
   *
   * @return the configured regression
   */
  public static MetaRegression commonEffect() {
    return new MetaRegression(MetaAnalysis.commonEffect(), false);
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
    return new MetaRegression(MetaAnalysis.commonEffect().withKnappHartung(), true);
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
    return new MetaRegression(analysis, false);
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
    return with(settings.withKnappHartung(enabled));
  }

  /**
   * Sets the confidence level of the coefficient, prediction and confidence intervals.
   *
   * @param level the level, strictly between 0 and 1
   * @return a new regression
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   */
  public MetaRegression withLevel(double level) {
    return with(settings.withLevel(level));
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
    return with(settings.withMaxIterations(maxIterations));
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
    return with(settings.withStepAdjustment(stepAdjustment));
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
    return with(settings.withFallback(fallback));
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
   *     finite or (for a variance) not positive, or outside the representable range of
   *     {@link MetaAnalysis#fit(double[], double[])} (the message names the study index), there are
   *     fewer than p + 1 studies for p coefficients, a moderator is constant or a linear
   *     combination of the others (the message names it), or, with the Knapp-Hartung test, the
   *     model fits the estimates exactly
   * @throws NonConvergenceException if an iterative τ² estimator does not converge and no
   *     fallback was requested
   */
  public RegressionResult fit(double[] yi, double[] vi, Moderators mods) {
    StudyData.sameLength(yi, vi);
    Checks.notNull("mods", mods);
    int k = yi.length;
    if (mods.studies() >= 0 && mods.studies() != k) {
      throw new IllegalArgumentException("the moderators have " + mods.studies()
          + " values each, but there are k = " + k + " studies");
    }
    int p = mods.size() + 1;
    if (k < p + 1) {
      throw new IllegalArgumentException("k = " + k + " studies are too few for " + p
          + " coefficients" + (random() ? " and tau^2" : "")
          + ": at least p + 1 = " + (p + 1) + " are needed");
    }
    double[][] data = StudyData.copy(yi, vi);
    return RegressionFitter.fit(this, data[0], data[1], Design.of(mods, k));
  }

  /**
   * Sets the number of permutations of {@link #permutationTest}, metafor's {@code iter}
   * (default 1,000): the test is exact when the moderators have at most this many distinct
   * permutations, otherwise it uses this many, the observed order and n − 1 random ones.
   *
   * @param n the number of permutations, at least 2
   * @return a new regression
   * @throws IllegalArgumentException if {@code n < 2}
   */
  public MetaRegression withPermutations(int n) {
    Checks.atLeast("permutations", n, 2, "the observed order is one of them");
    return new MetaRegression(settings, leastSquares, n, seed);
  }

  /**
   * Sets the seed of the random permutations of {@link #permutationTest}, so that an
   * approximate test can be repeated exactly. Without a seed one is drawn and reported in the
   * result.
   *
   * @param seed the seed
   * @return a new regression
   */
  public MetaRegression withSeed(long seed) {
    return new MetaRegression(settings, leastSquares, permutations, seed);
  }

  /**
   * Fits the model and tests its coefficients and moderators by permuting the rows of the
   * moderators over the studies, as metafor 3.8-1's {@code permutest(rma(yi, vi, mods = ...))}.
   * The test is exact (every distinct permutation once) when there are at most
   * {@link #withPermutations n} distinct permutations, otherwise approximate (n − 1 random
   * permutations from the {@link #withSeed seed} and the observed order). A p value is the share
   * of permutations whose statistic is at least the observed one (two-sided |z| or |t| for a
   * coefficient, Q<sub>M</sub> for the omnibus test), with a tolerance of √ε for ties.
   * Permutations whose fit fails are counted in the result: the exact test leaves them out, the
   * approximate test draws another permutation in their place.
   *
   * @param yi the effect size estimates, finite
   * @param vi their sampling variances, finite and positive
   * @param mods the moderators, at least one
   * @return the fit with its permutation p values
   * @throws IllegalArgumentException as {@link #fit}, and if there are no moderators (metafor
   *     flips signs instead for the intercept-only model; not offered here)
   * @throws NonConvergenceException if the observed fit does not converge, or the fits of
   *     as many random permutations as requested fail
   */
  public PermutationResult permutationTest(double[] yi, double[] vi, Moderators mods) {
    Checks.notNull("mods", mods);
    if (mods.size() == 0) {
      throw new IllegalArgumentException("mods: a permutation test needs at least one "
          + "moderator to permute, got none");
    }
    RegressionResult observed = fit(yi, vi, mods);
    double[][] data = StudyData.copy(yi, vi);
    Design design = Design.of(mods, yi.length);
    return PermutationTester.run(this, data[0], data[1], design, observed, permutations, seed);
  }

  /** The settings as an intercept-only analysis. */
  MetaAnalysis settings() {
    return settings;
  }

  private boolean random() {
    return settings.model() == MetaResult.Model.RANDOM_EFFECTS;
  }

  boolean leastSquares() {
    return leastSquares;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetaRegression m && settings.equals(m.settings)
        && leastSquares == m.leastSquares && permutations == m.permutations
        && Objects.equals(seed, m.seed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(settings, leastSquares, permutations, seed);
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
        : random() ? "mixed-effects meta-regression (" + settings.estimator().metaforName() + ")"
        : "common-effect meta-regression");
    if (!leastSquares) {
      sb.append(settings.knappHartung() ? ", Knapp-Hartung tests" : ", z tests");
    }
    sb.append(", ").append(Format.level(settings.level())).append("% level");
    if (settings.fallback() != null) {
      sb.append(", fallback ").append(settings.fallback().metaforName());
    }
    if (settings.maxIterations() != MetaAnalysis.DEFAULT_MAX_ITERATIONS) {
      sb.append(", at most ").append(settings.maxIterations()).append(" iterations");
    }
    if (settings.stepAdjustment() != 1.0) {
      sb.append(", step adjustment ").append(Format.significant(settings.stepAdjustment(), 6));
    }
    if (permutations != PermutationTester.DEFAULT_PERMUTATIONS) {
      sb.append(", ").append(permutations).append(" permutations");
    }
    if (seed != null) {
      sb.append(", seed ").append(seed);
    }
    return sb.toString();
  }
}
