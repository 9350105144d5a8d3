package io.github.evident.stats.plan;

/**
 * The synthesis method chosen for a group of studies, in the order of preference of the
 * Cochrane Handbook (ch. 12, Table 12.2.a).
 */
public enum SynthesisMethod {
  /** Meta-analysis of effect estimates: each contributing study has a valid variance. */
  META_ANALYSIS("meta-analysis of effect estimates"),
  /** Summary of effect estimates (median, interquartile range, range) without variances. */
  SUMMARY_OF_ESTIMATES("summary of effect estimates (median, IQR, range)"),
  /** Combination of exact one-sided p values. */
  COMBINED_P_VALUES("combining p values"),
  /** Vote counting by direction of effect with a sign test. */
  VOTE_COUNTING_BY_DIRECTION("vote counting by direction of effect"),
  /** Structured narrative description of the studies. */
  NARRATIVE("narrative synthesis"),
  /** Thematic synthesis of qualitative evidence. */
  THEMATIC("thematic synthesis of qualitative evidence"),
  /** No usable data: nothing to synthesise. */
  NONE("no synthesis (no usable data)");

  private final String description;

  SynthesisMethod(String description) {
    this.description = description;
  }

  /**
   * A short description in words.
   *
   * @return for example "meta-analysis of effect estimates"
   */
  public String description() {
    return description;
  }
}
