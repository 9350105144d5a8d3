package io.github.evident.stats.ttest;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import io.github.evident.stats.effect.Measure;
import java.util.List;

/**
 * Two-sample t tests for independent groups, difference = group 1 - group 2: Welch's test
 * (the default, as R's {@code t.test(x, y)}) or Student's test with a pooled variance
 * ({@code t.test(x, y, var.equal = TRUE)}).
 *
 * <p>A configured, immutable object: {@code withX(...)} returns a new instance.
 *
 * <pre>{@code
 * TwoSampleTTestResult r = TwoSampleTTest.withDefaults()       // Welch
 *     .withEqualVariances(true)                                  // Student
 *     .withAlternative(Alternative.LESS)
 *     .test(treatment, control);
 * }</pre>
 *
 * <p>Student: {@code se = s_p sqrt(1/n1 + 1/n2)}, {@code df = n1 + n2 - 2}. Welch:
 * {@code se = sqrt(s1^2/n1 + s2^2/n2)} with Welch-Satterthwaite degrees of freedom
 * {@code se^4 / ((s1^2/n1)^2/(n1-1) + (s2^2/n2)^2/(n2-1))} (Welch 1947).
 */
public final class TwoSampleTTest {

  private static final TwoSampleTTest DEFAULTS =
      new TwoSampleTTest(false, Alternative.TWO_SIDED, 0.95);

  private final boolean equalVariances;
  private final Alternative alternative;
  private final double level;

  private TwoSampleTTest(boolean equalVariances, Alternative alternative, double level) {
    this.equalVariances = equalVariances;
    this.alternative = alternative;
    this.level = level;
  }

  /**
   * The default test: Welch, two-sided, 95% confidence level (R's default).
   *
   * @return the test
   */
  public static TwoSampleTTest withDefaults() {
    return DEFAULTS;
  }

  /**
   * Welch's test with default alternative and level.
   *
   * @return the test
   */
  public static TwoSampleTTest welch() {
    return DEFAULTS;
  }

  /**
   * Student's test (pooled variance) with default alternative and level.
   *
   * @return the test
   */
  public static TwoSampleTTest student() {
    return DEFAULTS.withEqualVariances(true);
  }

  /**
   * A copy that assumes equal variances (Student) or not (Welch).
   *
   * @param equalVariances true for Student's test, false for Welch's
   * @return the configured test
   */
  public TwoSampleTTest withEqualVariances(boolean equalVariances) {
    return new TwoSampleTTest(equalVariances, alternative, level);
  }

  /**
   * A copy with another alternative hypothesis.
   *
   * @param alternative the alternative
   * @return the configured test
   */
  public TwoSampleTTest withAlternative(Alternative alternative) {
    return new TwoSampleTTest(equalVariances, Checks.notNull("alternative", alternative), level);
  }

  /**
   * A copy with another confidence level.
   *
   * @param level the confidence level, in (0, 1)
   * @return the configured test
   */
  public TwoSampleTTest withLevel(double level) {
    return new TwoSampleTTest(equalVariances, alternative, Checks.level("level", level));
  }

  /**
   * Whether equal variances are assumed (Student) or not (Welch).
   *
   * @return true for Student's test
   */
  public boolean equalVariances() {
    return equalVariances;
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
   * Tests raw data; the arrays are read, not kept.
   *
   * @param group1 the observations of group 1 (treatment), at least 2
   * @param group2 the observations of group 2 (control), at least 2
   * @return the result, difference = group 1 - group 2
   * @throws IllegalArgumentException if a group has fewer than 2 values or a non-finite value,
   *     or both groups are constant
   */
  public TwoSampleTTestResult test(double[] group1, double[] group2) {
    Checks.finiteValues("group1", group1, 2);
    Checks.finiteValues("group2", group2, 2);
    double[] a = SampleMoments.meanSd(group1);
    double[] b = SampleMoments.meanSd(group2);
    return fromSummary(a[0], a[1], group1.length, b[0], b[1], group2.length);
  }

  /**
   * Tests from summary statistics.
   *
   * @param m1 mean of group 1
   * @param sd1 SD of group 1
   * @param n1 size of group 1, {@code >= 2}
   * @param m2 mean of group 2
   * @param sd2 SD of group 2
   * @param n2 size of group 2, {@code >= 2}
   * @return the result, difference = group 1 - group 2
   * @throws IllegalArgumentException if an input is invalid or both SDs are 0
   */
  public TwoSampleTTestResult fromSummary(double m1, double sd1, int n1, double m2, double sd2,
      int n2) {
    Checks.finite("m1", m1);
    Checks.nonNegative("sd1", sd1);
    Checks.atLeast("n1", n1, 2);
    Checks.finite("m2", m2);
    Checks.nonNegative("sd2", sd2);
    Checks.atLeast("n2", n2, 2);
    if (sd1 == 0 && sd2 == 0) {
      throw new IllegalArgumentException("sd1 and sd2 are both 0: the data are constant and the "
          + "t statistic is undefined");
    }
    double v1 = sd1 * sd1 / n1;
    double v2 = sd2 * sd2 / n2;
    double dfPooled = (double) n1 + n2 - 2;
    double sp = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / dfPooled);
    double se;
    double df;
    if (equalVariances) {
      se = sp * Math.sqrt(1.0 / n1 + 1.0 / n2);
      df = dfPooled;
    } else {
      se = Math.sqrt(v1 + v2);
      df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
    }
    double diff = m1 - m2;
    double t = diff / se;
    double d = diff / sp;
    EffectSize cohen = new EffectSize(d,
        (n1 + (double) n2) / ((double) n1 * n2) + d * d / (2.0 * ((double) n1 + n2)), Measure.D,
        List.of("Cohen's d with the pooled SD, uncorrected"));
    EffectSize g = EffectSizes.smd(m1, sd1, n1, m2, sd2, n2);
    return new TwoSampleTTestResult(t, df, StudentT.pValue(t, df, alternative), diff, se,
        StudentT.ci(diff, se, df, alternative, level), n1, n2, equalVariances, alternative, level,
        cohen, g);
  }

  @Override
  public String toString() {
    return (equalVariances ? "Two-sample Student t test (" : "Welch two-sample t test (")
        + alternative.label() + ", " + Format.level(level) + "% level)";
  }
}
