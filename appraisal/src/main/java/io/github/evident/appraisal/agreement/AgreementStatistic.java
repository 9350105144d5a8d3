package io.github.evident.appraisal.agreement;

import io.github.evident.core.internal.Distributions;
import io.github.evident.core.internal.Format;

/**
 * What every agreement statistic reports: its coefficient and the z test of
 * {@code H0: coefficient = 0}, with {@code z = coefficient / se0} for a standard error
 * {@code se0} valid under that hypothesis.
 */
abstract class AgreementStatistic {

  private final double coefficient;
  private final double testStandardError;
  private final double observedAgreement;
  private final double expectedAgreement;

  AgreementStatistic(double coefficient, double testStandardError, double observedAgreement,
      double expectedAgreement) {
    this.coefficient = coefficient;
    this.testStandardError = testStandardError;
    this.observedAgreement = observedAgreement;
    this.expectedAgreement = expectedAgreement;
  }

  /** The coefficient (kappa or AC1). */
  final double coefficient() {
    return coefficient;
  }

  /**
   * The observed proportion of agreement: {@code p_o} (weighted) for Cohen's kappa,
   * {@code p_a} for AC1, {@code Pbar} (the mean proportion of agreeing rater pairs per subject)
   * for Fleiss' kappa.
   *
   * @return the observed agreement, in {@code [0, 1]}
   */
  public double observedAgreement() {
    return observedAgreement;
  }

  /**
   * The proportion of agreement expected by chance: {@code p_e} from the marginals for Cohen's
   * kappa, Gwet's {@code p_e = sum pi_k (1 - pi_k) / (q - 1)} (at most 1/2) for AC1,
   * {@code Pbar_e = sum p_j^2} for Fleiss' kappa.
   *
   * @return the chance agreement, in {@code [0, 1)}
   */
  public double expectedAgreement() {
    return expectedAgreement;
  }

  /**
   * The statistic {@code z = coefficient / se0} for {@code H0: coefficient = 0}.
   *
   * @return z
   * @throws ArithmeticException if the standard error used for the test is 0 (for example a
   *     rater who used a single category, or perfect agreement)
   */
  public double z() {
    if (!(testStandardError > 0.0)) {
      throw new ArithmeticException("z is undefined: " + whyZUndefined());
    }
    return coefficient / testStandardError;
  }

  /**
   * The two-sided normal p value {@code 2 (1 - Phi(|z|))} for {@code H0: coefficient = 0}.
   *
   * @return the p value
   * @throws ArithmeticException if {@link #z()} is undefined
   */
  public double pValue() {
    return Distributions.normalTwoSided(z());
  }

  /** Why z is undefined when the standard error of the test is 0, for the exception message. */
  abstract String whyZUndefined();

  /** {@code z = …, p …} for a summary line, or {@code undefined} when z is undefined. */
  final String testText(String undefined) {
    return testStandardError > 0.0
        ? "z = " + Format.estimate(z()) + ", " + Format.p(pValue()) : undefined;
  }
}
