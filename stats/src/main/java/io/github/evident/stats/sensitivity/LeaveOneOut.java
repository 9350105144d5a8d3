package io.github.evident.stats.sensitivity;

import io.github.evident.core.internal.Checks;
import io.github.evident.stats.internal.StudyData;
import io.github.evident.stats.internal.SubsetFit;
import io.github.evident.stats.internal.SubsetFitting;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.NonConvergenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Leave-one-out analysis: the configured meta-analysis fitted k times, each time without one
 * study, as metafor 3.8-1's {@code leave1out}. Immutable.
 *
 * <pre>{@code
 * SensitivitySeries loo = LeaveOneOut.of(MetaAnalysis.randomEffects()).fit(yi, vi);
 * System.out.println(loo.summary());
 * }</pre>
 *
 * <p>Each fit re-estimates τ² for its k − 1 studies exactly as {@link MetaAnalysis#fit} would
 * (same start, same iterations, same fallback), but sums that do not depend on τ² are the full
 * sums less the omitted study, so no subset is copied. A fit that does not converge is reported
 * for its step (see {@link SensitivityStep#failure()}).
 */
public final class LeaveOneOut {

  private final MetaAnalysis analysis;

  private LeaveOneOut(MetaAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * A leave-one-out analysis of the given meta-analysis.
   *
   * @param analysis the configured analysis (any estimator, test and level)
   * @return the leave-one-out analysis
   * @throws IllegalArgumentException if {@code analysis} is null
   */
  public static LeaveOneOut of(MetaAnalysis analysis) {
    return new LeaveOneOut(Checks.notNull("analysis", analysis));
  }

  /**
   * The configured meta-analysis.
   *
   * @return the analysis
   */
  public MetaAnalysis analysis() {
    return analysis;
  }

  /**
   * Fits the analysis to all studies and to each set of k − 1 studies. The arrays are copied.
   *
   * @param yi the effect size estimates, finite, at least two
   * @param vi their sampling variances, finite and positive
   * @return the series: step i leaves out study i
   * @throws IllegalArgumentException if an array is null, the lengths differ, k &lt; 2, or a
   *     value is not finite or (for a variance) not positive; the message names the study
   */
  public SensitivitySeries fit(double[] yi, double[] vi) {
    double[][] yv = StudyData.copy(yi, vi, "k (the number of studies)", 2,
        "a study must remain when one is left out");
    SubsetFit[] fits = SubsetFitting.get().leaveOneOut(analysis, yv[0], yv[1]);
    List<SensitivityStep> steps = new ArrayList<>(fits.length);
    for (int i = 0; i < fits.length; i++) {
      steps.add(step(i, fits[i]));
    }
    return series(SensitivitySeries.Kind.LEAVE_ONE_OUT, analysis, yv, steps);
  }

  /** A step from a subset fit. */
  static SensitivityStep step(int study, SubsetFit fit) {
    return new SensitivityStep(study, fit.fit(), fit.failure());
  }

  /** The series with the fit of all studies, or why that fit failed. */
  static SensitivitySeries series(SensitivitySeries.Kind kind, MetaAnalysis analysis,
      double[][] yv, List<SensitivityStep> steps) {
    try {
      MetaResult full = analysis.fit(yv[0], yv[1]);
      return new SensitivitySeries(kind, steps, Optional.of(full), Optional.empty());
    } catch (NonConvergenceException e) {
      return new SensitivitySeries(kind, steps, Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeaveOneOut l && analysis.equals(l.analysis);
  }

  @Override
  public int hashCode() {
    return analysis.hashCode() * 31 + 1;
  }

  /**
   * The analysis in words, for example {@code leave-one-out of random-effects meta-analysis
   * (REML), z test, 95% level}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "leave-one-out of " + analysis;
  }
}
