package io.github.evident.stats.effect;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Distributions;
import io.github.evident.core.internal.Format;
import java.util.List;
import java.util.Locale;

/**
 * Conversions between effect-size metrics and from reported test statistics, after Borenstein,
 * Hedges, Higgins and Rothstein (2009), <i>Introduction to Meta-Analysis</i>, chapters 4 and 7.
 *
 * <p>Paired designs have several standardized mean differences; each method names the one it
 * computes: {@link Measure#D_Z} (mean change / SD of the changes), {@link Measure#D_RM}
 * ({@code d_z sqrt(2(1 - r))}, standardized by the within-occasion SD) and {@link Measure#D_AV}
 * (mean change / average of the two SDs). Becker's raw-score standardization is
 * {@link EffectSizes#smcr(double, double, double, int, double)}.
 *
 * <pre>{@code
 * double t = EffectSizeConversions.tFromTwoSidedP(0.03, 38, Direction.POSITIVE);
 * EffectSize d = EffectSizeConversions.dFromIndependentT(t, 20, 20);
 * EffectSize r = EffectSizeConversions.dToCorrelation(d.estimate(), d.variance(), 20, 20);
 * }</pre>
 */
public final class EffectSizeConversions {

  private static final double PI = Math.PI;

  private EffectSizeConversions() {}

  // ---------------------------------------------------------------- from test statistics

  /**
   * The t statistic that gives a two-sided p value: {@code t = F^-1(1 - p/2; df)} with the sign
   * of {@code direction}, as R's {@code qt(p/2, df, lower.tail = FALSE)}. The quantile is
   * accurate in relative terms also for tiny p values (such as {@code 1e-20}) and for p values
   * near 1.
   *
   * @param p the two-sided p value, in (0, 1]
   * @param df the degrees of freedom, {@code > 0}
   * @param direction the sign of the effect
   * @return the t statistic
   * @throws IllegalArgumentException if an argument is out of range, or if the t statistic
   *     exceeds the double range (p below about {@code 1e-150} with df = 1)
   */
  public static double tFromTwoSidedP(double p, double df, Direction direction) {
    Checks.pValue("p", p);
    Checks.positive("df", df);
    Checks.notNull("direction", direction);
    double t = Distributions.tTwoSidedQuantile(p, df);
    return direction == Direction.POSITIVE ? t : -t;
  }

  /**
   * Cohen's d from an independent-groups t statistic (Borenstein et al. 2009, eqs. 4.18, 4.20):
   * {@code d = t sqrt(1/n1 + 1/n2)}, {@code v = (n1+n2)/(n1 n2) + d^2/(2(n1+n2))}; no
   * small-sample correction (see {@link #smdFromIndependentT(double, int, int)}).
   *
   * @param t the Student t statistic (group 1 minus group 2)
   * @param n1 size of group 1, {@code >= 2}
   * @param n2 size of group 2, {@code >= 2}
   * @return the effect size, measure {@link Measure#D}
   */
  public static EffectSize dFromIndependentT(double t, int n1, int n2) {
    Checks.finite("t", t);
    checkGroups(n1, n2);
    double d = t * Math.sqrt(1.0 / n1 + 1.0 / n2);
    return new EffectSize(d, dVariance(d, n1, n2), Measure.D,
        List.of("Cohen's d from an independent-groups t statistic"));
  }

  /**
   * Hedges' g from an independent-groups t statistic, as metafor's
   * {@code escalc("SMD", ti = t, n1i = n1, n2i = n2)}: {@code g = J(n1+n2-2) t sqrt(1/n1 + 1/n2)},
   * {@code v = 1/n1 + 1/n2 + g^2/(2(n1+n2))}.
   *
   * @param t the Student t statistic (group 1 minus group 2)
   * @param n1 size of group 1, {@code >= 2}
   * @param n2 size of group 2, {@code >= 2}
   * @return the effect size, measure {@link Measure#SMD}
   */
  public static EffectSize smdFromIndependentT(double t, int n1, int n2) {
    Checks.finite("t", t);
    checkGroups(n1, n2);
    double g = EffectSizes.hedgesCorrection((double) n1 + n2 - 2) * t
        * Math.sqrt(1.0 / n1 + 1.0 / n2);
    return new EffectSize(g, 1.0 / n1 + 1.0 / n2 + g * g / (2.0 * ((double) n1 + n2)),
        Measure.SMD,
        List.of("Hedges' g from an independent-groups t statistic"));
  }

  /**
   * Cohen's d from a two-sided p value of an independent-groups Student t test with
   * {@code n1 + n2 - 2} degrees of freedom: {@link #tFromTwoSidedP(double, double, Direction)}
   * then {@link #dFromIndependentT(double, int, int)}.
   *
   * @param p the two-sided p value, in (0, 1]
   * @param n1 size of group 1, {@code >= 2}
   * @param n2 size of group 2, {@code >= 2}
   * @param direction the sign of the effect
   * @return the effect size, measure {@link Measure#D}
   */
  public static EffectSize dFromIndependentP(double p, int n1, int n2, Direction direction) {
    checkGroups(n1, n2);
    return dFromIndependentT(tFromTwoSidedP(p, (double) n1 + n2 - 2, direction), n1, n2);
  }

  /**
   * Paired d_z from a paired t statistic: {@code d_z = t/sqrt(n)},
   * {@code v = 1/n + d_z^2/(2n)} (the change-score standardized mean change without correction).
   *
   * @param t the paired t statistic (after minus before)
   * @param n the number of pairs, {@code >= 2}
   * @return the effect size, measure {@link Measure#D_Z}
   */
  public static EffectSize dzFromPairedT(double t, int n) {
    Checks.finite("t", t);
    Checks.atLeast("n", n, 2, "a paired t test needs at least 2 pairs");
    double dz = t / Math.sqrt(n);
    return new EffectSize(dz, 1.0 / n + dz * dz / (2.0 * n), Measure.D_Z,
        List.of("d_z = t/sqrt(n): standardized by the SD of the differences"));
  }

  /**
   * Paired d_z from a two-sided p value of a paired t test with {@code n - 1} degrees of freedom.
   *
   * @param p the two-sided p value, in (0, 1]
   * @param n the number of pairs, {@code >= 2}
   * @param direction the sign of the mean change
   * @return the effect size, measure {@link Measure#D_Z}
   */
  public static EffectSize dzFromPairedP(double p, int n, Direction direction) {
    Checks.atLeast("n", n, 2, "a paired t test needs at least 2 pairs");
    return dzFromPairedT(tFromTwoSidedP(p, n - 1.0, direction), n);
  }

  /**
   * Paired d_rm from a paired t statistic and the pre-post correlation (Borenstein et al. 2009,
   * eqs. 4.27-4.28): {@code d_rm = (t/sqrt(n)) sqrt(2(1 - r))},
   * {@code v = (1/n + d_rm^2/(2n)) 2(1 - r)}.
   *
   * @param t the paired t statistic (after minus before)
   * @param n the number of pairs, {@code >= 2}
   * @param r the pre-post correlation, in [-1, 1)
   * @return the effect size, measure {@link Measure#D_RM}
   */
  public static EffectSize drmFromPairedT(double t, int n, double r) {
    Checks.finite("t", t);
    Checks.atLeast("n", n, 2, "a paired t test needs at least 2 pairs");
    checkRBelowOne(r);
    double f = 2 * (1 - r);
    double d = t / Math.sqrt(n) * Math.sqrt(f);
    return new EffectSize(d, (1.0 / n + d * d / (2.0 * n)) * f, Measure.D_RM,
        List.of("d_rm = d_z sqrt(2(1 - r)) with r=" + r));
  }

  // ---------------------------------------------------------------- paired standardizers

  /**
   * Paired d_z from summary statistics: {@code d_z = (m1 - m2)/s_d},
   * {@code s_d = sqrt(sd1^2 + sd2^2 - 2 r sd1 sd2)}, {@code v = 1/n + d_z^2/(2n)}.
   *
   * @param m1 post-test mean
   * @param m2 pre-test mean
   * @param sd1 post-test SD
   * @param sd2 pre-test SD
   * @param n the number of pairs, {@code >= 2}
   * @param r the pre-post correlation, in [-1, 1]
   * @return the effect size, measure {@link Measure#D_Z}
   */
  public static EffectSize dz(double m1, double m2, double sd1, double sd2, int n, double r) {
    checkPaired(m1, m2, sd1, sd2, n, r);
    double sdd = changeSd(sd1, sd2, r);
    double d = (m1 - m2) / sdd;
    return EffectSizes.result(Measure.D_Z, d, 1.0 / n + d * d / (2.0 * n),
        List.of("d_z: standardized by the SD of the differences"), () -> paired(sd1, sd2, n, r));
  }

  /**
   * Paired d_rm from summary statistics (Morris and DeShon 2002; Borenstein et al. 2009,
   * eq. 4.27): {@code d_rm = d_z sqrt(2(1 - r))}, {@code v = (1/n + d_rm^2/(2n)) 2(1 - r)}.
   *
   * @param m1 post-test mean
   * @param m2 pre-test mean
   * @param sd1 post-test SD
   * @param sd2 pre-test SD
   * @param n the number of pairs, {@code >= 2}
   * @param r the pre-post correlation, in [-1, 1)
   * @return the effect size, measure {@link Measure#D_RM}
   */
  public static EffectSize drm(double m1, double m2, double sd1, double sd2, int n, double r) {
    checkPaired(m1, m2, sd1, sd2, n, r);
    checkRBelowOne(r);
    double f = 2 * (1 - r);
    double d = (m1 - m2) / changeSd(sd1, sd2, r) * Math.sqrt(f);
    return EffectSizes.result(Measure.D_RM, d, (1.0 / n + d * d / (2.0 * n)) * f,
        List.of("d_rm = d_z sqrt(2(1 - r)) with r=" + r), () -> paired(sd1, sd2, n, r));
  }

  /**
   * Paired d_av from summary statistics (Cumming 2012; Lakens 2013):
   * {@code d_av = (m1 - m2)/((sd1 + sd2)/2)}. The variance {@code (1/n + d_av^2/(2n)) 2(1 - r)}
   * is that of Borenstein et al. (2009, eq. 4.28) for a within-occasion standardizer, which
   * assumes similar pre and post SDs.
   *
   * @param m1 post-test mean
   * @param m2 pre-test mean
   * @param sd1 post-test SD
   * @param sd2 pre-test SD
   * @param n the number of pairs, {@code >= 2}
   * @param r the pre-post correlation, in [-1, 1)
   * @return the effect size, measure {@link Measure#D_AV}
   */
  public static EffectSize dav(double m1, double m2, double sd1, double sd2, int n, double r) {
    checkPaired(m1, m2, sd1, sd2, n, r);
    checkRBelowOne(r);
    double avg = (sd1 + sd2) / 2;
    if (!(avg > 0)) {
      throw new IllegalArgumentException("the average SD is 0 for " + paired(sd1, sd2, n, r)
          + "; d_av needs a positive SD");
    }
    double d = (m1 - m2) / avg;
    double f = 2 * (1 - r);
    return EffectSizes.result(Measure.D_AV, d, (1.0 / n + d * d / (2.0 * n)) * f,
        List.of("d_av: standardized by the average of the pre and post SDs"),
        () -> paired(sd1, sd2, n, r));
  }

  /**
   * Recovers the pre-post correlation from a reported paired t statistic:
   * {@code r = (sd1^2 + sd2^2 - n (m1 - m2)^2/t^2)/(2 sd1 sd2)}.
   *
   * @param m1 post-test mean
   * @param m2 pre-test mean
   * @param sd1 post-test SD, {@code > 0}
   * @param sd2 pre-test SD, {@code > 0}
   * @param n the number of pairs, {@code >= 2}
   * @param t the reported paired t statistic, non-zero, with the sign of {@code m1 - m2}
   * @return the correlation, in [-1, 1]
   * @throws IllegalArgumentException if an input is invalid, if the sign of {@code t} disagrees
   *     with {@code m1 - m2}, or if the recovered value lies outside [-1, 1] (the reported values
   *     are then mutually inconsistent)
   */
  public static double prePostCorrelationFromPairedT(double m1, double m2, double sd1,
      double sd2, int n, double t) {
    Checks.finite("m1", m1);
    Checks.finite("m2", m2);
    Checks.positive("sd1", sd1);
    Checks.positive("sd2", sd2);
    Checks.atLeast("n", n, 2, "a paired t test needs at least 2 pairs");
    Checks.finite("t", t);
    if (t == 0) {
      throw new IllegalArgumentException("t must be non-zero to recover the correlation, was 0");
    }
    double diff = m1 - m2;
    if (diff != 0 && Math.signum(diff) != Math.signum(t)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "t=%s has the opposite sign of m1 - m2 = %s; give t for post minus pre", t, diff));
    }
    double r = (sd1 * sd1 + sd2 * sd2 - n * diff * diff / (t * t)) / (2 * sd1 * sd2);
    if (r < -1 || r > 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the recovered pre-post correlation r=%s is outside [-1, 1]: the reported "
              + "m1=%s, m2=%s, sd1=%s, sd2=%s, n=%d, t=%s are inconsistent (rounding, or t not "
              + "from a paired test)", Format.significant(r, 6), m1, m2, sd1, sd2, n, t));
    }
    return r;
  }

  // ---------------------------------------------------------------- between metrics

  /**
   * Converts a log odds ratio to Cohen's d with the logistic method (Hasselblad and Hedges 1995;
   * Borenstein et al. 2009, eqs. 7.1-7.2): {@code d = ln(OR) sqrt(3)/pi},
   * {@code v_d = v sqrt(3)^2/pi^2 = 3v/pi^2}.
   *
   * @param logOddsRatio the log odds ratio
   * @param variance its variance, {@code > 0}
   * @return the effect size, measure {@link Measure#D}
   */
  public static EffectSize logOddsRatioToD(double logOddsRatio, double variance) {
    Checks.finite("logOddsRatio", logOddsRatio);
    Checks.positive("variance", variance);
    return new EffectSize(logOddsRatio * Math.sqrt(3) / PI, variance * 3 / (PI * PI), Measure.D,
        List.of("converted from a log odds ratio (logistic method)"));
  }

  /**
   * Converts Cohen's d to a log odds ratio (Borenstein et al. 2009, eqs. 7.3-7.4):
   * {@code ln(OR) = d pi/sqrt(3)}, {@code v = v_d pi^2/3}.
   *
   * @param d the standardized mean difference
   * @param variance its variance, {@code > 0}
   * @return the effect size, measure {@link Measure#OR}
   */
  public static EffectSize dToLogOddsRatio(double d, double variance) {
    Checks.finite("d", d);
    Checks.positive("variance", variance);
    return new EffectSize(d * PI / Math.sqrt(3), variance * PI * PI / 3, Measure.OR,
        List.of("converted from a standardized mean difference (logistic method)"));
  }

  /**
   * Converts Cohen's d to a correlation (Borenstein et al. 2009, eqs. 7.5-7.6):
   * {@code r = d/sqrt(d^2 + a)}, {@code a = (n1+n2)^2/(n1 n2)}, {@code v_r = a^2 v_d/(d^2+a)^3}.
   *
   * @param d the standardized mean difference
   * @param variance its variance, {@code > 0}
   * @param n1 size of group 1, {@code >= 1}
   * @param n2 size of group 2, {@code >= 1}
   * @return the effect size, measure {@link Measure#COR}
   */
  public static EffectSize dToCorrelation(double d, double variance, int n1, int n2) {
    Checks.finite("d", d);
    Checks.positive("variance", variance);
    Checks.atLeast("n1", n1, 1, "a group size");
    Checks.atLeast("n2", n2, 1, "a group size");
    double a = (n1 + (double) n2) * (n1 + (double) n2) / ((double) n1 * n2);
    double den = d * d + a;
    return new EffectSize(d / Math.sqrt(den), a * a * variance / (den * den * den), Measure.COR,
        List.of("converted from a standardized mean difference (point-biserial)"));
  }

  /**
   * Converts a correlation to Cohen's d (Borenstein et al. 2009, eqs. 7.7-7.8):
   * {@code d = 2r/sqrt(1 - r^2)}, {@code v_d = 4 v_r/(1 - r^2)^3}.
   *
   * @param r the correlation, in (-1, 1)
   * @param variance its variance, {@code > 0}
   * @return the effect size, measure {@link Measure#D}
   */
  public static EffectSize correlationToD(double r, double variance) {
    Checks.correlation("r", r);
    if (Math.abs(r) == 1) {
      throw new IllegalArgumentException("r must be in (-1, 1) to convert to d, was " + r);
    }
    Checks.positive("variance", variance);
    double q = 1 - r * r;
    return new EffectSize(2 * r / Math.sqrt(q), 4 * variance / (q * q * q), Measure.D,
        List.of("converted from a correlation"));
  }

  // ---------------------------------------------------------------- helpers

  private static double dVariance(double d, int n1, int n2) {
    return (n1 + (double) n2) / ((double) n1 * n2) + d * d / (2.0 * ((double) n1 + n2));
  }

  private static void checkGroups(int n1, int n2) {
    Checks.atLeast("n1", n1, 2, "a group SD needs at least 2 observations");
    Checks.atLeast("n2", n2, 2, "a group SD needs at least 2 observations");
  }

  private static void checkRBelowOne(double r) {
    Checks.correlation("r", r);
    if (r == 1) {
      throw new IllegalArgumentException(
          "r must be < 1 (r = 1 gives a zero variance), was " + r);
    }
  }

  private static void checkPaired(double m1, double m2, double sd1, double sd2, int n, double r) {
    Checks.finite("m1", m1);
    Checks.finite("m2", m2);
    Checks.nonNegative("sd1", sd1);
    Checks.nonNegative("sd2", sd2);
    Checks.atLeast("n", n, 2, "a paired design needs at least 2 pairs");
    Checks.correlation("r", r);
  }

  private static double changeSd(double sd1, double sd2, double r) {
    double sdd = Math.sqrt(Math.max(0, sd1 * sd1 + sd2 * sd2 - 2 * r * sd1 * sd2));
    if (!(sdd > 0)) {
      throw new IllegalArgumentException("the SD of the differences is 0 for sd1=" + sd1
          + ", sd2=" + sd2 + ", r=" + r + "; d_z needs a positive SD");
    }
    return sdd;
  }

  private static String paired(double sd1, double sd2, int n, double r) {
    return String.format(Locale.ROOT, "sd1=%s, sd2=%s, n=%d, r=%s", sd1, sd2, n, r);
  }
}
