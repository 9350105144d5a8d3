package io.github.evident.stats.sensitivity;

import io.github.evident.core.internal.Checks;
import io.github.evident.stats.internal.StudyData;
import io.github.evident.stats.internal.SubsetFit;
import io.github.evident.stats.internal.SubsetFitting;
import io.github.evident.stats.meta.MetaAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * Cumulative meta-analysis: the configured meta-analysis fitted to the first study, the first
 * two, and so on, in a given order (by year, precision or any key), as metafor 3.8-1's
 * {@code cumul}. Immutable.
 *
 * <pre>{@code
 * int[] byYear = {4, 0, 2, 1, 3};      // 0-based study indices, earliest first
 * SensitivitySeries cumul = Cumulative.of(MetaAnalysis.randomEffects()).fit(yi, vi, byYear);
 * }</pre>
 *
 * <p>The order is metafor's {@code order(key)} less one. Each step's fit is what
 * {@link MetaAnalysis#fit} gives for its studies, without the Q-profile intervals; the last step
 * is the fit of all studies. A fit that does not converge is reported for its step.
 */
public final class Cumulative {

  private final MetaAnalysis analysis;

  private Cumulative(MetaAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * A cumulative analysis of the given meta-analysis.
   *
   * @param analysis the configured analysis (any estimator, test and level)
   * @return the cumulative analysis
   * @throws IllegalArgumentException if {@code analysis} is null
   */
  public static Cumulative of(MetaAnalysis analysis) {
    return new Cumulative(Checks.notNull("analysis", analysis));
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
   * Fits the analysis to the first m studies of {@code order}, m = 1, …, k. The arrays are
   * copied.
   *
   * @param yi the effect size estimates, finite, at least one
   * @param vi their sampling variances, finite and positive
   * @param order the 0-based study indices in the order they are added: a permutation of
   *     0, …, k − 1
   * @return the series: step m adds study {@code order[m]}
   * @throws IllegalArgumentException if an array is null, the lengths differ, k = 0, a value
   *     is not finite or (for a variance) not positive, or {@code order} is not a permutation
   *     (the message names the position and the value)
   */
  public SensitivitySeries fit(double[] yi, double[] vi, int[] order) {
    double[][] yv = StudyData.copy(yi, vi, "k (the number of studies)", 1,
        "a cumulative analysis needs a study");
    int[] o = permutation(order, yv[0].length);
    SubsetFit[] fits = SubsetFitting.get().cumulative(analysis, yv[0], yv[1], o);
    List<SensitivityStep> steps = new ArrayList<>(fits.length);
    for (int m = 0; m < fits.length; m++) {
      steps.add(LeaveOneOut.step(o[m], fits[m]));
    }
    return LeaveOneOut.series(SensitivitySeries.Kind.CUMULATIVE, analysis, yv, steps);
  }

  /** A checked copy of {@code order}, which must be a permutation of 0, …, k − 1. */
  private static int[] permutation(int[] order, int k) {
    Checks.notNull("order", order);
    if (order.length != k) {
      throw new IllegalArgumentException("order must list each of the k = " + k
          + " studies once, had " + order.length + " entries");
    }
    int[] o = order.clone();
    int[] seenAt = new int[k];
    for (int m = 0; m < k; m++) {
      int s = o[m];
      if (s < 0 || s >= k) {
        throw new IllegalArgumentException("order[" + m + "] must be a 0-based study index in [0, "
            + (k - 1) + "], was " + s);
      }
      if (seenAt[s] != 0) {
        throw new IllegalArgumentException("order[" + m + "] repeats study " + s
            + " (already at order[" + (seenAt[s] - 1) + "]); order must be a permutation");
      }
      seenAt[s] = m + 1;
    }
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cumulative c && analysis.equals(c.analysis);
  }

  @Override
  public int hashCode() {
    return analysis.hashCode() * 31 + 2;
  }

  /**
   * The analysis in words, for example {@code cumulative random-effects meta-analysis (REML),
   * z test, 95% level}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "cumulative " + analysis;
  }
}
