package io.github.evident.stats.synthesis;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Distributions;
import io.github.evident.core.internal.Format;
import java.util.Collection;

/**
 * Vote counting by direction of effect (Cochrane Handbook, ch. 12; McKenzie and Brennan 2019):
 * the proportion of studies whose effect favours the intervention, with its confidence intervals
 * and a sign test.
 *
 * <p>Counting by direction, not by statistical significance: a study counts as favourable when
 * its estimate points towards benefit, whatever its p value. Studies with no change, exactly
 * tied or conflicting findings are excluded and reported. With {@code u} favourable of {@code n}
 * counted, {@code alpha = 1 - level} and {@code z = Phi^-1(1 - alpha/2)}:
 *
 * <ul>
 *   <li>Wilson score interval (Wilson 1927), no continuity correction, as R's {@code
 *       prop.test(u, n, correct = FALSE)}: {@code (p + z^2/(2n) +- z sqrt(p(1 - p)/n +
 *       z^2/(4n^2))) / (1 + z^2/n)} with {@code p = u/n}; the lower bound is 0 when {@code u = 0}
 *       and the upper 1 when {@code u = n}.
 *   <li>Clopper-Pearson interval (Clopper and Pearson 1934), as R's {@code binom.test}: the
 *       {@code alpha/2} quantile of Beta({@code u}, {@code n - u + 1}) and the {@code 1 - alpha/2}
 *       quantile of Beta({@code u + 1}, {@code n - u}); 0 when {@code u = 0}, 1 when {@code u =
 *       n}.
 *   <li>Jeffreys interval (Brown, Cai and DasGupta 2001): the {@code alpha/2} and {@code 1 -
 *       alpha/2} quantiles of Beta({@code u + 1/2}, {@code n - u + 1/2}), with the lower bound
 *       set to 0 when {@code u = 0} and the upper to 1 when {@code u = n}.
 *   <li>Two-sided sign test: {@code P = min(1, 2 sum_{i >= max(u, n - u)} C(n, i) / 2^n)}, the
 *       same as R's {@code binom.test(u, n)}.
 * </ul>
 *
 * <p>The Handbook's example: 10 of 12 studies favour the intervention, 83% (95% CI 55% to 95%),
 * P = 0.039.
 *
 * <pre>{@code
 * VoteCount v = VoteCounting.withDefaults().count(10, 2, 0);
 * // 10 of 12 favour (83.3%, 95% Wilson CI 55.2% to 95.3%), 0 excluded, sign test P = 0.0386
 * }</pre>
 */
public final class VoteCounting {

  private static final VoteCounting DEFAULTS = new VoteCounting(0.95);

  private final double confidenceLevel;

  private VoteCounting(double confidenceLevel) {
    this.confidenceLevel = confidenceLevel;
  }

  /**
   * Vote counting with 95% confidence intervals.
   *
   * @return the default configuration
   */
  public static VoteCounting withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another confidence level.
   *
   * @param level the confidence level, in {@code (0, 1)}
   * @return a new configuration
   * @throws IllegalArgumentException if the level is not in {@code (0, 1)}
   */
  public VoteCounting withConfidenceLevel(double level) {
    checkLevel(level);
    return new VoteCounting(level);
  }

  /**
   * The confidence level of the intervals.
   *
   * @return the level
   */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /**
   * Counts votes from numbers of studies.
   *
   * @param favourable studies whose effect favours the intervention, {@code u >= 0}
   * @param unfavourable studies whose effect favours the comparator, {@code >= 0}
   * @param excluded studies excluded for no change, ties or conflicting findings, {@code >= 0}
   * @return the vote count
   * @throws IllegalArgumentException if a count is negative or {@code favourable + unfavourable}
   *     is 0
   */
  public VoteCount count(int favourable, int unfavourable, int excluded) {
    checkCounts(favourable, unfavourable, excluded);
    int u = favourable;
    int n = favourable + unfavourable;
    double alpha = 1.0 - confidenceLevel;
    return new VoteCount(
        favourable,
        unfavourable,
        excluded,
        confidenceLevel,
        (double) u / n,
        wilson(u, n, alpha),
        clopperPearson(u, n, alpha),
        jeffreys(u, n, alpha),
        signTest(u, n));
  }

  /**
   * Counts votes from study-level directions: {@link EffectDirection#IMPROVEMENT} is
   * favourable, {@link EffectDirection#DETERIORATION} unfavourable, and {@link
   * EffectDirection#NO_CHANGE} and {@link EffectDirection#CONFLICTING} are excluded.
   *
   * @param directions one direction per study
   * @return the vote count
   * @throws IllegalArgumentException if a direction is null or no study is favourable or
   *     unfavourable
   */
  public VoteCount count(Collection<EffectDirection> directions) {
    Checks.notNull("directions", directions);
    int up = 0;
    int down = 0;
    int other = 0;
    int index = 0;
    for (EffectDirection d : directions) {
      if (d == null) {
        throw new IllegalArgumentException("direction of study at index " + index + " is null");
      }
      switch (d) {
        case IMPROVEMENT -> up++;
        case DETERIORATION -> down++;
        default -> other++;
      }
      index++;
    }
    return count(up, down, other);
  }

  /**
   * The two-sided sign test {@code min(1, 2 sum_{i >= max(u, n - u)} C(n, i) / 2^n)}.
   *
   * @param favourable {@code u}
   * @param n the number of studies with a direction, {@code n >= 1}
   * @return the p value
   * @throws IllegalArgumentException if {@code n < 1} or {@code u} is not in {@code [0, n]}
   */
  public static double signTest(int favourable, int n) {
    Checks.atLeast("n", n, 1);
    if (favourable < 0 || favourable > n) {
      throw new IllegalArgumentException(
          "favourable must be in [0, n] = [0, " + n + "], was " + favourable);
    }
    int m = Math.max(favourable, n - favourable);
    return Math.min(1.0, 2.0 * Distributions.binomialHalfUpper(m, n));
  }

  /**
   * The settings in words, for example {@code vote counting by direction of effect, 95% Wilson
   * intervals}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "vote counting by direction of effect, " + Format.level(confidenceLevel)
        + "% Wilson intervals";
  }

  private static Interval wilson(int u, int n, double alpha) {
    double z = Distributions.normalUpperQuantile(alpha / 2);
    double p = (double) u / n;
    double z22n = z * z / (2.0 * n);
    double centre = p + z22n;
    double half = z * Math.sqrt(p * (1 - p) / n + z22n / (2.0 * n));
    double denom = 1 + 2 * z22n;
    double lower = u == 0 ? 0.0 : (centre - half) / denom;
    double upper = u == n ? 1.0 : (centre + half) / denom;
    return Interval.of(Math.max(0.0, lower), Math.min(1.0, upper));
  }

  private static Interval clopperPearson(int u, int n, double alpha) {
    double lower = u == 0 ? 0.0 : Distributions.betaQuantile(alpha / 2, u, n - u + 1);
    double upper = u == n ? 1.0 : Distributions.betaQuantile(1 - alpha / 2, u + 1, n - u);
    return Interval.of(lower, upper);
  }

  private static Interval jeffreys(int u, int n, double alpha) {
    double lower = u == 0 ? 0.0 : Distributions.betaQuantile(alpha / 2, u + 0.5, n - u + 0.5);
    double upper = u == n ? 1.0 : Distributions.betaQuantile(1 - alpha / 2, u + 0.5, n - u + 0.5);
    return Interval.of(lower, upper);
  }

  static void checkLevel(double level) {
    Checks.level("confidenceLevel", level);
  }

  static void checkCounts(int favourable, int unfavourable, int excluded) {
    Checks.nonNegative("favourable", favourable);
    Checks.nonNegative("unfavourable", unfavourable);
    Checks.nonNegative("excluded", excluded);
    if ((long) favourable + unfavourable == 0) {
      throw new IllegalArgumentException(
          "no study has a direction to count (favourable = 0, unfavourable = 0, excluded = "
              + excluded + ")");
    }
    if ((long) favourable + unfavourable > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("favourable + unfavourable overflows an int");
    }
  }
}
