package io.github.evident.stats.effect;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Distributions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Effect sizes with sampling variances, computed as metafor's {@code escalc} (Viechtbauer 2010,
 * version 3.8-1, default {@code vtype = "LS"}) computes them.
 *
 * <p>Group 1 is the treatment group (or the post-test), group 2 the control group (or the
 * pre-test): a positive mean difference means group 1 scored higher. 2x2 tables are given as
 * metafor's {@code ai, bi, ci, di}: {@code a} events and {@code b} non-events in group 1,
 * {@code c} events and {@code d} non-events in group 2.
 *
 * <p>Zero cells: as {@code escalc} does by default ({@code add = 1/2, to = "only0"}), 1/2 is
 * added to every cell of a table that has a zero cell, for RR, OR, RD and PETO alike, and to
 * {@code x} and {@code n - x} of a proportion with {@code x = 0} or {@code x = n} for PR and PLO
 * (not for PAS and PFT). The correction is stated in {@link EffectSize#notes()}.
 *
 * <p>Bad input (negative SD or count, {@code r} outside [-1, 1], {@code x > n}, a sample too small
 * for the variance, a non-finite value, or data that would give a zero variance) throws an
 * {@link IllegalArgumentException} naming the parameter and its value.
 *
 * <pre>{@code
 * EffectSize g = EffectSizes.smd(55, 47, 155, 75, 64, 156);   // Hedges' g, Normand (1999)
 * EffectSize lor = EffectSizes.logOddsRatio(4, 119, 11, 128); // BCG trial 1
 * }</pre>
 */
public final class EffectSizes {

  private EffectSizes() {}

  /**
   * The exact small-sample correction factor of Hedges (1981),
   * {@code J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2))}, computed as
   * {@code sqrt(pi) / (sqrt(m/2) B((m-1)/2, 1/2))} through the log-beta function, which keeps
   * every digit where the difference of two large log-gammas would lose them (metafor's
   * log-gamma form loses about 5 digits at m = 4·10⁹). The approximation
   * {@code 1 - 3/(4m - 1)} differs in the 7th digit and does not match metafor.
   *
   * @param m the degrees of freedom, {@code > 1}
   * @return {@code J(m)}
   * @throws IllegalArgumentException if {@code m <= 1} or not finite
   */
  public static double hedgesCorrection(double m) {
    Checks.finite("m", m);
    if (!(m > 1)) {
      throw new IllegalArgumentException("m must be > 1 for the Hedges correction, was " + m);
    }
    double logRatio = 0.5 * Math.log(Math.PI / (m / 2));
    return Math.exp(logRatio - Distributions.logBeta((m - 1) / 2, 0.5));
  }

  // ---------------------------------------------------------------- two groups, means

  /**
   * Raw mean difference (MD): {@code y = m1 - m2}, {@code v = sd1^2/n1 + sd2^2/n2}.
   *
   * @param m1 mean of group 1
   * @param sd1 SD of group 1
   * @param n1 size of group 1, {@code >= 2}
   * @param m2 mean of group 2
   * @param sd2 SD of group 2
   * @param n2 size of group 2, {@code >= 2}
   * @return the effect size
   */
  public static EffectSize meanDifference(double m1, double sd1, int n1, double m2, double sd2,
      int n2) {
    checkTwoGroups(m1, sd1, n1, m2, sd2, n2);
    double v = sd1 * sd1 / n1 + sd2 * sd2 / n2;
    return result(Measure.MD, m1 - m2, v, List.of(), () -> twoGroups(sd1, n1, sd2, n2));
  }

  /**
   * Standardized mean difference, Hedges' g (SMD):
   * {@code g = J(n1+n2-2) (m1 - m2)/s_p} with
   * {@code s_p^2 = ((n1-1) sd1^2 + (n2-1) sd2^2)/(n1+n2-2)} and the exact correction
   * {@link #hedgesCorrection(double)}; {@code v = 1/n1 + 1/n2 + g^2/(2(n1+n2))}
   * (Hedges 1981; Borenstein et al. 2009, ch. 4).
   *
   * @param m1 mean of group 1
   * @param sd1 SD of group 1
   * @param n1 size of group 1, {@code >= 2}
   * @param m2 mean of group 2
   * @param sd2 SD of group 2
   * @param n2 size of group 2, {@code >= 2}
   * @return the effect size
   */
  public static EffectSize smd(double m1, double sd1, int n1, double m2, double sd2, int n2) {
    checkTwoGroups(m1, sd1, n1, m2, sd2, n2);
    double m = (double) n1 + n2 - 2;
    double sp = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / m);
    positiveStandardizer("pooled SD", sp, () -> twoGroups(sd1, n1, sd2, n2));
    double g = hedgesCorrection(m) * (m1 - m2) / sp;
    double v = 1.0 / n1 + 1.0 / n2 + g * g / (2.0 * ((double) n1 + n2));
    return result(Measure.SMD, g, v, List.of(), () -> twoGroups(sd1, n1, sd2, n2));
  }

  /**
   * Standardized mean difference for heteroscedastic groups, Bonett (2009) (SMDH):
   * {@code y = J(n1+n2-2) (m1 - m2)/s} with {@code s^2 = (sd1^2 + sd2^2)/2};
   * {@code v = J^2 [y^2 (sd1^4/(n1-1) + sd2^4/(n2-1))/(8 s^4) + (sd1^2/(n1-1) + sd2^2/(n2-1))/s^2]}
   * (metafor 3.8-1 multiplies the Bonett variance by {@code J^2}).
   *
   * @param m1 mean of group 1
   * @param sd1 SD of group 1
   * @param n1 size of group 1, {@code >= 2}
   * @param m2 mean of group 2
   * @param sd2 SD of group 2
   * @param n2 size of group 2, {@code >= 2}
   * @return the effect size
   */
  public static EffectSize smdh(double m1, double sd1, int n1, double m2, double sd2, int n2) {
    checkTwoGroups(m1, sd1, n1, m2, sd2, n2);
    double j = hedgesCorrection((double) n1 + n2 - 2);
    double s2 = (sd1 * sd1 + sd2 * sd2) / 2;
    positiveStandardizer("average SD", Math.sqrt(s2), () -> twoGroups(sd1, n1, sd2, n2));
    double y = j * (m1 - m2) / Math.sqrt(s2);
    double q1 = sd1 * sd1;
    double q2 = sd2 * sd2;
    double v = y * y * (q1 * q1 / (n1 - 1) + q2 * q2 / (n2 - 1)) / (8 * s2 * s2)
        + (q1 / (n1 - 1) + q2 / (n2 - 1)) / s2;
    return result(Measure.SMDH, y, j * j * v, List.of(), () -> twoGroups(sd1, n1, sd2, n2));
  }

  /**
   * Log ratio of means (ROM) without the small-sample bias correction, as metafor 3.8-1:
   * {@code y = ln(m1/m2)}, {@code v = sd1^2/(n1 m1^2) + sd2^2/(n2 m2^2)} (Hedges et al. 1999).
   * Both means must be positive.
   *
   * @param m1 mean of group 1, {@code > 0}
   * @param sd1 SD of group 1
   * @param n1 size of group 1, {@code >= 2}
   * @param m2 mean of group 2, {@code > 0}
   * @param sd2 SD of group 2
   * @param n2 size of group 2, {@code >= 2}
   * @return the effect size
   */
  public static EffectSize logRatioOfMeans(double m1, double sd1, int n1, double m2, double sd2,
      int n2) {
    return logRatioOfMeans(m1, sd1, n1, m2, sd2, n2, BiasCorrection.NONE);
  }

  /**
   * Log ratio of means (ROM), optionally with the small-sample bias correction of Lajeunesse
   * (2015), which newer metafor releases apply by default:
   * {@code y = ln(m1/m2) + (sd1^2/(n1 m1^2) - sd2^2/(n2 m2^2))/2}; the variance
   * {@code sd1^2/(n1 m1^2) + sd2^2/(n2 m2^2)} is the same either way.
   *
   * @param m1 mean of group 1, {@code > 0}
   * @param sd1 SD of group 1
   * @param n1 size of group 1, {@code >= 2}
   * @param m2 mean of group 2, {@code > 0}
   * @param sd2 SD of group 2
   * @param n2 size of group 2, {@code >= 2}
   * @param correction {@link BiasCorrection#NONE} (as metafor 3.8-1) or
   *     {@link BiasCorrection#SMALL_SAMPLE} (Lajeunesse 2015)
   * @return the effect size; a corrected estimate carries a note saying so
   */
  public static EffectSize logRatioOfMeans(double m1, double sd1, int n1, double m2, double sd2,
      int n2, BiasCorrection correction) {
    checkTwoGroups(m1, sd1, n1, m2, sd2, n2);
    Checks.positive("m1", m1);
    Checks.positive("m2", m2);
    Checks.notNull("correction", correction);
    double c1 = sd1 * sd1 / (n1 * m1 * m1);
    double c2 = sd2 * sd2 / (n2 * m2 * m2);
    double y = Math.log(m1 / m2);
    List<String> notes = List.of();
    if (correction == BiasCorrection.SMALL_SAMPLE) {
      y += (c1 - c2) / 2;
      notes = List.of("small-sample bias correction of Lajeunesse (2015) applied");
    }
    return result(Measure.ROM, y, c1 + c2, notes, () -> twoGroups(sd1, n1, sd2, n2));
  }

  // ---------------------------------------------------------------- one group, pre-post

  /**
   * Raw mean change (MC): {@code y = m1 - m2},
   * {@code v = (sd1^2 + sd2^2 - 2 r sd1 sd2)/n}. Group 1 is the post-test, group 2 the pre-test.
   *
   * @param m1 post-test mean
   * @param m2 pre-test mean
   * @param sd1 post-test SD
   * @param sd2 pre-test SD
   * @param n number of pairs, {@code >= 2}
   * @param r correlation between pre- and post-test scores, in [-1, 1]
   * @return the effect size
   */
  public static EffectSize meanChange(double m1, double m2, double sd1, double sd2, int n,
      double r) {
    checkPrePost(m1, m2, sd1, sd2, n, r, 2);
    double v = (sd1 * sd1 + sd2 * sd2 - 2 * r * sd1 * sd2) / n;
    return result(Measure.MC, m1 - m2, v, List.of(), () -> prePost(sd1, sd2, n, r));
  }

  /**
   * Standardized mean change with change-score standardization (SMCC, Gibbons et al. 1993):
   * {@code y = J(n-1) (m1 - m2)/s_d}, {@code s_d = sqrt(sd1^2 + sd2^2 - 2 r sd1 sd2)};
   * {@code v = 1/n + y^2/(2n)}. Group 1 is the post-test, group 2 the pre-test.
   *
   * @param m1 post-test mean
   * @param m2 pre-test mean
   * @param sd1 post-test SD
   * @param sd2 pre-test SD
   * @param n number of pairs, {@code >= 3}
   * @param r correlation between pre- and post-test scores, in [-1, 1]
   * @return the effect size
   */
  public static EffectSize smcc(double m1, double m2, double sd1, double sd2, int n, double r) {
    checkPrePost(m1, m2, sd1, sd2, n, r, 3);
    double sdd = Math.sqrt(Math.max(0, sd1 * sd1 + sd2 * sd2 - 2 * r * sd1 * sd2));
    positiveStandardizer("SD of the changes", sdd, () -> prePost(sd1, sd2, n, r));
    double y = hedgesCorrection(n - 1.0) * (m1 - m2) / sdd;
    return result(Measure.SMCC, y, 1.0 / n + y * y / (2.0 * n), List.of(),
        () -> prePost(sd1, sd2, n, r));
  }

  /**
   * Standardized mean change with raw-score standardization (SMCR, Becker 1988):
   * {@code y = J(n-1) (m1 - m2)/sd}, with {@code sd} the standardizing SD (usually the pre-test
   * SD); {@code v = 2(1 - r)/n + y^2/(2n)}. Group 1 is the post-test, group 2 the pre-test.
   *
   * @param m1 post-test mean
   * @param m2 pre-test mean
   * @param sdStandardizer the standardizing SD (usually the pre-test SD), {@code > 0}
   * @param n number of pairs, {@code >= 3}
   * @param r correlation between pre- and post-test scores, in [-1, 1]
   * @return the effect size
   */
  public static EffectSize smcr(double m1, double m2, double sdStandardizer, int n, double r) {
    Checks.finite("m1", m1);
    Checks.finite("m2", m2);
    Checks.nonNegative("sdStandardizer", sdStandardizer);
    Checks.atLeast("n", n, 3, "the correction J(n - 1) needs n - 1 > 1");
    Checks.correlation("r", r);
    positiveStandardizer("sdStandardizer", sdStandardizer,
        () -> String.format(Locale.ROOT, "sdStandardizer=%s, n=%d, r=%s", sdStandardizer, n, r));
    double y = hedgesCorrection(n - 1.0) * (m1 - m2) / sdStandardizer;
    return result(Measure.SMCR, y, 2 * (1 - r) / n + y * y / (2.0 * n), List.of(),
        () -> String.format(Locale.ROOT, "m1=%s, m2=%s, n=%d, r=%s", m1, m2, n, r));
  }

  // ---------------------------------------------------------------- 2x2 tables

  /**
   * Log risk ratio (RR): {@code y = ln((a/n1)/(c/n2))}, {@code v = 1/a - 1/n1 + 1/c - 1/n2},
   * {@code n1 = a + b}, {@code n2 = c + d}; 1/2 added to every cell if a cell is zero.
   *
   * @param a events in group 1, {@code >= 0}
   * @param b non-events in group 1, {@code >= 0}
   * @param c events in group 2, {@code >= 0}
   * @param d non-events in group 2, {@code >= 0}
   * @return the effect size, with a note if a continuity correction was applied
   */
  public static EffectSize logRiskRatio(int a, int b, int c, int d) {
    Table t = Table.of(a, b, c, d);
    double n1 = t.a + t.b;
    double n2 = t.c + t.d;
    double y = Math.log((t.a / n1) / (t.c / n2));
    double v = 1 / t.a - 1 / n1 + 1 / t.c - 1 / n2;
    return result(Measure.RR, y, v, t.notes, t::toString);
  }

  /**
   * Log odds ratio (OR): {@code y = ln(ad/(bc))}, {@code v = 1/a + 1/b + 1/c + 1/d}; 1/2 added to
   * every cell if a cell is zero.
   *
   * @param a events in group 1, {@code >= 0}
   * @param b non-events in group 1, {@code >= 0}
   * @param c events in group 2, {@code >= 0}
   * @param d non-events in group 2, {@code >= 0}
   * @return the effect size, with a note if a continuity correction was applied
   */
  public static EffectSize logOddsRatio(int a, int b, int c, int d) {
    Table t = Table.of(a, b, c, d);
    double y = Math.log(t.a / t.b) - Math.log(t.c / t.d);
    double v = 1 / t.a + 1 / t.b + 1 / t.c + 1 / t.d;
    return result(Measure.OR, y, v, t.notes, t::toString);
  }

  /**
   * Risk difference (RD): {@code y = a/n1 - c/n2},
   * {@code v = p1(1-p1)/n1 + p2(1-p2)/n2}. As metafor 3.8-1 does by default, 1/2 is added to every
   * cell of a table with a zero cell (this changes the estimate too).
   *
   * @param a events in group 1, {@code >= 0}
   * @param b non-events in group 1, {@code >= 0}
   * @param c events in group 2, {@code >= 0}
   * @param d non-events in group 2, {@code >= 0}
   * @return the effect size, with a note if a continuity correction was applied
   */
  public static EffectSize riskDifference(int a, int b, int c, int d) {
    Table t = Table.of(a, b, c, d);
    double n1 = t.a + t.b;
    double n2 = t.c + t.d;
    double p1 = t.a / n1;
    double p2 = t.c / n2;
    double v = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2;
    return result(Measure.RD, p1 - p2, v, t.notes, t::toString);
  }

  /**
   * Peto's log odds ratio (PETO, Yusuf et al. 1985): {@code y = (a - E)/V}, {@code v = 1/V} with
   * {@code E = (a+c) n1/N} and {@code V = (a+c)(b+d)(n1/N)(n2/N)/(N-1)}. As metafor 3.8-1 does by
   * default, 1/2 is added to every cell of a table with a zero cell.
   *
   * @param a events in group 1, {@code >= 0}
   * @param b non-events in group 1, {@code >= 0}
   * @param c events in group 2, {@code >= 0}
   * @param d non-events in group 2, {@code >= 0}
   * @return the effect size, with a note if a continuity correction was applied
   */
  public static EffectSize petoLogOddsRatio(int a, int b, int c, int d) {
    Table t = Table.of(a, b, c, d);
    double n1 = t.a + t.b;
    double n2 = t.c + t.d;
    double n = n1 + n2;
    double events = t.a + t.c;
    double e = events * n1 / n;
    double var = events * (t.b + t.d) * (n1 / n) * (n2 / n) / (n - 1);
    if (!(var > 0)) {
      throw new IllegalArgumentException("the Peto variance V is " + var + " for " + t
          + "; the table needs at least 2 participants");
    }
    return result(Measure.PETO, (t.a - e) / var, 1 / var, t.notes, t::toString);
  }

  // ---------------------------------------------------------------- correlations

  /**
   * Raw correlation (COR): {@code y = r}, {@code v = (1 - r^2)^2/(n - 1)}.
   *
   * @param r the correlation, in (-1, 1)
   * @param n the sample size, {@code >= 4}
   * @return the effect size
   */
  public static EffectSize correlation(double r, int n) {
    Checks.correlation("r", r);
    Checks.atLeast("n", n, 4, "as escalc, which gives no variance for n <= 3");
    double q = 1 - r * r;
    return result(Measure.COR, r, q * q / (n - 1), List.of(),
        () -> String.format(Locale.ROOT, "r=%s, n=%d", r, n));
  }

  /**
   * Fisher's r-to-z transformed correlation (ZCOR): {@code y = atanh(r)}, {@code v = 1/(n - 3)}.
   *
   * @param r the correlation, in (-1, 1)
   * @param n the sample size, {@code >= 4}
   * @return the effect size
   */
  public static EffectSize fisherZ(double r, int n) {
    Checks.correlation("r", r);
    if (Math.abs(r) == 1) {
      throw new IllegalArgumentException(
          "r must be in (-1, 1) for ZCOR (atanh(r) is infinite), was " + r);
    }
    Checks.atLeast("n", n, 4, "the variance is 1/(n - 3)");
    double z = 0.5 * Math.log((1 + r) / (1 - r));
    return result(Measure.ZCOR, z, 1.0 / (n - 3), List.of(), () -> "n=" + n);
  }

  // ---------------------------------------------------------------- proportions

  /**
   * Raw proportion (PR): {@code y = p = x/n}, {@code v = p(1-p)/n}; 1/2 added to {@code x} and
   * {@code n - x} if either is zero.
   *
   * @param x the number of events, {@code 0 <= x <= n}
   * @param n the number of participants, {@code >= 1}
   * @return the effect size, with a note if a continuity correction was applied
   */
  public static EffectSize proportion(int x, int n) {
    Prop p = Prop.of(x, n, true);
    double pr = p.x / p.n;
    return result(Measure.PR, pr, pr * (1 - pr) / p.n, p.notes, p::toString);
  }

  /**
   * Logit proportion (PLO): {@code y = ln(x/(n-x))}, {@code v = 1/x + 1/(n-x)}; 1/2 added to
   * {@code x} and {@code n - x} if either is zero.
   *
   * @param x the number of events, {@code 0 <= x <= n}
   * @param n the number of participants, {@code >= 1}
   * @return the effect size, with a note if a continuity correction was applied
   */
  public static EffectSize logitProportion(int x, int n) {
    Prop p = Prop.of(x, n, true);
    double m = p.n - p.x;
    return result(Measure.PLO, Math.log(p.x / m), 1 / p.x + 1 / m, p.notes, p::toString);
  }

  /**
   * Arcsine square-root proportion (PAS): {@code y = asin(sqrt(x/n))}, {@code v = 1/(4n)}; no
   * continuity correction (metafor's default {@code add = 0} for PAS).
   *
   * @param x the number of events, {@code 0 <= x <= n}
   * @param n the number of participants, {@code >= 1}
   * @return the effect size
   */
  public static EffectSize arcsineProportion(int x, int n) {
    Prop p = Prop.of(x, n, false);
    return result(Measure.PAS, Math.asin(Math.sqrt(p.x / p.n)), 1 / (4 * p.n), p.notes,
        p::toString);
  }

  /**
   * Freeman-Tukey double arcsine proportion (PFT, Freeman and Tukey 1950):
   * {@code y = (asin(sqrt(x/(n+1))) + asin(sqrt((x+1)/(n+1))))/2}, {@code v = 1/(4n + 2)}; no
   * continuity correction.
   *
   * @param x the number of events, {@code 0 <= x <= n}
   * @param n the number of participants, {@code >= 1}
   * @return the effect size
   */
  public static EffectSize freemanTukey(int x, int n) {
    Prop p = Prop.of(x, n, false);
    double y = 0.5 * (Math.asin(Math.sqrt(p.x / (p.n + 1))) + Math.asin(Math.sqrt((p.x + 1)
        / (p.n + 1))));
    return result(Measure.PFT, y, 1 / (4 * p.n + 2), p.notes, p::toString);
  }

  // ---------------------------------------------------------------- helpers

  static EffectSize result(Measure measure, double estimate, double variance, List<String> notes,
      java.util.function.Supplier<String> inputs) {
    if (!Double.isFinite(estimate)) {
      throw new IllegalArgumentException("the estimate of " + measure + " is " + estimate
          + " for " + inputs.get());
    }
    if (!(variance > 0) || !Double.isFinite(variance)) {
      // Only now is the description of the inputs formatted: never on the success path.
      throw new IllegalArgumentException("the sampling variance of " + measure + " is " + variance
          + " for " + inputs.get() + "; a study with this variance cannot be weighted");
    }
    return new EffectSize(estimate, variance, measure, notes);
  }

  private static void positiveStandardizer(String what, double value,
      java.util.function.Supplier<String> inputs) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("the " + what + " is " + value + " for " + inputs.get()
          + "; a standardized difference needs a positive SD");
    }
  }

  private static void checkTwoGroups(double m1, double sd1, int n1, double m2, double sd2,
      int n2) {
    Checks.finite("m1", m1);
    Checks.nonNegative("sd1", sd1);
    Checks.atLeast("n1", n1, 2, "a group SD needs at least 2 observations");
    Checks.finite("m2", m2);
    Checks.nonNegative("sd2", sd2);
    Checks.atLeast("n2", n2, 2, "a group SD needs at least 2 observations");
  }

  private static void checkPrePost(double m1, double m2, double sd1, double sd2, int n, double r,
      int minN) {
    Checks.finite("m1", m1);
    Checks.finite("m2", m2);
    Checks.nonNegative("sd1", sd1);
    Checks.nonNegative("sd2", sd2);
    Checks.atLeast("n", n, minN, minN == 2 ? "SDs need at least 2 observations"
        : "the correction J(n - 1) needs n - 1 > 1");
    Checks.correlation("r", r);
  }

  private static String twoGroups(double sd1, int n1, double sd2, int n2) {
    return String.format(Locale.ROOT, "sd1=%s, n1=%d, sd2=%s, n2=%d", sd1, n1, sd2, n2);
  }

  private static String prePost(double sd1, double sd2, int n, double r) {
    return String.format(Locale.ROOT, "sd1=%s, sd2=%s, n=%d, r=%s", sd1, sd2, n, r);
  }

  /** A 2x2 table after the escalc default continuity correction. */
  private static final class Table {
    final double a;
    final double b;
    final double c;
    final double d;
    final List<String> notes;

    private Table(double a, double b, double c, double d, List<String> notes) {
      this.a = a;
      this.b = b;
      this.c = c;
      this.d = d;
      this.notes = notes;
    }

    static Table of(int a, int b, int c, int d) {
      Checks.nonNegative("a", a);
      Checks.nonNegative("b", b);
      Checks.nonNegative("c", c);
      Checks.nonNegative("d", d);
      if (a + b == 0) {
        throw new IllegalArgumentException("group 1 is empty: a + b must be > 0 but a=" + a
            + ", b=" + b);
      }
      if (c + d == 0) {
        throw new IllegalArgumentException("group 2 is empty: c + d must be > 0 but c=" + c
            + ", d=" + d);
      }
      if (a != 0 && b != 0 && c != 0 && d != 0) {
        return new Table(a, b, c, d, List.of());
      }
      List<String> notes = new ArrayList<>(2);
      notes.add(String.format(Locale.ROOT, "table a=%d, b=%d, c=%d, d=%d has a zero cell: 1/2 "
          + "added to every cell (escalc add=1/2, to=\"only0\")", a, b, c, d));
      if (a == 0 && c == 0) {
        notes.add("no events in either group: the estimate rests on the continuity correction "
            + "(Mantel-Haenszel and Peto pooling drop such tables)");
      } else if (b == 0 && d == 0) {
        notes.add("only events in both groups: the estimate rests on the continuity correction "
            + "(Mantel-Haenszel and Peto pooling drop such tables)");
      }
      return new Table(a + 0.5, b + 0.5, c + 0.5, d + 0.5, List.copyOf(notes));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "table a=%s, b=%s, c=%s, d=%s", a, b, c, d);
    }
  }

  /** A proportion after the escalc default continuity correction (PR, PLO only). */
  private static final class Prop {
    final double x;
    final double n;
    final List<String> notes;

    private Prop(double x, double n, List<String> notes) {
      this.x = x;
      this.n = n;
      this.notes = notes;
    }

    static Prop of(int x, int n, boolean correct) {
      Checks.nonNegative("x", x);
      Checks.atLeast("n", n, 1, "a proportion needs at least 1 participant");
      if (x > n) {
        throw new IllegalArgumentException("x must be <= n but x=" + x + ", n=" + n);
      }
      if (correct && (x == 0 || x == n)) {
        return new Prop(x + 0.5, n + 1.0, List.of(String.format(Locale.ROOT,
            "x=%d of n=%d: 1/2 added to x and to n - x (escalc add=1/2, to=\"only0\")", x, n)));
      }
      return new Prop(x, n, List.of());
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "x=%s, n=%s", x, n);
    }
  }
}
