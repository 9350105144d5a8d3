package io.github.evident.stats.effect;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Distributions;
import io.github.evident.core.internal.Format;
import java.util.List;

/**
 * An effect size estimate with its sampling variance, the measure it is expressed in, and notes
 * on anything done to the data to compute it (for example a continuity correction).
 *
 * <p>Instances come from {@link EffectSizes} and {@link EffectSizeConversions}; an estimate with a
 * known variance from elsewhere can be wrapped with {@link #of(double, double)} (measure
 * {@link Measure#GEN}).
 *
 * @param estimate the estimate, on the measure's analysis scale (for example a log odds ratio)
 * @param variance the sampling variance of the estimate, finite and {@code >= 0}
 * @param measure the measure
 * @param notes notes on corrections or assumptions, never null (copied)
 */
public record EffectSize(double estimate, double variance, Measure measure, List<String> notes) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the estimate is not finite, the variance is negative or
   *     not finite, or the measure or notes are null
   */
  public EffectSize {
    Checks.finite("estimate", estimate);
    Checks.nonNegative("variance", variance);
    Checks.notNull("measure", measure);
    if (notes == null) {
      throw new IllegalArgumentException("notes must not be null (use an empty list)");
    }
    notes = List.copyOf(notes);
  }

  /**
   * A generic estimate with a known variance (measure {@link Measure#GEN}, no notes).
   *
   * @param estimate the estimate
   * @param variance the sampling variance
   */
  public EffectSize(double estimate, double variance) {
    this(estimate, variance, Measure.GEN, List.of());
  }

  /**
   * A generic estimate with a known variance (measure {@link Measure#GEN}, no notes).
   *
   * @param estimate the estimate
   * @param variance the sampling variance, finite and {@code >= 0}
   * @return the effect size
   */
  public static EffectSize of(double estimate, double variance) {
    return new EffectSize(estimate, variance);
  }

  /**
   * An estimate with a known variance in a given measure, without notes.
   *
   * @param measure the measure
   * @param estimate the estimate
   * @param variance the sampling variance, finite and {@code >= 0}
   * @return the effect size
   */
  public static EffectSize of(Measure measure, double estimate, double variance) {
    return new EffectSize(estimate, variance, measure, List.of());
  }

  /**
   * The standard error, the square root of the variance.
   *
   * @return {@code sqrt(variance)}
   */
  public double standardError() {
    return Math.sqrt(variance);
  }

  /**
   * The 95% Wald confidence interval {@code estimate +/- 1.959964 * SE}.
   *
   * @return the interval
   */
  public Interval ci() {
    return ci(0.95);
  }

  /**
   * The Wald confidence interval {@code estimate +/- z_{(1+level)/2} * SE} with the standard
   * normal quantile, as metafor's {@code summary.escalc} computes it.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   */
  public Interval ci(double level) {
    double half = Distributions.normalCritical(level) * standardError();
    return Interval.of(estimate - half, estimate + half);
  }

  /**
   * Tells whether any correction or assumption was noted (see {@link #notes()}).
   *
   * @return true if there are notes
   */
  public boolean hasNotes() {
    return !notes.isEmpty();
  }

  /**
   * One line, for example {@code log RR -0.8893 (SE 0.5706, 95% CI [-2.0077, 0.2291])}, followed
   * by the notes, separated by semicolons, when there are any.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String s = measure.label() + " " + Format.estimate(estimate) + " (SE "
        + Format.estimate(standardError()) + ", 95% CI " + Format.interval(ci()) + ")";
    return notes.isEmpty() ? s : s + "; " + String.join("; ", notes);
  }
}
