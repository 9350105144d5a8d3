package io.github.evident.stats.effect;

/**
 * The sign of an effect recovered from a two-sided p value, which carries no direction itself.
 */
public enum Direction {
  /** Group 1 (treatment, post-test) scored higher: the statistic is positive. */
  POSITIVE,
  /** Group 1 (treatment, post-test) scored lower: the statistic is negative. */
  NEGATIVE
}
