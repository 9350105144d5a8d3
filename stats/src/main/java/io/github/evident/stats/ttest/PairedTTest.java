package io.github.evident.stats.ttest;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.Measure;
import java.util.List;
import java.util.Locale;

/**
 * The paired t test, difference = after - before, as R's
 * {@code t.test(after, before, paired = TRUE)}.
 *
 * <p>A configured, immutable object: {@code withX(...)} returns a new instance.
 *
 * <pre>{@code
 * PairedTTestResult r = PairedTTest.withDefaults()
 *     .withAlternative(Alternative.GREATER)
 *     .withLevel(0.90)
 *     .test(before, after);
 * System.out.println(r.summary());
 * }</pre>
 *
 * <p>{@code t = mean(d)/(sd(d)/sqrt(n))} with {@code n - 1} degrees of freedom; the effect size
 * d_z = {@code mean(d)/sd(d)} (Cohen 1988; Lakens 2013).
 */
public final class PairedTTest {

  private static final PairedTTest DEFAULTS = new PairedTTest(Alternative.TWO_SIDED, 0.95);

  private final Alternative alternative;
  private final double level;

  private PairedTTest(Alternative alternative, double level) {
    this.alternative = alternative;
    this.level = level;
  }

  /**
   * The default test: two-sided, 95% confidence level.
   *
   * @return the test
   */
  public static PairedTTest withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another alternative hypothesis.
   *
   * @param alternative the alternative
   * @return the configured test
   */
  public PairedTTest withAlternative(Alternative alternative) {
    return new PairedTTest(Checks.notNull("alternative", alternative), level);
  }

  /**
   * A copy with another confidence level.
   *
   * @param level the confidence level, in (0, 1)
   * @return the configured test
   */
  public PairedTTest withLevel(double level) {
    return new PairedTTest(alternative, Checks.level("level", level));
  }

  /**
   * The alternative hypothesis.
   *
   * @return the alternative
   */
  public Alternative alternative() {
    return alternative;
  }

  /**
   * The confidence level.
   *
   * @return the level
   */
  public double level() {
    return level;
  }

  /**
   * Tests raw pairs; the arrays are read, not kept.
   *
   * @param before the first measurement of each pair, at least 2 values
   * @param after the second measurement of each pair, same length as {@code before}
   * @return the result, difference = after - before
   * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 2 pairs or a
   *     non-finite value, or if the differences are all equal
   */
  public PairedTTestResult test(double[] before, double[] after) {
    Checks.finiteValues("before", before, 2);
    Checks.finiteValues("after", after, 2);
    if (before.length != after.length) {
      throw new IllegalArgumentException("before and after must have the same length but had "
          + before.length + " and " + after.length);
    }
    double[] d = new double[before.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = after[i] - before[i];
    }
    double[] ms = SampleMoments.meanSd(d);
    return fromDifferences(ms[0], ms[1], d.length);
  }

  /**
   * Tests from the mean and SD of the differences.
   *
   * @param meanDifference the mean of the differences (after - before)
   * @param sdDifference the SD of the differences, {@code > 0}
   * @param n the number of pairs, {@code >= 2}
   * @return the result
   * @throws IllegalArgumentException if an input is invalid or {@code sdDifference} is 0
   */
  public PairedTTestResult fromDifferences(double meanDifference, double sdDifference, int n) {
    Checks.finite("meanDifference", meanDifference);
    Checks.nonNegative("sdDifference", sdDifference);
    Checks.atLeast("n", n, 2);
    if (sdDifference == 0) {
      throw new IllegalArgumentException("sdDifference is 0: the differences are constant and "
          + "the t statistic is undefined (meanDifference=" + meanDifference + ", n=" + n + ")");
    }
    double se = sdDifference / Math.sqrt(n);
    double t = meanDifference / se;
    double df = n - 1.0;
    double dz = meanDifference / sdDifference;
    EffectSize es = new EffectSize(dz, 1.0 / n + dz * dz / (2.0 * n), Measure.D_Z,
        List.of("d_z = mean difference / SD of the differences, uncorrected"));
    return new PairedTTestResult(t, df, StudentT.pValue(t, df, alternative), meanDifference,
        sdDifference, se, StudentT.ci(meanDifference, se, df, alternative, level), n,
        alternative, level, es);
  }

  /**
   * Tests from pre- and post-test means and SDs and the pre-post correlation; the SD of the
   * differences is {@code sqrt(sdBefore^2 + sdAfter^2 - 2 r sdBefore sdAfter)}.
   *
   * @param meanBefore the pre-test mean
   * @param sdBefore the pre-test SD
   * @param meanAfter the post-test mean
   * @param sdAfter the post-test SD
   * @param n the number of pairs, {@code >= 2}
   * @param r the pre-post correlation, in [-1, 1]
   * @return the result, difference = after - before
   * @throws IllegalArgumentException if an input is invalid or the SD of the differences is 0
   */
  public PairedTTestResult fromPrePost(double meanBefore, double sdBefore, double meanAfter,
      double sdAfter, int n, double r) {
    Checks.finite("meanBefore", meanBefore);
    Checks.nonNegative("sdBefore", sdBefore);
    Checks.finite("meanAfter", meanAfter);
    Checks.nonNegative("sdAfter", sdAfter);
    Checks.correlation("r", r);
    double var = sdBefore * sdBefore + sdAfter * sdAfter - 2 * r * sdBefore * sdAfter;
    if (!(var > 0)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the SD of the differences is 0 for sdBefore=%s, sdAfter=%s, r=%s: the t statistic is "
              + "undefined", sdBefore, sdAfter, r));
    }
    return fromDifferences(meanAfter - meanBefore, Math.sqrt(var), n);
  }

  @Override
  public String toString() {
    return "paired t test (" + alternative.label() + ", " + Format.level(level) + "% level)";
  }
}
