package io.github.evident.stats.ttest;

/** The alternative hypothesis of a t test, about the true mean difference {@code mu}. */
public enum Alternative {
  /** {@code mu != 0}: two-sided p value and a two-sided confidence interval (the default). */
  TWO_SIDED,
  /** {@code mu > 0}: upper-tail p value and a confidence interval {@code [lower, +inf)}. */
  GREATER,
  /** {@code mu < 0}: lower-tail p value and a confidence interval {@code (-inf, upper]}. */
  LESS;

  /**
   * The label used in text: {@code two-sided}, {@code one-sided, greater} or
   * {@code one-sided, less}.
   *
   * @return the label
   */
  public String label() {
    return switch (this) {
      case GREATER -> "one-sided, greater";
      case LESS -> "one-sided, less";
      case TWO_SIDED -> "two-sided";
    };
  }
}
