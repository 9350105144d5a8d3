package io.github.evident.stats.effect;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * An effect size computed over several imputed values of an unreported correlation (typically
 * the pre-post correlation of a paired design), to show how much the conclusion depends on it.
 *
 * <pre>{@code
 * CorrelationSensitivity s = CorrelationSensitivity.over(new double[] {0.3, 0.5, 0.7},
 *     r -> EffectSizes.smcc(38.5, 30.6, 11.6, 15.0, 20, r));
 * System.out.println(s.summary());
 * }</pre>
 *
 * <p>Immutable.
 */
public final class CorrelationSensitivity {

  /**
   * One row of the table: the imputed correlation and the effect size computed with it.
   *
   * @param r the imputed correlation
   * @param effectSize the effect size computed with {@code r}
   */
  public record Row(double r, EffectSize effectSize) {

    @Override
    public String toString() {
      return "r = " + Format.estimate(r) + ": " + effectSize;
    }
  }

  private final List<Row> rows;

  private CorrelationSensitivity(List<Row> rows) {
    this.rows = rows;
  }

  /**
   * Computes {@code effect} for each imputed correlation.
   *
   * @param imputedR the imputed correlations, each in [-1, 1], at least one (copied)
   * @param effect the effect size as a function of the correlation, for example
   *     {@code r -> EffectSizes.smcc(m1, m2, sd1, sd2, n, r)}
   * @return the table, in the order of {@code imputedR}
   * @throws IllegalArgumentException if {@code imputedR} is empty or holds a value outside
   *     [-1, 1], or if {@code effect} rejects a value (the message then names the index and value)
   */
  public static CorrelationSensitivity over(double[] imputedR, DoubleFunction<EffectSize> effect) {
    if (imputedR == null || imputedR.length == 0) {
      throw new IllegalArgumentException("imputedR must hold at least one correlation");
    }
    Checks.notNull("effect", effect);
    double[] rs = imputedR.clone();
    List<Row> rows = new ArrayList<>(rs.length);
    for (int i = 0; i < rs.length; i++) {
      Checks.correlation("imputedR[" + i + "]", rs[i]);
      EffectSize es;
      try {
        es = effect.apply(rs[i]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "imputedR[" + i + "]=" + rs[i] + ": " + e.getMessage(), e);
      }
      if (es == null) {
        throw new IllegalArgumentException("effect returned null for imputedR[" + i + "]=" + rs[i]);
      }
      rows.add(new Row(rs[i], es));
    }
    return new CorrelationSensitivity(Collections.unmodifiableList(rows));
  }

  /**
   * The rows, in the order of the imputed correlations.
   *
   * @return an unmodifiable list
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The smallest estimate over the imputed correlations.
   *
   * @return the minimum estimate
   */
  public double minEstimate() {
    double min = Double.POSITIVE_INFINITY;
    for (Row row : rows) {
      min = Math.min(min, row.effectSize().estimate());
    }
    return min;
  }

  /**
   * The largest estimate over the imputed correlations.
   *
   * @return the maximum estimate
   */
  public double maxEstimate() {
    double max = Double.NEGATIVE_INFINITY;
    for (Row row : rows) {
      max = Math.max(max, row.effectSize().estimate());
    }
    return max;
  }

  /**
   * Tells whether every 95% confidence interval lies on the same side of zero (all exclude zero
   * with the same sign), that is, whether the conclusion does not depend on the imputed value.
   *
   * @return true if all intervals exclude zero on the same side
   */
  public boolean conclusionRobust() {
    boolean allAbove = true;
    boolean allBelow = true;
    for (Row row : rows) {
      var ci = row.effectSize().ci();
      allAbove &= ci.lower() > 0;
      allBelow &= ci.upper() < 0;
    }
    return allAbove || allBelow;
  }

  /**
   * A multi-line table: one line per imputed correlation with estimate, SE and 95% CI, then the
   * range of the estimates.
   *
   * @return the table
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    Measure measure = rows.get(0).effectSize().measure();
    sb.append("Sensitivity of ").append(measure.label()).append(" (")
        .append(measure.description()).append(") to the imputed correlation\n");
    sb.append(String.format(Locale.ROOT, "%8s %12s %10s %24s\n", "r", "estimate", "SE",
        "95% CI"));
    for (Row row : rows) {
      EffectSize es = row.effectSize();
      sb.append(String.format(Locale.ROOT, "%8s %12s %10s %24s\n", Format.estimate(row.r()),
          Format.estimate(es.estimate()), Format.estimate(es.standardError()),
          Format.interval(es.ci())));
    }
    sb.append("estimates range from ").append(Format.estimate(minEstimate())).append(" to ")
        .append(Format.estimate(maxEstimate())).append("; ")
        .append(conclusionRobust() ? "every 95% CI excludes 0 on the same side"
            : "the 95% CIs do not all exclude 0 on the same side").append('\n');
    return sb.toString();
  }

  /**
   * One line, for example {@code sensitivity to the imputed correlation: 3 values of r,
   * estimates 0.5123 to 0.6789}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "sensitivity to the imputed correlation: " + rows.size() + " values of r, estimates "
        + Format.estimate(minEstimate()) + " to " + Format.estimate(maxEstimate());
  }
}
