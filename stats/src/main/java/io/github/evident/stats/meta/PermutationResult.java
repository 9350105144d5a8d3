package io.github.evident.stats.meta;

import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The immutable result of {@link MetaRegression#permutationTest}: the fitted regression and the
 * permutation p values of its coefficients and of its omnibus test, as metafor 3.8-1's
 * {@code permutest}, with the number of permutations, whether the test was exact, the seed of
 * an approximate test and the number of permutations whose fit failed.
 */
public final class PermutationResult {

  private final RegressionResult fit;
  private final Map<String, Double> pValues;
  private final double qmPValue;
  private final int permutations;
  private final boolean exact;
  private final int failedFits;
  private final OptionalLong seed;
  private final Optional<String> firstFailure;

  PermutationResult(RegressionResult fit, double[] pValues, double qmPValue, int permutations,
      boolean exact, int failedFits, Long seed, String firstFailure) {
    this.fit = fit;
    Map<String, Double> p = new LinkedHashMap<>();
    List<Coefficient> cs = fit.coefficients();
    for (int j = 0; j < cs.size(); j++) {
      p.put(cs.get(j).name(), pValues[j]);
    }
    this.pValues = Collections.unmodifiableMap(p);
    this.qmPValue = qmPValue;
    this.permutations = permutations;
    this.exact = exact;
    this.failedFits = failedFits;
    this.seed = seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    this.firstFailure = Optional.ofNullable(firstFailure);
  }

  /**
   * The regression fitted to the data as observed (its p values are the model-based ones).
   *
   * @return the fit
   */
  public RegressionResult fit() {
    return fit;
  }

  /**
   * The permutation p value of one coefficient, two-sided: the share of permutations whose |z|
   * (or |t|) is at least the observed one.
   *
   * @param name a moderator's name, or {@value RegressionResult#INTERCEPT}
   * @return the p value
   * @throws IllegalArgumentException if the model has no coefficient of that name
   */
  public double pValue(String name) {
    Double p = pValues.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no coefficient named '" + name + "'; the coefficients "
          + "are " + pValues.keySet());
    }
    return p;
  }

  /**
   * The permutation p values by coefficient name, the intercept first.
   *
   * @return the p values (unmodifiable, in coefficient order)
   */
  public Map<String, Double> pValues() {
    return pValues;
  }

  /**
   * The permutation p value of the omnibus test: the share of permutations whose Q<sub>M</sub>
   * (or F) is at least the observed one.
   *
   * @return the p value
   */
  public double qmPValue() {
    return qmPValue;
  }

  /**
   * The number of permutations: every distinct one for an exact test, the observed order and
   * the random draws for an approximate one.
   *
   * @return the number
   */
  public int permutations() {
    return permutations;
  }

  /**
   * Whether the test enumerated every distinct permutation of the moderators' rows.
   *
   * @return {@code true} for the exact test
   */
  public boolean isExact() {
    return exact;
  }

  /**
   * The number of permutations whose fit failed (τ² did not converge): the exact test leaves
   * them out of its p values, the approximate test drew others in their place.
   *
   * @return the number of failed fits
   */
  public int failedFits() {
    return failedFits;
  }

  /**
   * The seed of the random permutations of an approximate test (the one given, or the one
   * drawn); empty for an exact test.
   *
   * @return the seed
   */
  public OptionalLong seed() {
    return seed;
  }

  /**
   * A metafor-like report: how the permutations were made, the omnibus test and the coefficient
   * table with permutation p values, and any failed fits.
   *
   * @return the report
   */
  public String summary() {
    StringBuilder sb = new StringBuilder(describe()).append("\n\nTest of Moderators (")
        .append(fit.p() == 2 ? "coefficient 2" : "coefficients 2:" + fit.p()).append("):*\n")
        .append(RegressionSummary.omnibusHead(fit)).append(" = ").append(Format.estimate(fit.qm())).append(", p-val ")
        .append(permutationP(qmPValue)).append("\n\nModel Results:\n\n");
    table(sb);
    sb.append("\n---\n* p values based on permutation testing\n");
    firstFailure.ifPresent(f -> sb.append("\nFailed fits: ").append(failedFits)
        .append(exact ? " (left out of the p values)" : " (replaced by other draws)")
        .append("; the first: ").append(f).append('\n'));
    return sb.toString();
  }

  private String describe() {
    String head = exact ? "Exact permutation test: " + permutations + " distinct permutations"
        : "Approximate permutation test: " + permutations + " permutations (the observed order "
            + "and " + (permutations - 1) + " random ones, seed " + seed.getAsLong() + ")";
    return head + " of the moderators' rows; " + Format.count(failedFits, "failed fit",
        "failed fits");
  }

  private static String permutationP(double p) {
    return p < 1e-4 ? "< 0.0001" : "= " + Format.pValue(p);
  }

  private void table(StringBuilder sb) {
    boolean t = fit.testDf().isPresent();
    String[] head = t ? new String[] {"", "estimate", "se", "tval", "df", "pval*", "ci.lb",
        "ci.ub"} : new String[] {"", "estimate", "se", "zval", "pval*", "ci.lb", "ci.ub"};
    List<String[]> lines = new ArrayList<>();
    lines.add(head);
    for (Coefficient c : fit.coefficients()) {
      String df = t ? String.valueOf(fit.testDf().getAsInt()) : null;
      String[] cells = {c.name(), Format.estimate(c.estimate()),
          Format.estimate(c.standardError()), Format.estimate(c.statistic()), df,
          Format.pValue(pValues.get(c.name())), Format.estimate(c.ci().lower()),
          Format.estimate(c.ci().upper())};
      lines.add(t ? cells : new String[] {cells[0], cells[1], cells[2], cells[3], cells[5],
          cells[6], cells[7]});
    }
    sb.append(Format.table(lines, true));
  }

  /**
   * One line, for example {@code exact permutation test (720 permutations, 0 failed fits):
   * QM p = 0.1000; intercept p = 0.9708, study p = 0.1000}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(exact ? "exact" : "approximate")
        .append(" permutation test (").append(permutations).append(" permutations");
    seed.ifPresent(s -> sb.append(", seed ").append(s));
    sb.append(", ").append(Format.count(failedFits, "failed fit", "failed fits"))
        .append("): QM ").append(Format.p(qmPValue));
    String sep = "; ";
    for (Map.Entry<String, Double> e : pValues.entrySet()) {
      sb.append(sep).append(e.getKey()).append(' ').append(Format.p(e.getValue()));
      sep = ", ";
    }
    return sb.toString();
  }
}
