package io.github.evident.appraisal.agreement;

import io.github.evident.core.internal.Format;

/**
 * Cohen's kappa, unweighted or weighted, for two raters, with its large-sample inference.
 *
 * <p>With agreement weights {@code w_ij} (identity for unweighted kappa), cell proportions
 * {@code p_ij}, marginals {@code p_i.} (rater 1) and {@code p_.j} (rater 2):
 *
 * <pre>
 *   p_o = sum w_ij p_ij        p_e = sum w_ij p_i. p_.j        kappa = (p_o - p_e) / (1 - p_e)
 * </pre>
 *
 * <p>Standard errors follow Fleiss, Cohen and Everitt (1969), as statsmodels
 * {@code cohens_kappa} and SAS {@code PROC FREQ} compute them, with
 * {@code wbar_i. = sum_j p_.j w_ij} and {@code wbar_.j = sum_i p_i. w_ij}:
 *
 * <pre>
 *   var  = [sum p_ij (w_ij - (wbar_i. + wbar_.j)(1 - kappa))^2 - (kappa - p_e (1 - kappa))^2]
 *          / (n (1 - p_e)^2)
 *   var0 = [sum p_i. p_.j (w_ij - (wbar_i. + wbar_.j))^2 - p_e^2] / (n (1 - p_e)^2)
 * </pre>
 *
 * <p>{@code var} gives the Wald interval {@code kappa +- z se} ({@link #waldCi(double)}, as
 * statsmodels and SAS report it); {@link #ci()} is that interval truncated to {@code [-1, 1]},
 * and {@link #ciTruncated()} and {@link #ciNote()} say when it was. {@code var0}, the variance
 * when the true kappa is 0, gives the test statistic {@code z = kappa / se0}.
 *
 * <p>Instances are immutable; obtain them from {@link Agreement}.
 */
public final class KappaResult extends AgreementCoefficient {

  private final KappaWeights weights;
  private final double standardErrorUnderNull;

  KappaResult(
      KappaWeights weights,
      double kappa,
      double standardError,
      double standardErrorUnderNull,
      double observedAgreement,
      double expectedAgreement,
      long n) {
    super(kappa, standardError, standardErrorUnderNull, observedAgreement, expectedAgreement, n);
    this.weights = weights;
    this.standardErrorUnderNull = standardErrorUnderNull;
  }

  /**
   * The weights used ({@link KappaWeights#UNWEIGHTED} for Cohen's kappa).
   *
   * @return the weights
   */
  public KappaWeights weights() {
    return weights;
  }

  /**
   * The kappa coefficient {@code (p_o - p_e) / (1 - p_e)}.
   *
   * @return kappa, at most 1
   */
  public double kappa() {
    return coefficient();
  }

  /**
   * The standard error of kappa when the true kappa is 0, used for the test of
   * {@code H0: kappa = 0}.
   *
   * @return the standard error under the null hypothesis, non-negative
   */
  public double standardErrorUnderNull() {
    return standardErrorUnderNull;
  }

  @Override
  String whyZUndefined() {
    return "the standard error of kappa under H0 is 0 (a rater used a single"
        + " category, so kappa = " + kappa() + " carries no information to test)";
  }

  /**
   * One line, for example {@code kappa (linear weights) = 0.7255, 95% CI [0.5851, 0.8659], SE
   * 0.0716, z = 7.1271, p < 0.0001, p_o = 0.8833, p_e = 0.5750, n = 60}, followed by the
   * {@linkplain #ciNote() note on the interval} when there is one.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String test = testText("z undefined (SE under H0 is 0)");
    return "kappa (" + (weights.isUnweighted() ? "unweighted" : weights.toString()) + ") = "
        + Format.estimate(kappa()) + ", 95% CI " + Format.interval(ci()) + ", SE "
        + Format.estimate(standardError()) + ", " + test + ", p_o = "
        + Format.estimate(observedAgreement()) + ", p_e = " + Format.estimate(expectedAgreement())
        + ", n = " + n() + ciNoteSuffix();
  }
}
