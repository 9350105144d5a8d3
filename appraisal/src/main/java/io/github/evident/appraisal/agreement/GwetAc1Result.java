package io.github.evident.appraisal.agreement;

import io.github.evident.core.internal.Format;

/**
 * Gwet's first-order agreement coefficient AC1 for two raters (Gwet 2008), which stays stable
 * when one category dominates (the "kappa paradox" of Feinstein and Cicchetti 1990).
 *
 * <p>For {@code q} categories with cell proportions {@code p_kl} and
 * {@code pi_k = (p_k. + p_.k) / 2}:
 *
 * <pre>
 *   p_a = sum_k p_kk        p_e = sum_k pi_k (1 - pi_k) / (q - 1)        AC1 = (p_a - p_e) / (1 - p_e)
 *   var = [sum_kl p_kl (delta_kl - 2 (1 - AC1) (1 - (pi_k + pi_l) / 2) / (q - 1))^2
 *          - (p_a - 2 (1 - AC1) p_e)^2] / (n (1 - p_e)^2)
 * </pre>
 *
 * <p>This is Gwet's (2008) variance with sampling fraction 0 (an infinite population of
 * subjects), as in Gwet's R package irrCAC ({@code gwet.ac1.table}). The confidence interval and
 * the test use the normal distribution, and the reported interval {@link #ci()} is truncated
 * to [−1, 1] ({@link #ciTruncated()}, {@link #ciNote()}); irrCAC instead uses Student's t with
 * {@code n - 1} degrees of freedom and truncates the upper bound at 1, so its intervals are
 * slightly wider for small {@code n}.
 *
 * <p>Instances are immutable; obtain them from {@link Agreement#gwetAc1(int[][])}.
 */
public final class GwetAc1Result extends AgreementCoefficient {

  GwetAc1Result(
      double ac1, double standardError, double observedAgreement, double expectedAgreement,
      long n) {
    super(ac1, standardError, standardError, observedAgreement, expectedAgreement, n);
  }

  /**
   * The coefficient {@code AC1 = (p_a - p_e) / (1 - p_e)}.
   *
   * @return AC1, at most 1
   */
  public double ac1() {
    return coefficient();
  }

  /**
   * The variance of AC1, {@code standardError()^2}.
   *
   * @return the variance
   */
  public double variance() {
    return standardError() * standardError();
  }

  @Override
  String whyZUndefined() {
    return "the standard error of AC1 is 0 (AC1 = " + ac1() + ")";
  }

  /**
   * One line, for example {@code AC1 = 0.8493, 95% CI [0.7646, 0.9340], SE 0.0432, p_a = 0.8900,
   * p_e = 0.2699, n = 100}, followed by the {@linkplain #ciNote() note on the interval} when
   * there is one.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "AC1 = " + Format.estimate(ac1()) + ", 95% CI " + Format.interval(ci()) + ", SE "
        + Format.estimate(standardError()) + ", p_a = " + Format.estimate(observedAgreement())
        + ", p_e = " + Format.estimate(expectedAgreement()) + ", n = " + n() + ciNoteSuffix();
  }
}
