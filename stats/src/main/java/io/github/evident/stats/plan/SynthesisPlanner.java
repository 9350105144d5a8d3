package io.github.evident.stats.plan;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.model.Review;
import io.github.evident.stats.effect.Measure;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.synthesis.PValueMethod;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Decides whether the studies of a review can be pooled, and if not, which acceptable
 * alternative applies (Cochrane Handbook, ch. 10 and 12). A final, immutable, configured object:
 * every {@code withX} returns a new planner.
 *
 * <p>Defaults, each with its source in the Cochrane Handbook (version 6.4, 2023):
 * <ul>
 *   <li>minimum number of studies for any synthesis: 2 (10.2: a meta-analysis is possible from
 *       two studies; 12.1: no synthesis of 0-1 studies);</li>
 *   <li>effect measure for 2×2 tables: log risk ratio (10.4.3: relative effects are more
 *       consistent across studies than absolute ones);</li>
 *   <li>meta-analysis: random effects with REML and the Knapp-Hartung (HKSJ) test
 *       (10.10.4.4 and the 2022-2025 Cochrane methods); the model is fixed in advance, never
 *       chosen from a heterogeneity test (10.10.4.1);</li>
 *   <li>design classes: {@link DesignClass#defaults()} (results of different designs are
 *       analysed separately, 10.10.1 and 24.2);</li>
 *   <li>pre-post correlation: never imputed (6.5.2.8: an imputed correlation is an assumption
 *       that needs a sensitivity analysis); when configured, the sensitivity grid is
 *       r ∈ {0.2, 0.5, 0.8};</li>
 *   <li>high risk of bias: overall ratings {WEAK, -, High, Serious, Critical} (EPHPP, NICE,
 *       RoB 2, ROBINS-I), compared case-insensitively; a caveat that does not block pooling
 *       (8.8, 10.10.4);</li>
 *   <li>heterogeneity: Q read at α = 0.10 (10.10.2: the test has low power); described by I²
 *       with its CI in the overlapping bands, never a bare threshold; does not block pooling;
 *       prediction interval from 5 studies (10.10.4.3);</li>
 *   <li>effects in opposite directions (95% CIs excluding no effect on both sides): a caveat
 *       (10.10.3);</li>
 *   <li>one result per study and outcome: the first reported comparison (9.3.4);</li>
 *   <li>combining p values: Fisher's method (12.2.2.2).</li>
 * </ul>
 *
 * <p>What each study's reported result allows (one result per study and outcome), with the
 * assumption recorded in {@link StudyEvidence#assumptions()}:
 * <ul>
 *   <li>2×2 table: the configured binary measure as metafor's {@code escalc} computes it;</li>
 *   <li>two arm summaries of different groups with SDs and sizes: MD and SMD (Hedges' g);</li>
 *   <li>paired change with mean difference d̄, SD of the differences s<sub>d</sub> and n: MC
 *       (v = s<sub>d</sub>²/n) and SMCC (g = J(n − 1)·d̄/s<sub>d</sub>,
 *       v = 1/n + g²/(2n)); with means, SDs and a reported (or imputed) r: MC and SMCC as
 *       {@code escalc} (Becker 1988; Morris and DeShon 2002);</li>
 *   <li>paired t and n: d<sub>z</sub> = t/√n, v = 1/n + d<sub>z</sub>²/(2n); an exact two-sided
 *       p with n and the direction of change: t = ±t<sub>1−p/2, n−1</sub> first;</li>
 *   <li>effect estimate with a CI: SE = (U − L)/(2·z<sub>(1+level)/2</sub>), on the log scale
 *       for ratio measures (Cochrane Handbook 6.3.2); with an SE: v = SE²;</li>
 *   <li>correlation with n: Fisher's z, v = 1/(n − 3);</li>
 *   <li>a bounded p ("p &lt; 0.001") is never treated as exact; with n it bounds
 *       |d<sub>z</sub>| &gt; t<sub>1−p/2, n−1</sub>/√n, reported as the assumption that would
 *       be needed.</li>
 * </ul>
 *
 * <pre>{@code
 * SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(review);
 * plan.conclusion();   // META_ANALYSIS or NARRATIVE
 * plan.summary();      // the reasons in words
 * }</pre>
 */
public final class SynthesisPlanner {

  private static final List<String> HIGH_RISK = List.of("WEAK", "-", "High", "Serious",
      "Critical");
  private static final List<Double> SENSITIVITY = List.of(0.2, 0.5, 0.8);

  private final PlannerSettings settings;
  private final MetaAnalysis meta;

  private SynthesisPlanner(PlannerSettings settings, MetaAnalysis meta) {
    this.settings = settings;
    this.meta = meta;
  }

  /**
   * A planner with the documented defaults.
   *
   * @return the planner
   */
  public static SynthesisPlanner withDefaults() {
    MetaAnalysis m = MetaAnalysis.randomEffects().withKnappHartung();
    return new SynthesisPlanner(ImmutablePlannerSettings.builder().minimumStudies(2)
        .binaryMeasure(Measure.RR).sensitivityCorrelations(SENSITIVITY)
        .designClasses(DesignClass.defaults()).highRiskLabels(HIGH_RISK).riskOfBiasBlocks(false)
        .heterogeneityAlpha(0.10).oppositeDirectionsBlock(false).predictionIntervalMinimum(5)
        .resultSelection(ResultSelection.FIRST_REPORTED).pValueMethod(PValueMethod.FISHER)
        .metaAnalysis(m.toString()).build(), m);
  }

  private SynthesisPlanner with(PlannerSettings s) {
    return new SynthesisPlanner(s, meta);
  }

  /**
   * Builds changed settings; a null value (which the builder rejects by naming the field)
   * becomes an {@code IllegalArgumentException}.
   */
  private static PlannerSettings guard(Supplier<PlannerSettings> change) {
    try {
      return change.get();
    } catch (NullPointerException e) {
      throw new IllegalArgumentException(e.getMessage() + " must not be null", e);
    }
  }

  /**
   * The current configuration.
   *
   * @return the settings
   */
  public PlannerSettings settings() {
    return settings;
  }

  /**
   * Sets the minimum number of studies for any synthesis method (default 2).
   *
   * @param minimum at least 1
   * @return a new planner
   * @throws IllegalArgumentException if {@code minimum} is below 1
   */
  public SynthesisPlanner withMinimumStudies(int minimum) {
    return with(guard(() -> settings.toBuilder().minimumStudies(minimum).build()));
  }

  /**
   * Sets the effect measure for 2×2 tables (default {@code RR}, the log risk ratio).
   *
   * @param measure {@code RR}, {@code OR}, {@code RD} or {@code PETO}
   * @return a new planner
   * @throws IllegalArgumentException for another measure
   */
  public SynthesisPlanner withBinaryMeasure(Measure measure) {
    return with(guard(() -> settings.toBuilder().binaryMeasure(measure).build()));
  }

  /**
   * Imputes a pre-post correlation r where means and SDs at both times are reported but neither
   * r, nor the SD of the differences, nor t, nor an exact p (default: never). Every effect size
   * resting on it carries the assumption and an {@code IMPUTED_VALUE} sensitivity note.
   *
   * @param r the imputed correlation in [-1, 1)
   * @return a new planner
   * @throws IllegalArgumentException if {@code r} is outside [-1, 1)
   */
  public SynthesisPlanner withImputedCorrelation(double r) {
    return with(guard(() -> settings.toBuilder().imputedCorrelation(r).build()));
  }

  /**
   * Sets the correlations of the sensitivity analysis for an imputed r (default 0.2, 0.5, 0.8).
   *
   * @param r the correlations, each in [-1, 1) (copied)
   * @return a new planner
   * @throws IllegalArgumentException if a value is outside [-1, 1)
   */
  public SynthesisPlanner withSensitivityCorrelations(double... r) {
    Checks.notNull("sensitivityCorrelations", r);
    List<Double> grid = Arrays.stream(r).boxed().toList();
    return with(guard(() -> settings.toBuilder().sensitivityCorrelations(grid).build()));
  }

  /**
   * Sets the design classes (default {@link DesignClass#defaults()}).
   *
   * @param classes the classes, at least one (copied)
   * @return a new planner
   * @throws IllegalArgumentException if {@code classes} is null, empty or holds null
   */
  public SynthesisPlanner withDesignClasses(List<DesignClass> classes) {
    return with(guard(() -> settings.toBuilder().designClasses(classes).build()));
  }

  /**
   * Sets the overall appraisal ratings that mean high risk of bias (default WEAK, -, High,
   * Serious, Critical; compared case-insensitively).
   *
   * @param labels the labels (copied)
   * @return a new planner
   * @throws IllegalArgumentException if {@code labels} is null or holds null
   */
  public SynthesisPlanner withHighRiskLabels(List<String> labels) {
    if (labels == null || labels.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("highRiskLabels must not be or hold null, was "
          + labels);
    }
    return with(guard(() -> settings.toBuilder().highRiskLabels(labels).build()));
  }

  /**
   * Whether studies at high risk of bias are kept out of a pooled estimate (default false: risk
   * of bias is a caveat). When true and fewer than the minimum remain, the group is not
   * meta-analysed.
   *
   * @param blocks true to keep them out
   * @return a new planner
   */
  public SynthesisPlanner withRiskOfBiasBlocking(boolean blocks) {
    return with(guard(() -> settings.toBuilder().riskOfBiasBlocks(blocks).build()));
  }

  /**
   * Sets the level at which the Q test is read as evidence of heterogeneity (default 0.10).
   *
   * @param alpha in (0, 1)
   * @return a new planner
   * @throws IllegalArgumentException if {@code alpha} is outside (0, 1)
   */
  public SynthesisPlanner withHeterogeneityAlpha(double alpha) {
    return with(guard(() -> settings.toBuilder().heterogeneityAlpha(alpha).build()));
  }

  /**
   * Blocks pooling when the lower confidence limit of I² reaches {@code i2Percent} (default:
   * heterogeneity never blocks; the Handbook prefers exploring it to refusing to pool).
   *
   * @param i2Percent the limit in [0, 100]
   * @return a new planner
   * @throws IllegalArgumentException if the limit is outside [0, 100]
   */
  public SynthesisPlanner withHeterogeneityBlocking(double i2Percent) {
    return with(guard(() -> settings.toBuilder().heterogeneityBlockingI2(i2Percent).build()));
  }

  /**
   * Whether effects whose 95% CIs exclude no effect in opposite directions block pooling
   * (default false: a caveat).
   *
   * @param blocks true to block
   * @return a new planner
   */
  public SynthesisPlanner withOppositeDirectionsBlocking(boolean blocks) {
    return with(guard(() -> settings.toBuilder().oppositeDirectionsBlock(blocks).build()));
  }

  /**
   * Sets the minimum number of studies for reporting a prediction interval (default 5).
   *
   * @param minimum at least 3
   * @return a new planner
   * @throws IllegalArgumentException if {@code minimum} is below 3
   */
  public SynthesisPlanner withPredictionIntervalMinimum(int minimum) {
    return with(guard(() -> settings.toBuilder().predictionIntervalMinimum(minimum).build()));
  }

  /**
   * Sets the rule selecting one result per study and outcome (default
   * {@link ResultSelection#FIRST_REPORTED}).
   *
   * @param selection the rule
   * @return a new planner
   * @throws IllegalArgumentException if {@code selection} is null
   */
  public SynthesisPlanner withResultSelection(ResultSelection selection) {
    return with(guard(() -> settings.toBuilder().resultSelection(selection).build()));
  }

  /**
   * Sets the method for combining p values (default {@link PValueMethod#FISHER}).
   *
   * @param method the method
   * @return a new planner
   * @throws IllegalArgumentException if {@code method} is null
   */
  public SynthesisPlanner withPValueMethod(PValueMethod method) {
    return with(guard(() -> settings.toBuilder().pValueMethod(method).build()));
  }

  /**
   * Sets the meta-analysis fitted to poolable groups (default
   * {@code MetaAnalysis.randomEffects().withKnappHartung()}: REML with the Knapp-Hartung test).
   *
   * @param analysis the configured meta-analysis
   * @return a new planner
   * @throws IllegalArgumentException if {@code analysis} is null
   */
  public SynthesisPlanner withMetaAnalysis(MetaAnalysis analysis) {
    Checks.notNull("metaAnalysis", analysis);
    return new SynthesisPlanner(settings.toBuilder().metaAnalysis(analysis.toString()).build(),
        analysis);
  }

  /**
   * Plans the synthesis of a review.
   *
   * <p>If the configured meta-analysis cannot be fitted to a poolable group (a τ² estimator
   * that does not converge, the Knapp-Hartung test with identical estimates, or a fit whose
   * numbers are not finite), the group gets a blocking {@link ReasonCode#FIT_FAILED} reason
   * with the cause and the next method in the Handbook's order; nothing is silently refitted
   * another way.
   *
   * <p>A study whose reported values give no usable effect size (a correlation of ±1, SDs of
   * 0, an SE of 0 or 1e300, a CI without width, a ratio of 0, means near the largest double:
   * an effect size, variance, weight 1/v or y²/v that is not a finite number) is named in an
   * {@link ReasonCode#UNUSABLE_VALUE} reason saying why, and left out of the pooled estimate;
   * the rest of its comparison is planned. Every number in the plan is finite.
   *
   * @param review the review
   * @return the plan
   * @throws IllegalArgumentException if {@code review} is null
   */
  public SynthesisPlan plan(Review review) {
    Checks.notNull("review", review);
    return new Planning(settings, meta).plan(review);
  }

  @Override
  public String toString() {
    return "SynthesisPlanner" + settings.toString().substring("PlannerSettings".length());
  }
}
