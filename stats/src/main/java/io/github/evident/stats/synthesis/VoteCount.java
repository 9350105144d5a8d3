package io.github.evident.stats.synthesis;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of vote counting by direction of effect: {@code u} of {@code n} studies favour the
 * intervention, with intervals for the proportion and a two-sided sign test.
 *
 * <p>Made by {@link VoteCounting#count(int, int, int)}; see there for the formulas.
 *
 * @param favourable {@code u}, the number of studies whose effect favours the intervention
 * @param unfavourable {@code n - u}, the number whose effect favours the comparator
 * @param excluded studies left out of the count (no change, ties, conflicting findings)
 * @param confidenceLevel the confidence level of the intervals, in {@code (0, 1)}
 * @param proportion {@code u / n}
 * @param wilson the Wilson score interval (no continuity correction)
 * @param clopperPearson the Clopper-Pearson ("exact") interval
 * @param jeffreys the Jeffreys interval (equal-tailed, Beta(u + 1/2, n - u + 1/2))
 * @param signTestP the two-sided sign test p value against a proportion of 1/2
 */
public record VoteCount(
    int favourable,
    int unfavourable,
    int excluded,
    double confidenceLevel,
    double proportion,
    Interval wilson,
    Interval clopperPearson,
    Interval jeffreys,
    double signTestP) {

  /**
   * Validates the result.
   *
   * @throws IllegalArgumentException if a count is negative, no study has a direction, the level
   *     is not in {@code (0, 1)}, the proportion is not {@code u / n} or the p value is not in
   *     {@code [0, 1]}
   * @throws NullPointerException if an interval is null
   */
  public VoteCount {
    VoteCounting.checkCounts(favourable, unfavourable, excluded);
    VoteCounting.checkLevel(confidenceLevel);
    Objects.requireNonNull(wilson, "wilson");
    Objects.requireNonNull(clopperPearson, "clopperPearson");
    Objects.requireNonNull(jeffreys, "jeffreys");
    double expected = (double) favourable / (favourable + unfavourable);
    if (Double.compare(proportion, expected) != 0) {
      throw new IllegalArgumentException(
          "proportion must be favourable / (favourable + unfavourable) = " + expected + ", was "
              + proportion);
    }
    Checks.probability("signTestP", signTestP);
  }

  /**
   * The number of studies counted, {@code n = favourable + unfavourable}.
   *
   * @return {@code n}
   */
  public int n() {
    return favourable + unfavourable;
  }

  /**
   * One line, for example {@code 10 of 12 favour (83.33%, 95% Wilson CI [55.20%, 95.30%]), 0
   * excluded, sign test p = 0.0386}.
   *
   * @return the summary line
   */
  @Override
  public String toString() {
    return favourable + " of " + n() + " favour (" + share(proportion) + ", "
        + Format.level(confidenceLevel) + "% Wilson CI [" + share(wilson.lower()) + ", "
        + share(wilson.upper()) + "]), " + excluded + " excluded, sign test "
        + Format.p(signTestP);
  }

  private static String share(double fraction) {
    return Format.share(fraction, Format.TEXT_PERCENT_DECIMALS);
  }
}
