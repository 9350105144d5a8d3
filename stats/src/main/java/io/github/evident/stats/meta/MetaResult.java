package io.github.evident.stats.meta;

import io.github.evident.core.Interval;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The immutable result of a {@link MetaAnalysis} fit, with the numbers metafor's {@code rma},
 * {@code confint} and {@code predict} report. Serializes to JSON with
 * {@code EvidentJson.write(result)}; absent values (such as the prediction interval of a
 * common-effect model) are left out.
 *
 * @param model common-effect or random-effects
 * @param tau2Estimator the τ² estimator actually used (after any requested fallback); empty
 *     for the common-effect model
 * @param test the test used for the pooled estimate
 * @param level the confidence level of every interval, e.g. 0.95
 * @param k the number of studies
 * @param estimate the pooled estimate μ̂
 * @param standardError its standard error (Knapp-Hartung adjusted for that test)
 * @param statistic the z or t statistic μ̂/SE
 * @param testDf the degrees of freedom of the t test (k − 1); empty for the z test
 * @param pValue the two-sided p-value of the test
 * @param ci the confidence interval of the pooled estimate
 * @param predictionInterval the prediction interval μ̂ ± crit·√(SE² + τ²) for the true effect
 *     of a new study (metafor's {@code predict}); empty for the common-effect model
 * @param tau2 the between-study variance τ² (0 for the common-effect model)
 * @param tau2StandardError the standard error of τ² as metafor's {@code se.tau2}; empty for
 *     the common-effect model and for k = 1
 * @param tau2Ci the Q-profile confidence interval of τ² (metafor's {@code confint}); empty for
 *     the common-effect model, for k = 1 and when not requested
 *     ({@link MetaAnalysis#withHeterogeneityIntervals(boolean)})
 * @param i2 I² in percent: 100·τ²/(τ² + ṽ) for random effects, 100·max(0, (Q − df)/Q) for
 *     the common-effect model
 * @param i2Ci the confidence interval of I² in percent, from the τ² interval
 * @param h2 H²: (τ² + ṽ)/ṽ for random effects, Q/df for the common-effect model
 * @param h2Ci the confidence interval of H², from the τ² interval
 * @param q Cochran's Q = Σ(y<sub>i</sub> − μ̂<sub>FE</sub>)²/v<sub>i</sub>
 * @param qDf its degrees of freedom k − 1
 * @param qPValue the p-value of the test for heterogeneity, P(χ²<sub>k−1</sub> &gt; Q)
 * @param iterations iterations used to estimate τ² (0 for closed-form estimators)
 * @param notes statements about the fit a reader must know (k = 1, fallbacks, truncated or
 *     empty intervals)
 */
public record MetaResult(
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

  /** The meta-analytic model. */
  public enum Model {
    /** Common-effect (equal-effects) model, τ² = 0. */
    COMMON_EFFECT,
    /** Random-effects model. */
    RANDOM_EFFECTS
  }

  /** The test of the pooled estimate. */
  public enum Test {
    /** Wald z test with normal quantiles. */
    Z,
    /** Knapp-Hartung (HKSJ) t test with k − 1 degrees of freedom. */
    KNAPP_HARTUNG
  }

  /**
   * Validates the result and copies the notes; absent optional values may be given as null.
   *
   * @throws IllegalArgumentException if a required value is null or k is not positive
   */
  public MetaResult {
    if (model == null || test == null || ci == null) {
      throw new IllegalArgumentException("model, test and ci must not be null");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    tau2Estimator = tau2Estimator == null ? Optional.empty() : tau2Estimator;
    testDf = testDf == null ? OptionalInt.empty() : testDf;
    predictionInterval = predictionInterval == null ? Optional.empty() : predictionInterval;
    tau2StandardError = tau2StandardError == null ? OptionalDouble.empty() : tau2StandardError;
    tau2Ci = tau2Ci == null ? Optional.empty() : tau2Ci;
    i2Ci = i2Ci == null ? Optional.empty() : i2Ci;
    h2Ci = h2Ci == null ? Optional.empty() : h2Ci;
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /**
   * τ, the square root of τ².
   *
   * @return √τ²
   */
  public double tau() {
    return Math.sqrt(tau2);
  }

  /**
   * A metafor-like multi-line report: model header, τ², τ, I², H² with their confidence
   * intervals, the test for heterogeneity, the model results table, the prediction interval
   * and the notes.
   *
   * @return the report
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    String pct = Fitter.percent(level);
    if (model == Model.RANDOM_EFFECTS) {
      sb.append(String.format(Locale.ROOT, "Random-Effects Model (k = %d; tau^2 estimator: %s)%n%n",
          k, tau2Estimator.map(Tau2Estimator::metaforName).orElse("?")));
      if (k == 1) {
        sb.append("Heterogeneity is not estimable with k = 1 (tau^2 set to 0).")
            .append(System.lineSeparator()).append(System.lineSeparator());
      } else {
        sb.append(String.format(Locale.ROOT,
            "tau^2 (estimated amount of total heterogeneity): %s%s%s%n", f4(tau2),
            tau2StandardError.isPresent()
                ? " (SE = " + f4(tau2StandardError.getAsDouble()) + ")" : "",
            ci(tau2Ci, pct)));
        sb.append(String.format(Locale.ROOT,
            "tau (square root of estimated tau^2 value):      %s%s%n", f4(tau()),
            tau2Ci.map(t -> String.format(Locale.ROOT, "  %s%% CI [%s, %s]", pct,
                f4(Math.sqrt(t.lower())), f4(Math.sqrt(t.upper())))).orElse("")));
        sb.append(String.format(Locale.ROOT,
            "I^2 (total heterogeneity / total variability):   %s%%%s%n", f2(i2),
            ci2(i2Ci, pct)));
        sb.append(String.format(Locale.ROOT,
            "H^2 (total variability / sampling variability):  %s%s%n%n", f2(h2),
            ci2(h2Ci, pct)));
      }
    } else {
      sb.append(String.format(Locale.ROOT, "Common-Effect Model (k = %d)%n%n", k));
      sb.append(String.format(Locale.ROOT,
          "I^2 (total heterogeneity / total variability):   %s%%%n", f2(i2)));
      sb.append(String.format(Locale.ROOT,
          "H^2 (total variability / sampling variability):  %s%n%n", f2(h2)));
    }
    if (k > 1) {
      sb.append(String.format(Locale.ROOT, "Test for Heterogeneity:%nQ(df = %d) = %.4f, p-val %s%n%n",
          qDf, q, pFormat(qPValue, true)));
    }
    sb.append(String.format(Locale.ROOT, "Model Results (%s):%n%n",
        test == Test.Z ? "z test" : "Knapp-Hartung t test, df = " + testDf.orElse(k - 1)));
    String stat = test == Test.Z ? "zval" : "tval";
    String[] head = {"estimate", "se", stat, "pval", "ci.lb", "ci.ub"};
    String[] vals = {f4(estimate), f4(standardError), f4(statistic), pFormat(pValue, false),
        f4(ci.lower()), f4(ci.upper())};
    StringBuilder h = new StringBuilder();
    StringBuilder r = new StringBuilder();
    for (int i = 0; i < head.length; i++) {
      int w = Math.max(head[i].length(), vals[i].length());
      String fmt = "%" + w + "s";
      h.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, fmt, head[i]));
      r.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, fmt, vals[i]));
    }
    sb.append(h).append(System.lineSeparator()).append(r).append(System.lineSeparator());
    predictionInterval.ifPresent(p -> sb.append(String.format(Locale.ROOT,
        "%n%s%% prediction interval: [%s, %s]%n", pct, f4(p.lower()), f4(p.upper()))));
    if (!notes.isEmpty()) {
      sb.append(System.lineSeparator()).append("Notes:").append(System.lineSeparator());
      for (String n : notes) {
        sb.append("- ").append(n).append(System.lineSeparator());
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    String pct = Fitter.percent(level);
    StringBuilder sb = new StringBuilder("MetaResult[");
    sb.append(model == Model.COMMON_EFFECT ? "common-effect"
        : "random-effects " + tau2Estimator.map(Tau2Estimator::metaforName).orElse("?"));
    sb.append(test == Test.KNAPP_HARTUNG ? " Knapp-Hartung" : "");
    sb.append(String.format(Locale.ROOT, ", k=%d: estimate %s (%s%% CI %s to %s), p=%s",
        k, g4(estimate), pct, g4(ci.lower()), g4(ci.upper()), g3(pValue)));
    if (model == Model.RANDOM_EFFECTS) {
      sb.append(String.format(Locale.ROOT, ", tau^2=%s", g4(tau2)));
    }
    sb.append(String.format(Locale.ROOT, ", I^2=%.1f%%, Q=%s (df=%d, p=%s)", i2, g4(q), qDf,
        g3(qPValue)));
    predictionInterval.ifPresent(p -> sb.append(String.format(Locale.ROOT, ", PI %s to %s",
        g4(p.lower()), g4(p.upper()))));
    if (!notes.isEmpty()) {
      sb.append(", ").append(notes.size()).append(notes.size() == 1 ? " note" : " notes");
    }
    return sb.append(']').toString();
  }

  private static String ci(Optional<Interval> ci, String pct) {
    return ci.map(c -> String.format(Locale.ROOT, "  %s%% CI [%s, %s]", pct, f4(c.lower()),
        f4(c.upper()))).orElse("");
  }

  /** An interval with 2 decimals, as I² and H² themselves are printed. */
  private static String ci2(Optional<Interval> ci, String pct) {
    return ci.map(c -> String.format(Locale.ROOT, "  %s%% CI [%s, %s]", pct, f2(c.lower()),
        f2(c.upper()))).orElse("");
  }

  private static String f4(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  private static String f2(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  private static String g4(double x) {
    return String.format(Locale.ROOT, "%.4g", x);
  }

  private static String g3(double x) {
    return String.format(Locale.ROOT, "%.3g", x);
  }

  private static String pFormat(double p, boolean withEquals) {
    if (p < 1e-4) {
      return withEquals ? "< .0001" : "<.0001";
    }
    return (withEquals ? "= " : "") + String.format(Locale.ROOT, "%.4f", p);
  }
}
