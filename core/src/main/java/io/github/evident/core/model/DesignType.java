package io.github.evident.core.model;

/** Study designs, in the vocabulary of EPHPP and the Cochrane EPOC taxonomy. */
public enum DesignType {
  /** Randomized controlled trial. */
  RANDOMIZED_TRIAL(true),
  /** Controlled clinical trial (allocation not random). */
  CONTROLLED_CLINICAL_TRIAL(true),
  /** Cohort analytic: two groups, measured before and after. */
  COHORT_ANALYTIC(true),
  /** Case-control study. */
  CASE_CONTROL(true),
  /** One group measured before and after (EPHPP "cohort, one group pre + post"). */
  SINGLE_GROUP_PRE_POST(true),
  /** Interrupted time series. */
  INTERRUPTED_TIME_SERIES(true),
  /** Cross-sectional survey. */
  CROSS_SECTIONAL(true),
  /** Qualitative study (its methodology, e.g. phenomenological, is recorded with the design). */
  QUALITATIVE(false),
  /** Mixed methods: quantitative and qualitative components. */
  MIXED_METHODS(true),
  /** Any other design. */
  OTHER(false);

  private final boolean quantitative;

  DesignType(boolean quantitative) {
    this.quantitative = quantitative;
  }

  /**
   * Whether the design yields quantitative results (mixed methods do).
   *
   * @return true for quantitative and mixed designs
   */
  public boolean quantitative() {
    return quantitative;
  }

  /**
   * Whether the design has a qualitative component.
   *
   * @return true for qualitative and mixed-methods designs
   */
  public boolean qualitative() {
    return this == QUALITATIVE || this == MIXED_METHODS;
  }

  /**
   * The label used in text, such as {@code single-group pre-post} or {@code randomized trial}.
   *
   * @return the label
   */
  public String label() {
    return switch (this) {
      case RANDOMIZED_TRIAL -> "randomized trial";
      case CONTROLLED_CLINICAL_TRIAL -> "controlled clinical trial";
      case COHORT_ANALYTIC -> "cohort analytic";
      case CASE_CONTROL -> "case-control";
      case SINGLE_GROUP_PRE_POST -> "single-group pre-post";
      case INTERRUPTED_TIME_SERIES -> "interrupted time series";
      case CROSS_SECTIONAL -> "cross-sectional";
      case QUALITATIVE -> "qualitative";
      case MIXED_METHODS -> "mixed methods";
      case OTHER -> "other";
    };
  }
}
