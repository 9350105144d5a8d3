package io.github.evident.core;

import io.github.evident.core.internal.Format;

/**
 * A closed interval {@code [lower, upper]}, such as a confidence or prediction interval.
 *
 * <p>Bounds may be infinite (a one-sided interval) but never NaN, and {@code lower <= upper}.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 */
public record Interval(double lower, double upper) {

  /**
   * Validates the bounds.
   *
   * @throws IllegalArgumentException if a bound is NaN or {@code lower > upper}
   */
  public Interval {
    if (Double.isNaN(lower) || Double.isNaN(upper)) {
      throw new IllegalArgumentException(
          "interval bounds must not be NaN: lower=" + lower + ", upper=" + upper);
    }
    if (lower > upper) {
      throw new IllegalArgumentException(
          "interval lower bound " + lower + " is greater than upper bound " + upper);
    }
  }

  /**
   * Creates an interval.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @return the interval
   * @throws IllegalArgumentException if a bound is NaN or {@code lower > upper}
   */
  public static Interval of(double lower, double upper) {
    return new Interval(lower, upper);
  }

  /**
   * Tells whether a value lies in the interval, bounds included.
   *
   * @param value the value
   * @return {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  /**
   * The width {@code upper - lower}.
   *
   * @return the width
   */
  public double width() {
    return upper - lower;
  }

  /**
   * The interval as text, {@code [lower, upper]} with four decimals, for example
   * {@code [0.1197, 1.1115]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return Format.interval(this);
  }
}
