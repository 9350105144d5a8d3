package io.github.evident.stats.meta;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.Optional;

/**
 * The fitted value of a meta-regression at given moderator values, as metafor's
 * {@code predict(res, newmods = ...)}: the estimate x'β̂, its standard error, confidence
 * interval, and the prediction interval x'β̂ ± crit·√(SE² + τ²) for the true effect of a new
 * study with these characteristics.
 *
 * @param estimate the fitted value
 * @param standardError its standard error
 * @param ci its confidence interval
 * @param predictionInterval the prediction interval; empty for a common-effect model
 */
public record Prediction(double estimate, double standardError, Interval ci,
    Optional<Interval> predictionInterval) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if an interval is null, the estimate not finite or the
   *     standard error negative
   */
  public Prediction {
    Checks.finite("estimate", estimate);
    Checks.nonNegative("standardError", standardError);
    Checks.notNull("ci", ci);
    Checks.notNull("predictionInterval", predictionInterval);
  }

  /**
   * One line, for example {@code -0.6280 (SE 0.1361), CI [-0.9312, -0.3247], prediction
   * interval [-1.4292, 0.1733]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return Format.estimate(estimate) + " (SE " + Format.estimate(standardError) + "), CI "
        + Format.interval(ci) + predictionInterval.map(p -> ", prediction interval "
        + Format.interval(p)).orElse("");
  }
}
