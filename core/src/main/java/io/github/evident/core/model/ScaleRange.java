package io.github.evident.core.model;

import io.github.evident.core.internal.Checks;

/**
 * The possible range of an instrument's scores, such as 0 to 27 for the PHQ-9.
 *
 * @param min the lowest possible score
 * @param max the highest possible score
 */
public record ScaleRange(double min, double max) {

  /**
   * Validates the range.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
   */
  public ScaleRange {
    Checks.finite("scaleRange.min", min);
    Checks.finite("scaleRange.max", max);
    if (min >= max) {
      throw new IllegalArgumentException(
          "scaleRange.min must be below scaleRange.max, was " + min + " >= " + max);
    }
  }

  /**
   * Creates a range.
   *
   * @param min the lowest possible score
   * @param max the highest possible score
   * @return the range
   */
  public static ScaleRange of(double min, double max) {
    return new ScaleRange(min, max);
  }

  @Override
  public String toString() {
    return fmt(min) + "-" + fmt(max);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
