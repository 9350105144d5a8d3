package io.github.evident.appraisal.agreement;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Distributions;
import java.util.Optional;

/**
 * An agreement statistic with a large-sample standard error for its confidence interval: the
 * Wald interval {@code coefficient +- z se}, reported truncated to [−1, 1] (see
 * {@link AgreementInterval}).
 */
abstract class AgreementCoefficient extends AgreementStatistic {

  private static final double DEFAULT_LEVEL = 0.95;

  private final double standardError;
  private final long n;

  AgreementCoefficient(double coefficient, double standardError, double testStandardError,
      double observedAgreement, double expectedAgreement, long n) {
    super(coefficient, testStandardError, observedAgreement, expectedAgreement);
    this.standardError = standardError;
    this.n = n;
  }

  /**
   * The large-sample standard error of the coefficient, used for the confidence interval (see
   * the class description for its formula).
   *
   * @return the standard error, non-negative
   */
  public double standardError() {
    return standardError;
  }

  /**
   * The number of rated subjects (the table total).
   *
   * @return n
   */
  public long n() {
    return n;
  }

  /**
   * The 95% confidence interval {@code coefficient +- 1.96 se}, truncated to [−1, 1].
   *
   * @return the interval
   */
  public Interval ci() {
    return ci(DEFAULT_LEVEL);
  }

  /**
   * The Wald confidence interval {@code coefficient +- z_{1-(1-level)/2} se} truncated to
   * [−1, 1], the range of the coefficient; {@link #waldCi(double)} is the interval before
   * truncation.
   *
   * @param level the confidence level, in {@code (0, 1)}, e.g. 0.95
   * @return the interval
   * @throws IllegalArgumentException if {@code level} is not in {@code (0, 1)}
   */
  public Interval ci(double level) {
    return AgreementInterval.truncate(waldCi(level));
  }

  /**
   * The Wald confidence interval {@code coefficient +- z_{1-(1-level)/2} se}, not truncated (it
   * can run past ±1 with few subjects).
   *
   * @param level the confidence level, in {@code (0, 1)}, e.g. 0.95
   * @return the interval
   * @throws IllegalArgumentException if {@code level} is not in {@code (0, 1)}
   */
  public Interval waldCi(double level) {
    double h = Distributions.normalCritical(level) * standardError;
    return Interval.of(coefficient() - h, coefficient() + h);
  }

  /**
   * Whether the 95% Wald interval runs past ±1, so that {@link #ci()} is truncated.
   *
   * @return {@code true} if {@link #ci()} differs from {@code waldCi(0.95)}
   */
  public boolean ciTruncated() {
    return AgreementInterval.truncated(waldCi(DEFAULT_LEVEL));
  }

  /**
   * A note on the 95% interval for a reader: that it was truncated to [−1, 1], or that it has
   * zero width because the standard error is 0 (every subject rated alike).
   *
   * @return the note, empty for an ordinary interval
   */
  public Optional<String> ciNote() {
    return AgreementInterval.note(waldCi(DEFAULT_LEVEL), n);
  }

  /** The {@linkplain #ciNote() note on the interval} in parentheses after a space, or "". */
  final String ciNoteSuffix() {
    return ciNote().map(t -> " (" + t + ")").orElse("");
  }
}
