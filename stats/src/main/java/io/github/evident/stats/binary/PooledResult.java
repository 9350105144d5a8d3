package io.github.evident.stats.binary;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Distributions;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.effect.Measure;
import io.github.evident.stats.meta.PooledEstimate;
import java.util.List;
import java.util.Optional;

/**
 * The immutable result of pooling 2×2 tables by {@link MantelHaenszel} or {@link Peto}, with the
 * numbers metafor's {@code rma.mh} and {@code rma.peto} print. As a {@link PooledEstimate} it has
 * {@code MetaResult}'s accessors where they mean the same ({@code estimate()},
 * {@code standardError()}, {@code statistic()}, {@code pValue()}, {@code ci()}, {@code q()},
 * {@code qDf()}, {@code qPValue()}, {@code i2()}, {@code h2()}, {@code k()}, {@code level()},
 * {@code notes()}).
 *
 * <p>The estimate is on the log scale for odds and risk ratios; the test is a Wald z test.
 */
public final class PooledResult implements PooledEstimate {

  /** The tests on the tables that only the Mantel-Haenszel odds ratio has. */
  record OddsRatioTests(ChiSquareTest cmh, ChiSquareTest cochran,
      Optional<ChiSquareTest> tarone, Optional<ChiSquareTest> breslowDay) {}

  private final Measure measure;
  private final double level;
  private final int k;
  private final double estimate;
  private final double standardError;
  private final Heterogeneity heterogeneity;
  private final double[] weights;
  private final Optional<OddsRatioTests> tests;
  private final List<String> notes;

  PooledResult(Measure measure, double level, int k, double estimate,
      double standardError, Heterogeneity heterogeneity, double[] weights,
      Optional<OddsRatioTests> tests, List<String> notes) {
    this.measure = measure;
    this.level = level;
    this.k = k;
    this.estimate = estimate;
    this.standardError = standardError;
    this.heterogeneity = heterogeneity;
    this.weights = percent(weights);
    this.tests = tests;
    this.notes = List.copyOf(notes);
  }

  /**
   * The pooling method: Peto's for {@link Measure#PETO}, Mantel-Haenszel's otherwise.
   *
   * @return the method
   */
  public Method method() {
    return measure == Measure.PETO ? Method.PETO : Method.MANTEL_HAENSZEL;
  }

  /** How 2×2 tables were pooled. */
  public enum Method {
    /** Mantel and Haenszel's weights (odds ratio, risk ratio, risk difference). */
    MANTEL_HAENSZEL("Mantel-Haenszel"),
    /** Peto's one-step odds ratio. */
    PETO("Peto");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    /**
     * The method's name for readers, e.g. {@code Mantel-Haenszel}.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /**
   * The effect measure: {@link Measure#OR}, {@link Measure#RR}, {@link Measure#RD} or
   * {@link Measure#PETO}.
   *
   * @return the measure
   */
  public Measure measure() {
    return measure;
  }

  @Override
  public double level() {
    return level;
  }

  /**
   * The number of tables pooled, including those with no events in either group.
   *
   * @return k
   */
  @Override
  public int k() {
    return k;
  }

  @Override
  public double estimate() {
    return estimate;
  }

  @Override
  public double standardError() {
    return standardError;
  }

  /**
   * The Wald z statistic, {@code estimate / standardError}.
   *
   * @return z
   */
  @Override
  public double statistic() {
    return estimate / standardError;
  }

  @Override
  public double pValue() {
    return Distributions.normalTwoSided(statistic());
  }

  @Override
  public Interval ci() {
    double half = Distributions.normalCritical(level) * standardError;
    return Interval.of(estimate - half, estimate + half);
  }

  @Override
  public double q() {
    return heterogeneity.q();
  }

  /**
   * The degrees of freedom of Q: the number of tables with events and non-events, less one.
   *
   * @return the degrees of freedom
   */
  @Override
  public int qDf() {
    return heterogeneity.df();
  }

  @Override
  public double qPValue() {
    return heterogeneity.pValue();
  }

  @Override
  public double i2() {
    return heterogeneity.i2();
  }

  @Override
  public double h2() {
    return heterogeneity.h2();
  }

  /**
   * The Cochran-Mantel-Haenszel test of no association, with the hypergeometric variance
   * {@code n1 n2 m1 m0/(N² (N − 1))} (metafor's {@code MH}, printed as CMH; Mantel-Haenszel odds
   * ratio only). With the continuity correction, ½ is always subtracted from |Σ(a − E(a))| as
   * metafor does; R's {@code mantelhaen.test} subtracts it only when that sum is at least ½.
   *
   * @return the test, or empty for other measures
   */
  public Optional<ChiSquareTest> cmh() {
    return tests.map(OddsRatioTests::cmh);
  }

  /**
   * Cochran's test of no association: the Cochran-Mantel-Haenszel statistic with the binomial
   * variance {@code n1 n2 m1 m0/N³} in place of the hypergeometric one (metafor's {@code CO},
   * which {@code rma.mh} computes but does not print; Mantel-Haenszel odds ratio only).
   *
   * @return the test, or empty for other measures
   */
  public Optional<ChiSquareTest> cochran() {
    return tests.map(OddsRatioTests::cochran);
  }

  /**
   * Tarone's test for heterogeneity of the odds ratios (Mantel-Haenszel odds ratio with at
   * least two informative tables).
   *
   * @return the test, or empty
   */
  public Optional<ChiSquareTest> tarone() {
    return tests.flatMap(OddsRatioTests::tarone);
  }

  /**
   * The Breslow-Day test for heterogeneity of the odds ratios (Mantel-Haenszel odds ratio with at
   * least two informative tables).
   *
   * @return the test, or empty
   */
  public Optional<ChiSquareTest> breslowDay() {
    return tests.flatMap(OddsRatioTests::breslowDay);
  }

  /**
   * The studies' weights in percent, in the order of the tables, as metafor's {@code weights()}
   * of {@code rma.mh} and {@code rma.peto} and as RevMan shows them: {@code 100 w_i / Σ w_j} with
   * {@code w_i = b_i c_i / N_i} for the Mantel-Haenszel odds ratio, {@code c_i n1_i / N_i} for the
   * risk ratio, {@code n1_i n2_i / N_i} for the risk difference and Peto's
   * {@code V_i = m1_i m0_i (n1_i/N_i)(n2_i/N_i)/(N_i − 1)} (see {@link Peto}). A table that adds
   * nothing to the estimate (for example no events in either group for a ratio) has weight 0.
   *
   * @return a new array of k weights summing to 100
   */
  public double[] weightsPercent() {
    return weights.clone();
  }

  @Override
  public List<String> notes() {
    return notes;
  }

  /** The weights as percentages of their sum (metafor: {@code wi / sum(wi) * 100}). */
  private static double[] percent(double[] w) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] / sum * 100;
    }
    return out;
  }

  /**
   * A multi-line summary in the layout of metafor's print of {@code rma.mh} and
   * {@code rma.peto}.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Equal-Effects Model (k = " + k + ")\n\n");
    sb.append("I^2 (total heterogeneity / total variability):  ")
        .append(Format.percent(i2(), Format.TEXT_PERCENT_DECIMALS)).append('\n');
    sb.append("H^2 (total variability / sampling variability): ").append(Format.estimate(h2()))
        .append("\n\nTest for Heterogeneity:\n").append(heterogeneityLine()).append('\n');
    tests.ifPresent(t -> appendOddsRatioTests(sb, t));
    sb.append("\nModel Results (").append(title()).append("):\n\n");
    table(sb);
    if (!notes.isEmpty()) {
      sb.append("\nNotes:\n");
      notes.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }

  /** For example {@code Mantel-Haenszel log odds ratio} or {@code Peto log odds ratio}. */
  private String title() {
    return measure == Measure.PETO ? measure.description()
        : method().label() + " " + measure.description();
  }

  private String heterogeneityLine() {
    return "Q(df = " + qDf() + ") = " + Format.estimate(q()) + ", " + Format.p(qPValue());
  }

  private static void appendOddsRatioTests(StringBuilder sb, OddsRatioTests t) {
    sb.append("\nCochran-Mantel-Haenszel Test: ").append(t.cmh()).append('\n');
    sb.append("Tarone's Test for Heterogeneity: ")
        .append(t.tarone().map(ChiSquareTest::toString).orElse("NA")).append('\n');
    sb.append("Breslow-Day Test for Heterogeneity: ")
        .append(t.breslowDay().map(ChiSquareTest::toString).orElse("NA")).append('\n');
  }

  private void table(StringBuilder sb) {
    Interval ci = ci();
    String[] head = {"estimate", "se", "zval", "pval", "ci.lb", "ci.ub"};
    String[] vals = {Format.estimate(estimate), Format.estimate(standardError),
        Format.estimate(statistic()), Format.pValue(pValue()), Format.estimate(ci.lower()),
        Format.estimate(ci.upper())};
    sb.append(Format.columns(head, vals));
  }

  /**
   * One line, for example {@code Mantel-Haenszel log odds ratio, k = 13: estimate -0.4734, 95% CI
   * [-0.5538, -0.3930], p < 0.0001; I^2 = 92.68%, Q(df = 12) = 163.9426, p < 0.0001}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String s = title() + ", k = " + k + ": estimate "
        + Format.estimate(estimate) + ", " + Format.level(level) + "% CI "
        + Format.interval(ci()) + ", " + Format.p(pValue()) + "; I^2 = "
        + Format.percent(i2(), Format.TEXT_PERCENT_DECIMALS) + ", " + heterogeneityLine();
    return notes.isEmpty() ? s : s + "; " + Format.count(notes.size(), "note", "notes");
  }
}
