package io.github.evident.report.figure;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;

/**
 * How a forest plot shows estimates that are computed on an analysis scale.
 *
 * <p>Ratio measures (log risk ratio, log odds ratio, log ratio of means) are pooled on the log
 * scale; with {@link #EXP} the axis stays on that scale (a log axis), while the tick labels and
 * the numbers printed are exponentiated, and the line of no effect is at 1.
 */
public enum Transform {
  /** Values are shown as they are; the line of no effect is at 0. */
  NONE,
  /** Values are shown as {@code exp(x)} on a log axis; the line of no effect is at 1. */
  EXP;

  /**
   * The displayed value of an analysis-scale value.
   *
   * @param x the value on the analysis scale
   * @return {@code x} or {@code exp(x)}
   */
  public double apply(double x) {
    return this == EXP ? Math.exp(x) : x;
  }

  /**
   * The analysis-scale value of a displayed value.
   *
   * @param y the displayed value ({@code > 0} for {@link #EXP})
   * @return {@code y} or {@code log(y)}
   * @throws IllegalArgumentException if {@code y} is not finite, or not positive for
   *     {@link #EXP}
   */
  public double inverse(double y) {
    if (!Double.isFinite(y) || this == EXP && !(y > 0)) {
      throw new IllegalArgumentException("value " + y + " is not on the displayed scale of "
          + label() + " values" + (this == EXP ? " (must be finite and > 0)" : " (must be finite)"));
    }
    return this == EXP ? Math.log(y) : y;
  }

  /**
   * An estimate and its interval as a figure prints them, on the displayed scale, for example
   * {@code 0.49 [0.34, 0.70]}.
   *
   * @param estimate the estimate on the analysis scale
   * @param ci its interval on the analysis scale
   * @param decimals the decimals shown
   * @return the text
   */
  String text(double estimate, Interval ci, int decimals) {
    return Format.figure(apply(estimate), decimals) + " [" + Format.figure(apply(ci.lower()),
        decimals) + ", " + Format.figure(apply(ci.upper()), decimals) + "]";
  }

  /**
   * The transform in words, for text a reader sees.
   *
   * @return {@code "none"} or {@code "exponential"}
   */
  public String label() {
    return this == EXP ? "exponential" : "none";
  }
}
