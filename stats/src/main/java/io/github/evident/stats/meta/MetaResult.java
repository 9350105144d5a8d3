package io.github.evident.stats.meta;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The immutable result of a {@link MetaAnalysis} fit, with the numbers metafor's {@code rma},
 * {@code confint} and {@code predict} report. Serializes to JSON with
 * {@code EvidentJson.write(result)}; absent values (such as the prediction interval of a
 * common-effect model) are left out.
 *
 * <p>Only the library creates results (by {@link MetaAnalysis#fit(double[], double[])} and by
 * reading JSON), and every result is checked once when it is made: the values are present,
 * consistent with the model and the test, and in range. Consumers need not check them again.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
public final class MetaResult implements PooledEstimate {

  /** The meta-analytic model. */
  public enum Model {
    /** Common-effect (equal-effects) model, τ² = 0. */
    COMMON_EFFECT,
    /** Random-effects model. */
    RANDOM_EFFECTS;

    /**
     * The label used in text: {@code common-effect} or {@code random-effects}.
     *
     * @return the label
     */
    public String label() {
      return this == COMMON_EFFECT ? "common-effect" : "random-effects";
    }
  }

  /** The test of the pooled estimate. */
  public enum Test {
    /** Wald z test with normal quantiles. */
    Z,
    /** Knapp-Hartung (HKSJ) t test with k − 1 degrees of freedom. */
    KNAPP_HARTUNG;

    /**
     * The label used in text: {@code z} or {@code Knapp-Hartung}, as in "z test".
     *
     * @return the label
     */
    public String label() {
      return this == Z ? "z" : "Knapp-Hartung";
    }
  }

  private final Model model;
  private final Optional<Tau2Estimator> tau2Estimator;
  private final Test test;
  private final double level;
  private final int k;
  private final double estimate;
  private final double standardError;
  private final double statistic;
  private final OptionalInt testDf;
  private final double pValue;
  private final Interval ci;
  private final Optional<Interval> predictionInterval;
  private final double tau2;
  private final OptionalDouble tau2StandardError;
  private final Optional<Interval> tau2Ci;
  private final double i2;
  private final Optional<Interval> i2Ci;
  private final double h2;
  private final Optional<Interval> h2Ci;
  private final double q;
  private final int qDf;
  private final double qPValue;
  private final int iterations;
  private final List<String> notes;


  /**
   * A result, checked; only {@link Fitter} and the JSON reader make one.
   *
   * @throws IllegalArgumentException if a value is missing, out of range or inconsistent with
   *     the model or the test
   */
  MetaResult(
      Model model,
      Optional<Tau2Estimator> tau2Estimator,
      Test test,
      double level,
      int k,
      double estimate,
      double standardError,
      double statistic,
      OptionalInt testDf,
      double pValue,
      Interval ci,
      Optional<Interval> predictionInterval,
      double tau2,
      OptionalDouble tau2StandardError,
      Optional<Interval> tau2Ci,
      double i2,
      Optional<Interval> i2Ci,
      double h2,
      Optional<Interval> h2Ci,
      double q,
      int qDf,
      double qPValue,
      int iterations,
      List<String> notes) {
    this.model = model;
    this.tau2Estimator = tau2Estimator;
    this.test = test;
    this.level = level;
    this.k = k;
    this.estimate = estimate;
    this.standardError = standardError;
    this.statistic = statistic;
    this.testDf = testDf;
    this.pValue = pValue;
    this.ci = ci;
    this.predictionInterval = predictionInterval;
    this.tau2 = tau2;
    this.tau2StandardError = tau2StandardError;
    this.tau2Ci = tau2Ci;
    this.i2 = i2;
    this.i2Ci = i2Ci;
    this.h2 = h2;
    this.h2Ci = h2Ci;
    this.q = q;
    this.qDf = qDf;
    this.qPValue = qPValue;
    this.iterations = iterations;
    this.notes = notes == null || notes.stream().anyMatch(Objects::isNull) ? notes
        : List.copyOf(notes);
    check();
  }

  /** Reads a result from JSON, where an absent optional value is left out (or null). */
  @JsonCreator
  private static MetaResult fromJson(
      @JsonProperty("model") Model model,
      @JsonProperty("tau2Estimator") Optional<Tau2Estimator> tau2Estimator,
      @JsonProperty("test") Test test,
      @JsonProperty("level") double level,
      @JsonProperty("k") int k,
      @JsonProperty("estimate") double estimate,
      @JsonProperty("standardError") double standardError,
      @JsonProperty("statistic") double statistic,
      @JsonProperty("testDf") OptionalInt testDf,
      @JsonProperty("pValue") double pValue,
      @JsonProperty("ci") Interval ci,
      @JsonProperty("predictionInterval") Optional<Interval> predictionInterval,
      @JsonProperty("tau2") double tau2,
      @JsonProperty("tau2StandardError") OptionalDouble tau2StandardError,
      @JsonProperty("tau2Ci") Optional<Interval> tau2Ci,
      @JsonProperty("i2") double i2,
      @JsonProperty("i2Ci") Optional<Interval> i2Ci,
      @JsonProperty("h2") double h2,
      @JsonProperty("h2Ci") Optional<Interval> h2Ci,
      @JsonProperty("q") double q,
      @JsonProperty("qDf") int qDf,
      @JsonProperty("qPValue") double qPValue,
      @JsonProperty("iterations") int iterations,
      @JsonProperty("notes") List<String> notes) {
    return new MetaResult(model,
        tau2Estimator == null ? Optional.empty() : tau2Estimator,
        test,
        level,
        k,
        estimate,
        standardError,
        statistic,
        testDf == null ? OptionalInt.empty() : testDf,
        pValue,
        ci,
        predictionInterval == null ? Optional.empty() : predictionInterval,
        tau2,
        tau2StandardError == null ? OptionalDouble.empty() : tau2StandardError,
        tau2Ci == null ? Optional.empty() : tau2Ci,
        i2,
        i2Ci == null ? Optional.empty() : i2Ci,
        h2,
        h2Ci == null ? Optional.empty() : h2Ci,
        q,
        qDf,
        qPValue,
        iterations,
        notes == null ? List.of() : notes);
  }

  private void check() {
    if (model == null || tau2Estimator == null || test == null || testDf == null || ci == null
        || predictionInterval == null || tau2StandardError == null || tau2Ci == null
        || i2Ci == null || h2Ci == null || notes == null) {
      throw new IllegalArgumentException("a meta-analysis result needs model, test, ci and "
          + "notes, and no null optional value; got " + describeNulls());
    }
    require(k >= 1, "k", k, "at least 1");
    require(level > 0 && level < 1, "level", level, "in (0, 1)");
    require(qDf == k - 1, "qDf", qDf, "k - 1 = " + (k - 1));
    require(tau2 >= 0, "tau2", tau2, "non-negative");
    require(q >= 0, "q", q, "non-negative");
    require(i2 >= 0 && i2 <= 100, "i2", i2, "a percentage in [0, 100]");
    require(h2 >= 0, "h2", h2, "non-negative");
    require(pValue >= 0 && pValue <= 1, "pValue", pValue, "in [0, 1]");
    require(qPValue >= 0 && qPValue <= 1, "qPValue", qPValue, "in [0, 1]");
    require(standardError >= 0, "standardError", standardError, "non-negative");
    require(iterations >= 0, "iterations", iterations, "non-negative");
    boolean random = model == Model.RANDOM_EFFECTS;
    require(tau2Estimator.isPresent() == random, "tau2Estimator", tau2Estimator.orElse(null),
        random ? "present for a random-effects model" : "absent for a common-effect model");
    require(random || tau2 == 0, "tau2", tau2, "0 for a common-effect model");
    require(random || predictionInterval.isEmpty(), "predictionInterval",
        predictionInterval.orElse(null), "absent for a common-effect model");
    boolean t = test == Test.KNAPP_HARTUNG;
    require(testDf.isPresent() == t && (!t || testDf.getAsInt() == k - 1), "testDf", testDf,
        t ? "k - 1 = " + (k - 1) + " for the Knapp-Hartung test" : "absent for the z test");
    require(notes.stream().allMatch(Objects::nonNull), "notes", notes, "without null notes");
  }

  private static void require(boolean ok, String field, Object value, String expected) {
    if (!ok) {
      throw new IllegalArgumentException("meta-analysis result: " + field + " must be "
          + expected + ", was " + value);
    }
  }

  private String describeNulls() {
    StringBuilder sb = new StringBuilder("null");
    Object[] values = {model, tau2Estimator, test, testDf, ci, predictionInterval,
        tau2StandardError, tau2Ci, i2Ci, h2Ci, notes};
    String[] names = {"model", "tau2Estimator", "test", "testDf", "ci", "predictionInterval",
        "tau2StandardError", "tau2Ci", "i2Ci", "h2Ci", "notes"};
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        sb.append(' ').append(names[i]);
      }
    }
    return sb.toString();
  }

  /**
   * Common-effect or random-effects.
   *
   * @return the value
   */
  public Model model() {
    return model;
  }

  /**
   * The τ² estimator actually used (after any requested fallback); empty for the common-effect
   * model.
   *
   * @return the value
   */
  public Optional<Tau2Estimator> tau2Estimator() {
    return tau2Estimator;
  }

  /**
   * The test used for the pooled estimate.
   *
   * @return the value
   */
  public Test test() {
    return test;
  }

  /**
   * The confidence level of every interval, e.g. 0.95.
   *
   * @return the value
   */
  public double level() {
    return level;
  }

  /**
   * The number of studies.
   *
   * @return the value
   */
  public int k() {
    return k;
  }

  /**
   * The pooled estimate μ̂.
   *
   * @return the value
   */
  public double estimate() {
    return estimate;
  }

  /**
   * Its standard error (Knapp-Hartung adjusted for that test).
   *
   * @return the value
   */
  public double standardError() {
    return standardError;
  }

  /**
   * The z or t statistic μ̂/SE.
   *
   * @return the value
   */
  public double statistic() {
    return statistic;
  }

  /**
   * The degrees of freedom of the t test (k − 1); empty for the z test.
   *
   * @return the value
   */
  public OptionalInt testDf() {
    return testDf;
  }

  /**
   * The two-sided p-value of the test.
   *
   * @return the value
   */
  public double pValue() {
    return pValue;
  }

  /**
   * The confidence interval of the pooled estimate.
   *
   * @return the value
   */
  public Interval ci() {
    return ci;
  }

  /**
   * The prediction interval μ̂ ± crit·√(SE² + τ²) for the true effect of a new study (metafor's
   * {@code predict}); empty for the common-effect model.
   *
   * @return the value
   */
  public Optional<Interval> predictionInterval() {
    return predictionInterval;
  }

  /**
   * The between-study variance τ² (0 for the common-effect model).
   *
   * @return the value
   */
  public double tau2() {
    return tau2;
  }

  /**
   * The standard error of τ² as metafor's {@code se.tau2}; empty for the common-effect model and
   * for k = 1.
   *
   * @return the value
   */
  public OptionalDouble tau2StandardError() {
    return tau2StandardError;
  }

  /**
   * The Q-profile confidence interval of τ² (metafor's {@code confint}); empty for the
   * common-effect model, for k = 1 and when not requested ({@link
   * MetaAnalysis#withHeterogeneityIntervals(boolean)}).
   *
   * @return the value
   */
  public Optional<Interval> tau2Ci() {
    return tau2Ci;
  }

  /**
   * I² in percent: 100·τ²/(τ² + ṽ) for random effects, 100·max(0, (Q − df)/Q) for the common-effect
   * model.
   *
   * @return the value
   */
  public double i2() {
    return i2;
  }

  /**
   * The confidence interval of I² in percent, from the τ² interval.
   *
   * @return the value
   */
  public Optional<Interval> i2Ci() {
    return i2Ci;
  }

  /**
   * H²: (τ² + ṽ)/ṽ for random effects, Q/df for the common-effect model.
   *
   * @return the value
   */
  public double h2() {
    return h2;
  }

  /**
   * The confidence interval of H², from the τ² interval.
   *
   * @return the value
   */
  public Optional<Interval> h2Ci() {
    return h2Ci;
  }

  /**
   * Cochran's Q = Σ(y<sub>i</sub> − μ̂<sub>FE</sub>)²/v<sub>i</sub>.
   *
   * @return the value
   */
  public double q() {
    return q;
  }

  /**
   * Its degrees of freedom k − 1.
   *
   * @return the value
   */
  public int qDf() {
    return qDf;
  }

  /**
   * The p-value of the test for heterogeneity, P(χ²<sub>k−1</sub> &gt; Q).
   *
   * @return the value
   */
  public double qPValue() {
    return qPValue;
  }

  /**
   * Iterations used to estimate τ² (0 for closed-form estimators).
   *
   * @return the value
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Statements about the fit a reader must know (k = 1, fallbacks, truncated or empty intervals).
   *
   * @return the value
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * τ, the square root of τ².
   *
   * @return √τ²
   */
  public double tau() {
    return Math.sqrt(tau2);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MetaResult r)) {
      return false;
    }
    return model == r.model && tau2Estimator.equals(r.tau2Estimator) && test == r.test &&
        Double.compare(level, r.level) == 0 && k == r.k &&
        Double.compare(estimate, r.estimate) == 0 &&
        Double.compare(standardError, r.standardError) == 0 &&
        Double.compare(statistic, r.statistic) == 0 && testDf.equals(r.testDf) &&
        Double.compare(pValue, r.pValue) == 0 && ci.equals(r.ci) &&
        predictionInterval.equals(r.predictionInterval) && Double.compare(tau2, r.tau2) == 0 &&
        tau2StandardError.equals(r.tau2StandardError) && tau2Ci.equals(r.tau2Ci) &&
        Double.compare(i2, r.i2) == 0 && i2Ci.equals(r.i2Ci) && Double.compare(h2, r.h2) == 0 &&
        h2Ci.equals(r.h2Ci) && Double.compare(q, r.q) == 0 && qDf == r.qDf &&
        Double.compare(qPValue, r.qPValue) == 0 && iterations == r.iterations &&
        notes.equals(r.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, tau2Estimator, test, level, k, estimate, standardError, statistic,
        testDf, pValue, ci, predictionInterval, tau2, tau2StandardError, tau2Ci, i2, i2Ci, h2,
        h2Ci, q, qDf, qPValue, iterations, notes);
  }

  /**
   * A metafor-like multi-line report: model header, τ², τ, I², H² with their confidence
   * intervals, the test for heterogeneity, the model results table, the prediction interval
   * and the notes. Numbers as everywhere in Evident ({@code Format}): four decimals, I² as a
   * percentage, p values to four decimals or {@code < 0.0001}.
   *
   * @return the report
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    String pct = Format.level(level) + "%";
    if (model == Model.RANDOM_EFFECTS) {
      appendRandomEffects(sb, pct);
    } else {
      appendCommonEffect(sb);
    }
    if (k > 1) {
      sb.append("Test for Heterogeneity:\nQ(df = ").append(qDf).append(") = ")
          .append(Format.estimate(q)).append(", ").append(Format.p(qPValue)).append("\n\n");
    }
    sb.append("Model Results (").append(test == Test.Z ? "z test"
        : "Knapp-Hartung t test, df = " + testDf.getAsInt()).append("):\n\n");
    table(sb);
    predictionInterval.ifPresent(p -> sb.append('\n').append(pct)
        .append(" prediction interval: ").append(Format.interval(p)).append('\n'));
    if (!notes.isEmpty()) {
      sb.append("\nNotes:\n");
      notes.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }

  /** The random-effects header: estimator, τ², τ, I² and H² with their intervals. */
  private void appendRandomEffects(StringBuilder sb, String pct) {
    sb.append("Random-Effects Model (k = ").append(k).append("; tau^2 estimator: ")
        .append(tau2Estimator.orElseThrow().metaforName()).append(")\n\n");
    if (k == 1) {
      sb.append("Heterogeneity is not estimable with k = 1 (tau^2 set to 0).\n\n");
      return;
    }
    sb.append("tau^2 (estimated amount of total heterogeneity): ")
        .append(Format.estimate(tau2))
        .append(tau2StandardError.isPresent()
            ? " (SE = " + Format.estimate(tau2StandardError.getAsDouble()) + ")" : "")
        .append(ci(tau2Ci, pct)).append('\n');
    sb.append("tau (square root of estimated tau^2 value):      ")
        .append(Format.estimate(tau()))
        .append(ci(tau2Ci.map(t -> Interval.of(Math.sqrt(t.lower()), Math.sqrt(t.upper()))),
            pct)).append('\n');
    sb.append("I^2 (total heterogeneity / total variability):   ").append(percent(i2))
        .append(i2Ci.map(c -> "  " + pct + " CI [" + percent(c.lower()) + ", "
            + percent(c.upper()) + "]").orElse("")).append('\n');
    sb.append("H^2 (total variability / sampling variability):  ")
        .append(Format.estimate(h2)).append(ci(h2Ci, pct)).append("\n\n");
  }

  /** The common-effect header: k, I² and H². */
  private void appendCommonEffect(StringBuilder sb) {
    sb.append("Common-Effect Model (k = ").append(k).append(")\n\n");
    sb.append("I^2 (total heterogeneity / total variability):   ").append(percent(i2))
        .append('\n');
    sb.append("H^2 (total variability / sampling variability):  ").append(Format.estimate(h2))
        .append("\n\n");
  }

  /** The model results table: estimate, se, z or t, p value and confidence bounds. */
  private void table(StringBuilder sb) {
    String[] head = {"estimate", "se", test == Test.Z ? "zval" : "tval", "pval", "ci.lb",
        "ci.ub"};
    String[] vals = {Format.estimate(estimate), Format.estimate(standardError),
        Format.estimate(statistic), Format.pValue(pValue), Format.estimate(ci.lower()),
        Format.estimate(ci.upper())};
    sb.append(Format.columns(head, vals));
  }

  /**
   * One line, for example {@code random-effects meta-analysis (REML, z test), k = 13: estimate
   * -0.7145, 95% CI [-1.0708, -0.3582], p < 0.0001; tau^2 = 0.3132, I^2 = 92.22%, Q(df = 12) =
   * 152.2330, p < 0.0001; 95% prediction interval [-1.9274, 0.4985]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String pct = Format.level(level) + "%";
    StringBuilder sb = new StringBuilder(model == Model.COMMON_EFFECT
        ? "common-effect meta-analysis ("
        : "random-effects meta-analysis (" + tau2Estimator.orElseThrow().metaforName() + ", ");
    sb.append(test == Test.KNAPP_HARTUNG ? "Knapp-Hartung t test" : "z test").append("), k = ")
        .append(k).append(": estimate ").append(Format.estimate(estimate)).append(", ")
        .append(pct).append(" CI ").append(Format.interval(ci)).append(", ")
        .append(Format.p(pValue)).append("; ");
    if (model == Model.RANDOM_EFFECTS) {
      sb.append("tau^2 = ").append(Format.estimate(tau2)).append(", ");
    }
    sb.append("I^2 = ").append(percent(i2)).append(", Q(df = ").append(qDf).append(") = ")
        .append(Format.estimate(q)).append(", ").append(Format.p(qPValue));
    predictionInterval.ifPresent(p -> sb.append("; ").append(pct)
        .append(" prediction interval ").append(Format.interval(p)));
    if (!notes.isEmpty()) {
      sb.append("; ").append(Format.count(notes.size(), "note", "notes"));
    }
    return sb.toString();
  }

  private static String ci(Optional<Interval> ci, String pct) {
    return ci.map(c -> "  " + pct + " CI " + Format.interval(c)).orElse("");
  }

  private static String percent(double percentage) {
    return Format.percent(percentage, Format.TEXT_PERCENT_DECIMALS);
  }
}
