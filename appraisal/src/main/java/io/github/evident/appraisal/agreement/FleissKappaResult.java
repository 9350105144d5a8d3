package io.github.evident.appraisal.agreement;

import io.github.evident.core.internal.Format;

/**
 * Fleiss' kappa for {@code m >= 2} raters per subject (Fleiss 1971), with the standard error
 * under {@code H0: kappa = 0} of Fleiss, Nee and Landis (1979).
 *
 * <p>For {@code N} subjects, {@code m} ratings per subject, {@code n_ij} ratings of subject
 * {@code i} in category {@code j}, {@code p_j = sum_i n_ij / (N m)} and {@code q_j = 1 - p_j}:
 *
 * <pre>
 *   P_i = (sum_j n_ij^2 - m) / (m (m - 1))     Pbar = mean P_i     Pbar_e = sum_j p_j^2
 *   kappa = (Pbar - Pbar_e) / (1 - Pbar_e)
 *   se0 = sqrt(2 / (N m (m - 1))) sqrt((sum p_j q_j)^2 - sum p_j q_j (q_j - p_j)) / sum p_j q_j
 * </pre>
 *
 * <p>{@code se0} is valid only when the true kappa is 0: it gives the test of
 * {@code H0: kappa = 0} (as R irr {@code kappam.fleiss}), not a confidence interval, so this
 * result has none.
 *
 * <p>Instances are immutable; obtain them from {@link Agreement#fleissKappa(int[][])}.
 */
public final class FleissKappaResult extends AgreementStatistic {

  private final double standardErrorUnderNull;
  private final int subjects;
  private final int raters;
  private final double[] categoryProportions;

  FleissKappaResult(
      double kappa,
      double standardErrorUnderNull,
      double observedAgreement,
      double expectedAgreement,
      int subjects,
      int raters,
      double[] categoryProportions) {
    super(kappa, standardErrorUnderNull, observedAgreement, expectedAgreement);
    this.standardErrorUnderNull = standardErrorUnderNull;
    this.subjects = subjects;
    this.raters = raters;
    this.categoryProportions = categoryProportions;
  }

  /**
   * Fleiss' kappa {@code (Pbar - Pbar_e) / (1 - Pbar_e)}.
   *
   * @return kappa, at most 1
   */
  public double kappa() {
    return coefficient();
  }

  /**
   * The standard error of kappa under {@code H0: kappa = 0} (Fleiss, Nee and Landis 1979).
   *
   * @return the standard error, non-negative
   */
  public double standardErrorUnderNull() {
    return standardErrorUnderNull;
  }

  /**
   * The number of subjects {@code N}.
   *
   * @return N
   */
  public int subjects() {
    return subjects;
  }

  /**
   * The number of ratings per subject {@code m}.
   *
   * @return m
   */
  public int raters() {
    return raters;
  }

  /**
   * The overall proportion of ratings in each category, {@code p_j}.
   *
   * @return a copy of the proportions, one per category
   */
  public double[] categoryProportions() {
    return categoryProportions.clone();
  }

  @Override
  String whyZUndefined() {
    return "the standard error of Fleiss' kappa under H0 is 0";
  }

  /**
   * One line, for example {@code Fleiss' kappa = 0.2099, SE under H0 0.0170, z = 12.3700,
   * p < 0.0001, Pbar = 0.3780, Pbar_e = 0.2128, N = 10 subjects, m = 14 raters}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String test = testText("z undefined");
    return "Fleiss' kappa = " + Format.estimate(kappa()) + ", SE under H0 "
        + Format.estimate(standardErrorUnderNull) + ", " + test + ", Pbar = "
        + Format.estimate(observedAgreement()) + ", Pbar_e = "
        + Format.estimate(expectedAgreement()) + ", N = " + subjects + " subjects, m = " + raters + " raters";
  }
}
