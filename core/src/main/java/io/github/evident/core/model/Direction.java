package io.github.evident.core.model;

/** Which way of an outcome scale means improvement. */
public enum Direction {
  /** Higher scores are better (e.g. self-esteem, quality of life on most scales). */
  HIGHER_IS_BETTER,
  /** Lower scores are better (e.g. PHQ-9 depression, the Christo inventory). */
  LOWER_IS_BETTER;

  /**
   * The sign that turns a raw difference (post minus pre, or treatment minus control) into
   * "improvement is positive".
   *
   * @return {@code +1} for {@link #HIGHER_IS_BETTER}, {@code -1} for {@link #LOWER_IS_BETTER}
   */
  public int improvementSign() {
    return this == HIGHER_IS_BETTER ? 1 : -1;
  }
}
