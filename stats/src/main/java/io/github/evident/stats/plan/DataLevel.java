package io.github.evident.stats.plan;

/**
 * What the reported data of one study allow, from most to least informative (Cochrane
 * Handbook, ch. 12, Table 12.2.a).
 */
public enum DataLevel {
  /** An effect size with a valid variance: the study can enter a meta-analysis. */
  EFFECT_WITH_VARIANCE("effect size with variance"),
  /** An effect estimate without a valid variance. */
  ESTIMATE_WITHOUT_VARIANCE("estimate without variance"),
  /** An exact p value and the direction of effect. */
  EXACT_P_WITH_DIRECTION("exact p value with direction"),
  /** The direction of effect only. */
  DIRECTION_ONLY("direction of effect only"),
  /** Nothing usable for a quantitative synthesis. */
  NOTHING("no usable data");

  private final String description;

  DataLevel(String description) {
    this.description = description;
  }

  /**
   * A short description in words.
   *
   * @return for example "exact p value with direction"
   */
  public String description() {
    return description;
  }

  /**
   * Whether this level is at least as informative as {@code other}.
   *
   * @param other the level to compare with
   * @return true if this level allows everything {@code other} allows
   */
  public boolean atLeast(DataLevel other) {
    return ordinal() <= other.ordinal();
  }
}
