package io.github.evident.stats.synthesis;

/**
 * The distribution of a combined statistic under the null hypothesis that no study has an effect.
 */
public enum NullDistribution {
  /** Chi-squared with the result's degrees of freedom (Fisher). */
  CHI_SQUARED("chi-squared"),
  /** Standard normal (Stouffer, weighted Stouffer). */
  STANDARD_NORMAL("standard normal"),
  /** Exact Irwin-Hall, the sum of {@code k} independent uniforms (Edgington, small {@code k}). */
  IRWIN_HALL("Irwin-Hall"),
  /**
   * Normal approximation to Irwin-Hall, mean {@code k/2} and variance {@code k/12} (Edgington,
   * large {@code k}).
   */
  IRWIN_HALL_NORMAL_APPROXIMATION("normal approximation to Irwin-Hall"),
  /** Minimum of {@code k} independent uniforms, Beta(1, k) (Tippett). */
  MINIMUM_OF_UNIFORMS("minimum of uniforms"),
  /** Student t with the result's degrees of freedom (logit). */
  STUDENT_T("Student t");

  private final String label;

  NullDistribution(String label) {
    this.label = label;
  }

  /**
   * A short human-readable name, for example {@code "chi-squared"}.
   *
   * @return the name
   */
  public String label() {
    return label;
  }
}
