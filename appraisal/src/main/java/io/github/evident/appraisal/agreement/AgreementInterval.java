package io.github.evident.appraisal.agreement;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import java.util.Optional;

/**
 * What is reported of the Wald interval {@code estimate +- z se} of an agreement coefficient
 * (kappa, AC1), which lies in [−1, 1]: the interval truncated to [−1, 1], and a note when it
 * was truncated or has zero width.
 *
 * <p>The large-sample Wald interval can run past the coefficient's range with few subjects
 * (for example kappa 0.5 [−0.111, 1.111]); a bound beyond ±1 is not a possible value, so the
 * reported interval stops at ±1 and says so. A standard error of 0 (such as three pairs in full
 * agreement, or a rater who used one category) gives a zero-width interval, which shows no
 * uncertainty although there is much with so few subjects.
 */
final class AgreementInterval {

  private AgreementInterval() {}

  /** The Wald interval truncated to [−1, 1]. */
  static Interval truncate(Interval wald) {
    return truncated(wald)
        ? Interval.of(Math.max(-1, wald.lower()), Math.min(1, wald.upper())) : wald;
  }

  /** Whether a bound of the Wald interval lies outside [−1, 1]. */
  static boolean truncated(Interval wald) {
    return wald.lower() < -1 || wald.upper() > 1;
  }

  /**
   * A note for a reader when the reported interval is not the plain Wald interval: truncated,
   * or of zero width.
   */
  static Optional<String> note(Interval wald, long n) {
    if (truncated(wald)) {
      return Optional.of("interval truncated to [-1, 1]; the Wald interval is "
          + Format.interval(wald));
    }
    if (wald.lower() == wald.upper()) {
      return Optional.of("zero-width interval: the large-sample standard error is 0, which "
          + "does not show the uncertainty of " + Format.count(n, "subject", "subjects"));
    }
    return Optional.empty();
  }
}
