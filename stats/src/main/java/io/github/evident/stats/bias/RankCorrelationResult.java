package io.github.evident.stats.bias;

import io.github.evident.core.internal.Format;
import java.util.List;

/**
 * The rank correlation test for funnel plot asymmetry (Begg and Mazumdar 1994), as metafor's
 * {@code ranktest}: Kendall's τ between the standardised deviates and the sampling variances,
 * and its two-sided p value.
 *
 * @param k the number of studies
 * @param tau Kendall's τ (τ-b when there are ties), in [−1, 1]
 * @param statistic with the exact test the number of concordant pairs T, otherwise the
 *     standard normal statistic z of S = (concordant − discordant pairs)
 * @param pValue the two-sided p value
 * @param exact whether the p value comes from the exact null distribution of T (no ties, at
 *     most 500 studies) or from the normal approximation with the variance corrected for ties
 *     (any tie, or more studies)
 * @param notes caveats, such as fewer than 10 studies (Cochrane Handbook 13.3.5.4)
 */
public record RankCorrelationResult(int k, double tau, double statistic, double pValue,
    boolean exact, List<String> notes) {

  /**
   * Copies the notes.
   *
   * @throws NullPointerException if {@code notes} is or holds null
   */
  public RankCorrelationResult {
    notes = List.copyOf(notes);
  }

  /**
   * A multi-line report as metafor prints it, with the method of the p value.
   *
   * @return the report
   */
  public String summary() {
    return "Rank Correlation Test for Funnel Plot Asymmetry (k = " + k + ")\n\n"
        + "Kendall's tau = " + Format.estimate(tau) + ", " + Format.p(pValue) + "\n"
        + (exact ? "Exact p value: T = " + Format.df(statistic) + " concordant pairs.\n"
            : "Normal approximation (ties, or k > 500): z = " + Format.estimate(statistic) + ".\n")
        + (notes.isEmpty() ? "" : "\nNotes:\n- " + String.join("\n- ", notes) + "\n");
  }

  /**
   * One line, for example {@code rank correlation test (k = 13): Kendall's tau = 0.0256,
   * p = 0.9524 (exact)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "rank correlation test (k = " + k + "): Kendall's tau = " + Format.estimate(tau)
        + ", " + Format.p(pValue) + (exact ? " (exact)" : " (normal approximation)")
        + (notes.isEmpty() ? "" : "; " + Format.count(notes.size(), "note", "notes"));
  }
}
